import { Catalog } from './catalog';
import type { notice as en } from './en/notice';

export const notice = new Catalog<typeof en>({
  en: () => import('./en/notice').then((m) => m.notice),
  es: () => import('./es/notice').then((m) => m.notice),
});
