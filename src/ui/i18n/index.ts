import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang } from '../../core/i18n/lang';
import { Catalog } from './catalog';
import type { shell } from './en/shell';

export type { Lang } from '../../core/i18n/lang';
export { Catalog } from './catalog';

/** The frame's sentences: every page needs them. The pages' own are in src/ui/i18n/pages.ts. */
export interface Messages {
  readonly shell: typeof shell;
}

const shellCatalog = new Catalog<Messages>({
  en: () => import('./en/shell').then((m) => ({ shell: m.shell })),
  es: () => import('./es/shell').then((m) => ({ shell: m.shell })),
});

export const LangContext = createContext<Lang>('en');

export function useLang(): Lang {
  return useContext(LangContext);
}

/** The sentences every page needs: the frame around it. */
export function useMessages(): Messages {
  return useCatalog(shellCatalog);
}

/** The sentences of one part of the app, in the page's language. */
export function useCatalog<T>(catalog: Catalog<T>): T {
  return useCatalogIn(catalog, useLang());
}

/**
 * The sentences of one part of the app in a given language. They are loaded
 * before a page renders; one that is not yet (a component loaded on its own)
 * suspends until it is, as a lazy component does.
 */
export function useCatalogIn<T>(catalog: Catalog<T>, lang: Lang): T {
  const value = catalog.in(lang);
  if (value === undefined) throw catalog.load(lang);
  return value;
}
