import { Catalog } from './catalog';
import type { storage as en } from './en/storage';

export const storage = new Catalog<typeof en>({
  en: () => import('./en/storage').then((m) => m.storage),
  es: () => import('./es/storage').then((m) => m.storage),
});
