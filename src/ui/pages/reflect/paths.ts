import { prompts } from '../../../core/reflect/prompts';

/** The journal's pages, for prerendering. An entry's page takes its id as ?id=, so one static page serves them all. */
export const reflectPaths: readonly string[] = [
  '/reflect',
  '/reflect/new',
  '/reflect/entry',
  '/reflect/guided/summary',
  ...prompts.map((_, i) => guidedPath(i + 1)),
];

export function guidedPath(step: number): string {
  return `/reflect/guided/${step}`;
}

export function entryPath(id: string): string {
  return `/reflect/entry?id=${encodeURIComponent(id)}`;
}
