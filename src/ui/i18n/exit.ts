import { exit as en } from './en/exit';
import { exit as es } from './es/exit';
import type { Catalog } from './index';

export const exit: Catalog<typeof en> = { en, es };
