import { Catalog } from './catalog';
import type { drafts as en } from './en/drafts';

/**
 * Apart from the vault's other sentences, so a form that keeps its words
 * through a lock does not load the passphrase dialogs' words with it.
 */
export const drafts = new Catalog<typeof en>({
  en: () => import('./en/drafts').then((m) => m.drafts),
  es: () => import('./es/drafts').then((m) => m.drafts),
});
