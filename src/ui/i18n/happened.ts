import { Catalog } from './catalog';
import type { happened as en } from './en/happened';

/**
 * Part 6's sentences, loaded with its pages. The documents a person files are
 * not here: their words live in core (src/core/report/wording.ts), because
 * their language is chosen apart from the page's (English for US boards).
 * Neither are the few words around an exported document (src/ui/i18n/document.ts).
 */
export const happened = new Catalog<typeof en>({
  en: () => import('./en/happened').then((m) => m.happened),
  es: () => import('./es/happened').then((m) => m.happened),
});
