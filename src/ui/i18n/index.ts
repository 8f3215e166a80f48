import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang } from '../../core/i18n/lang';
import { en } from './en';
import { es } from './es';

export type { Lang } from '../../core/i18n/lang';

/** The shape every language's catalog must match, so a missing sentence is a type error. */
export type Messages = typeof en;

/** One part of the app's sentences in every language. Each part loads with the pages that use it. */
export type Catalog<T> = Readonly<Record<Lang, T>>;

const shellCatalog: Catalog<Messages> = { en, es };

export const LangContext = createContext<Lang>('en');

export function useLang(): Lang {
  return useContext(LangContext);
}

/** The sentences every page needs: the frame, the start page, the small pages. */
export function useMessages(): Messages {
  return shellCatalog[useLang()];
}

/** The sentences of one part of the app, in the page's language. */
export function useCatalog<T>(catalog: Catalog<T>): T {
  return catalog[useLang()];
}
