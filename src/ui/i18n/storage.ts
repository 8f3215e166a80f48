import { storage as en } from './en/storage';
import { storage as es } from './es/storage';
import type { Catalog } from './index';

export const storage: Catalog<typeof en> = { en, es };
