import { pages } from './pages';
import { shell } from './shell';

/** The English catalog of the frame and small pages. Each part of the app has its own (src/ui/i18n/<part>.ts). */
export const en = { shell, ...pages };
