import { Catalog } from './catalog';
import type { vault as en } from './en/vault';

export const vault = new Catalog<typeof en>({
  en: () => import('./en/vault').then((m) => m.vault),
  es: () => import('./es/vault').then((m) => m.vault),
});
