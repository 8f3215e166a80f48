import { chunk as en } from './en/chunk';
import { chunk as es } from './es/chunk';
import type { Catalog } from './index';

export const chunk: Catalog<typeof en> = { en, es };
