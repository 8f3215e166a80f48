import { Catalog } from './catalog';
import type { vaultSettings as en } from './en/vault-settings';

export const vaultSettings = new Catalog<typeof en>({
  en: () => import('./en/vault-settings').then((m) => m.vaultSettings),
  es: () => import('./es/vault-settings').then((m) => m.vaultSettings),
});
