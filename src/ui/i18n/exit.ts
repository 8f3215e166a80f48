import { EveryLanguage } from './catalog';
import { exit as en } from './en/exit';
import { exit as es } from './es/exit';

export const exit = new EveryLanguage({ en, es });
