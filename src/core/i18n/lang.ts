/**
 * The languages Terrarium speaks, and how a page's address carries its language:
 * English pages live at the root (/learn), Spanish ones under /es (/es/learn).
 * The address, not a stored setting, decides what a page says, so a prerendered
 * page reads in its language with JavaScript off, and a link always opens in the
 * language it was shared in.
 */
export const langs = ['en', 'es'] as const;
export type Lang = (typeof langs)[number];

const SPANISH_PREFIX = /^\/es(?=\/|$|\?|#)/;

export function langOfPath(path: string): Lang {
  return SPANISH_PREFIX.test(path) ? 'es' : 'en';
}

/** The address without its language: '/es/learn?x=1' → '/learn?x=1', '/es' → '/'. */
export function stripLang(path: string): string {
  const rest = path.replace(SPANISH_PREFIX, '');
  if (rest === '') return '/';
  return rest.startsWith('/') ? rest : `/${rest}`;
}

/** The same page in a language: ('/learn', 'es') → '/es/learn', ('/', 'es') → '/es'. */
export function localizePath(path: string, lang: Lang): string {
  const neutral = stripLang(path);
  if (lang === 'en') return neutral;
  return neutral === '/' ? '/es' : `/es${neutral.startsWith('/?') ? neutral.slice(1) : neutral}`;
}
