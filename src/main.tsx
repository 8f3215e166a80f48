import { hydrate, prerender as renderToHtml } from 'preact-iso';
import { App } from './app';
import { langOfPath, stripLang } from './core/i18n/lang';
import { neutralTitle } from './core/page-title';
import { loadPageCatalogs } from './ui/i18n/catalog';
import { justErased } from './ui/vault/erased-flag';
import './ui/styles/base.css';

if (typeof window !== 'undefined') {
  const root = document.getElementById('app');
  // Hydration waits for the page's sentences, so it matches the prerendered page at once.
  const hydrateApp = () => root && hydrate(<App />, root);
  loadPageCatalogs().then(hydrateApp, hydrateApp);
  // The page shown after "Erase everything" must not install the offline copy again.
  const erased = stripLang(location.pathname).startsWith('/erased');
  if ('serviceWorker' in navigator && import.meta.env.PROD && !erased && !justErased()) {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      // Offline use is a bonus; the app works online without it.
    });
  }
}

/** Build time only: renders each route to static HTML so pages read with JavaScript off. */
export async function prerender(data: { url: string }) {
  const { locationStub } = await import('preact-iso/prerender');
  locationStub(data.url);
  await loadPageCatalogs();
  const { html, links } = await renderToHtml(<App />);
  const { routePaths } = await import('./route-paths');
  for (const path of routePaths) links?.add(path);
  const lang = langOfPath(data.url);
  const { shell } =
    lang === 'es' ? (await import('./ui/i18n/es')).es : (await import('./ui/i18n/en')).en;
  return {
    html,
    links,
    head: { lang, title: neutralTitle(data.url, shell.appName, shell.titleWords) },
  };
}
