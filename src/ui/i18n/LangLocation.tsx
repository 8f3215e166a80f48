import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LocationProvider, useLocation } from 'preact-iso';
import { langOfPath, localizePath, stripLang } from '../../core/i18n/lang';
import { catalogsLoaded, loadCatalogs } from './catalog';
import { LangContext } from './index';
import { setPageLang } from './localized-links';

type LocationValue = ReturnType<typeof useLocation>;
const LocationContext = (LocationProvider as unknown as { ctx: preact.Context<LocationValue> }).ctx;

/**
 * Reads the language from the address and hides it from everything below:
 * routes, pages and `route()` calls all speak in neutral paths ('/learn'), and
 * navigation lands on the page in the current language ('/es/learn').
 * A switch to the other language keeps the page as it is until that
 * language's sentences are loaded, so nothing renders half translated.
 */
export function LangLocation({ children }: { children: ComponentChildren }) {
  const location = useShownLocation();
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

/** The address to render: the new one, or the previous one while a language switch loads its sentences. */
function useShownLocation(): LocationValue {
  const location = useLocation();
  const shown = useRef(location);
  const [, loaded] = useState(0);
  const lang = langOfPath(location.path);
  if (lang === langOfPath(shown.current.path) || catalogsLoaded(lang)) {
    shown.current = location;
  } else {
    const done = () => {
      // A failed load goes on to the new page anyway: its own loading shows the retry message.
      shown.current = location;
      loaded((n) => n + 1);
    };
    loadCatalogs(lang).then(done, done);
  }
  return shown.current;
}
