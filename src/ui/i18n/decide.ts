import { decide as en } from './en/decide';
import { decide as es } from './es/decide';
import type { Catalog } from './index';

export const decide: Catalog<typeof en> = { en, es };
