import { Catalog } from './catalog';
import type { reflect as en } from './en/reflect';

export const reflect = new Catalog<typeof en>({
  en: () => import('./en/reflect').then((m) => m.reflect),
  es: () => import('./es/reflect').then((m) => m.reflect),
});
