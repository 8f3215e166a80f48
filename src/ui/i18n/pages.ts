import { Catalog } from './catalog';
import type { pages as en } from './en/pages';

/** The start page's and the small pages' sentences (safety, settings, erased, not found), loaded with them. */
export const pages = new Catalog<typeof en>({
  en: () => import('./en/pages').then((m) => m.pages),
  es: () => import('./es/pages').then((m) => m.pages),
});
