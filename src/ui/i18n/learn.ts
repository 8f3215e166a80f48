import { Catalog } from './catalog';
import type { learn as en } from './en/learn';

export const learn = new Catalog<typeof en>({
  en: () => import('./en/learn').then((m) => m.learn),
  es: () => import('./es/learn').then((m) => m.learn),
});
