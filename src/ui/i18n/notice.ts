import { notice as en } from './en/notice';
import { notice as es } from './es/notice';
import type { Catalog } from './index';

export const notice: Catalog<typeof en> = { en, es };
