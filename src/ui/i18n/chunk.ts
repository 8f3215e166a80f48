import { EveryLanguage } from './catalog';
import { chunk as en } from './en/chunk';
import { chunk as es } from './es/chunk';

export const chunk = new EveryLanguage({ en, es });
