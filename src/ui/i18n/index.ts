import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang } from '../../core/i18n/lang';
import { Catalog } from './catalog';
import type { en } from './en';

export type { Lang } from '../../core/i18n/lang';
export { Catalog } from './catalog';

/** The shape every language's catalog must match, so a missing sentence is a type error. */
export type Messages = typeof en;

const shellCatalog = new Catalog<Messages>({
  en: () => import('./en').then((m) => m.en),
  es: () => import('./es').then((m) => m.es),
});

export const LangContext = createContext<Lang>('en');

export function useLang(): Lang {
  return useContext(LangContext);
}

/** The sentences every page needs: the frame, the start page, the small pages. */
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
