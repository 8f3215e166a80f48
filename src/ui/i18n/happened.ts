import { happened as en } from './en/happened';
import type { Catalog } from './index';

/**
 * Part 6's sentences, loaded with its pages. Spanish shows the English text
 * until it is translated; the documents themselves stay English for US boards.
 */
export const happened: Catalog<typeof en> = { en, es: en };
