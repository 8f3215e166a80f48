import type { en } from '../en';
import { pages } from './pages';
import { shell } from './shell';

/** The Spanish catalog of the frame and small pages. */
export const es: typeof en = { shell, ...pages };
