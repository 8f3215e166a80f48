import { prepare as en } from './en/prepare';
import { prepare as es } from './es/prepare';
import type { Catalog } from './index';

export const prepare: Catalog<typeof en> = { en, es };
