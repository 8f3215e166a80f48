import { Catalog } from './catalog';
import type { decide as en } from './en/decide';

export const decide = new Catalog<typeof en>({
  en: () => import('./en/decide').then((m) => m.decide),
  es: () => import('./es/decide').then((m) => m.decide),
});
