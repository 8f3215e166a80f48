import { vault as en } from './en/vault';
import { vault as es } from './es/vault';
import type { Catalog } from './index';

export const vault: Catalog<typeof en> = { en, es };
