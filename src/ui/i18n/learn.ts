import { learn as en } from './en/learn';
import { learn as es } from './es/learn';
import type { Catalog } from './index';

export const learn: Catalog<typeof en> = { en, es };
