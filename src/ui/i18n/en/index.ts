import { pages } from './pages';
import { shell } from './shell';

/** The English catalog. Every sentence the app shows comes from here (or from guide content files). */
export const en = { shell, ...pages };
