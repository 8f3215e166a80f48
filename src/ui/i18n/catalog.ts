import { type Lang, langOfPath } from '../../core/i18n/lang';

/**
 * One part of the app's sentences. Each language is its own module, fetched
 * only when a page in that language needs it, so a page never downloads the
 * other language's sentences. Every catalog registers itself when its module
 * is evaluated: whoever is about to render a page (hydration, the lazy page
 * loader, a language switch) awaits `loadCatalogs(lang)`, so the sentences are
 * in memory by then and reading them stays synchronous.
 */
export class Catalog<T> {
  private readonly loaded: Partial<Record<Lang, T>>;
  private readonly pending: Partial<Record<Lang, Promise<T>>> = {};

  constructor(
    private readonly loaders: Readonly<Record<Lang, () => Promise<T>>>,
    preloaded: Partial<Record<Lang, T>> = {},
  ) {
    this.loaded = { ...preloaded };
    registry.add(this as Catalog<unknown>);
  }

  /** The sentences in `lang`, or undefined while they are not loaded. */
  in(lang: Lang): T | undefined {
    return this.loaded[lang];
  }

  load(lang: Lang): Promise<T> {
    const ready = this.loaded[lang];
    if (ready !== undefined) return Promise.resolve(ready);
    let pending = this.pending[lang];
    if (!pending) {
      pending = this.loaders[lang]().then(
        (value) => {
          this.loaded[lang] = value;
          return value;
        },
        (error: unknown) => {
          // A failed fetch (offline, a new release) may succeed on the next try.
          delete this.pending[lang];
          throw error;
        },
      );
      this.pending[lang] = pending;
    }
    return pending;
  }
}

const registry = new Set<Catalog<unknown>>();

/** A catalog small enough, and needed early enough (leaving the app, a failed chunk), to ship in every language. */
export class EveryLanguage<T> extends Catalog<T> {
  constructor(private readonly values: Readonly<Record<Lang, T>>) {
    super({ en: async () => values.en, es: async () => values.es }, values);
  }

  of(lang: Lang): T {
    return this.values[lang];
  }
}

/** Whether every catalog known so far can be read in `lang` without waiting. */
export function catalogsLoaded(lang: Lang): boolean {
  for (const catalog of registry) if (catalog.in(lang) === undefined) return false;
  return true;
}

/** Loads every catalog known so far in `lang`. */
export function loadCatalogs(lang: Lang): Promise<unknown> {
  return Promise.all([...registry].map((catalog) => catalog.load(lang)));
}

/** Loads every catalog known so far in the language of the address shown (or being prerendered). */
export function loadPageCatalogs(): Promise<unknown> {
  return loadCatalogs(langOfPath(location.pathname));
}

/**
 * A part of the app loaded on demand, handed over once its sentences are in
 * memory too: the catalogs its module registers are only known after it loads.
 */
export function withPageCatalogs<T>(load: Promise<T>): Promise<T> {
  return load.then((loaded) => loadPageCatalogs().then(() => loaded));
}
