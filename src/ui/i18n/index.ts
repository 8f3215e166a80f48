import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { en } from './en';

/** The shape every language's catalog must match, so a missing sentence is a type error. */
export type Messages = typeof en;
export type Lang = 'en';

export const catalogs: Record<Lang, Messages> = { en };

export const LangContext = createContext<Lang>('en');

export function useMessages(): Messages {
  return catalogs[useContext(LangContext)];
}

export function useLang(): Lang {
  return useContext(LangContext);
}
