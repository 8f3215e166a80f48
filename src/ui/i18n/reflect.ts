import { reflect as en } from './en/reflect';
import { reflect as es } from './es/reflect';
import type { Catalog } from './index';

export const reflect: Catalog<typeof en> = { en, es };
