import { guidePages as en } from 'virtual:guide/en';
import { guidePages as es } from 'virtual:guide/es';
import type { GuidePage, GuidePageMeta } from '../../../core/guide/guide-page';
import type { Lang } from '../../i18n';

/** A guide page's front matter, and a `load` that fetches its HTML alone. */
export type GuidePages = ReadonlyArray<
  GuidePageMeta & { readonly load: () => Promise<{ default: GuidePage }> }
>;

/**
 * Every language's list of pages. Only front matter travels with this module; each page's
 * text is a chunk of its own, loaded when that page in that language is shown.
 */
export const guides: Readonly<Record<Lang, GuidePages>> = { en, es };
