import { Catalog } from './catalog';
import type { prepare as en } from './en/prepare';

export const prepare = new Catalog<typeof en>({
  en: () => import('./en/prepare').then((m) => m.prepare),
  es: () => import('./es/prepare').then((m) => m.prepare),
});
