import { decide } from './decide';
import { happened } from './happened';
import { learn } from './learn';
import { notice } from './notice';
import { pages } from './pages';
import { prepare } from './prepare';
import { reflect } from './reflect';
import { shell } from './shell';
import { vault } from './vault';

/** The English catalog. Every sentence the app shows comes from here (or from guide content files). */
export const en = { shell, ...pages, vault, learn, reflect, notice, decide, prepare, happened };
