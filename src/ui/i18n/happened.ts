import { happened as en } from './en/happened';
import { happened as es } from './es/happened';
import type { Catalog } from './index';

/**
 * Part 6's sentences, loaded with its pages. The documents a person files are
 * not here: their words live in core (src/core/report/wording.ts), because
 * their language is chosen apart from the page's (English for US boards).
 */
export const happened: Catalog<typeof en> = { en, es };
