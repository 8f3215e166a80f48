import { stripLang } from './i18n/lang';

/**
 * The browser keeps every page title in its history (and syncs it), and shows it in
 * tab lists anyone nearby can see. So a title never carries what a person wrote or
 * chose, and never names the topic: it is the app's name and one plain word for the
 * part of the app, the same for every page of that part.
 */
export const titleParts = [
  'start',
  'reading',
  'journal',
  'log',
  'questions',
  'notes',
  'documents',
  'settings',
  'tips',
  'missing',
] as const;
export type TitlePart = (typeof titleParts)[number];

const partByFirstSegment: Readonly<Record<string, TitlePart>> = {
  '': 'start',
  learn: 'reading',
  reflect: 'journal',
  notice: 'log',
  decide: 'questions',
  prepare: 'notes',
  happened: 'documents',
  settings: 'settings',
  safety: 'tips',
  erased: 'start',
};

/** The part of the app an address belongs to; anything unknown is 'missing' (the 404 page). */
export function titlePartOf(path: string): TitlePart {
  const first = stripLang(path).split(/[?#/]/)[1] ?? '';
  return (Object.hasOwn(partByFirstSegment, first) && partByFirstSegment[first]) || 'missing';
}

/** "Terrarium" on the start page, "Terrarium · Journal" elsewhere. */
export function neutralTitle(
  path: string,
  appName: string,
  words: Readonly<Record<TitlePart, string>>,
): string {
  const part = titlePartOf(path);
  return part === 'start' ? appName : `${appName} · ${words[part]}`;
}
