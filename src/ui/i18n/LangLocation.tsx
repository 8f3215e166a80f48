import type { ComponentChildren } from 'preact';
import { useEffect, useMemo } from 'preact/hooks';
import { LocationProvider, useLocation } from 'preact-iso';
import { langOfPath, localizePath, stripLang } from '../../core/i18n/lang';
import { LangContext } from './index';
import { setPageLang } from './localized-links';

type LocationValue = ReturnType<typeof useLocation>;
const LocationContext = (LocationProvider as unknown as { ctx: preact.Context<LocationValue> }).ctx;

/**
 * Reads the language from the address and hides it from everything below:
 * routes, pages and `route()` calls all speak in neutral paths ('/learn'), and
 * navigation lands on the page in the current language ('/es/learn').
 */
export function LangLocation({ children }: { children: ComponentChildren }) {
  const location = useLocation();
  const lang = langOfPath(location.path);
  setPageLang(lang);
  const neutral = useMemo<LocationValue>(
    () => ({
      ...location,
      path: stripLang(location.path),
      url: stripLang(location.url),
      route: (url: string, replace?: boolean) => location.route(localizePath(url, lang), replace),
    }),
    [location, lang],
  );
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <LocationContext.Provider value={neutral}>
      <LangContext.Provider value={lang}>{children}</LangContext.Provider>
    </LocationContext.Provider>
  );
}
