import type { ComponentType } from 'preact';
import { lazy } from 'preact-iso';
import { withPageCatalogs } from '../../i18n/catalog';
import { ChunkFailed } from './ChunkFailed';
import { loadWithRetry } from './load-with-retry';

/**
 * preact-iso's lazy, with one retry and then a plain message instead of a blank page.
 * The page renders once its sentences in the page's language are loaded too.
 */
// biome-ignore lint/suspicious/noExplicitAny: each page has its own props, as with lazy itself.
export function lazyPage<P = any>(load: () => Promise<ComponentType<P>>) {
  return lazy(loadWithRetry(() => withPageCatalogs(load()), ChunkFailed as ComponentType<P>));
}
