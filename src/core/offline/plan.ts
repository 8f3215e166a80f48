/**
 * What the offline copy holds and when each file is fetched. The service worker's install is
 * kept short: WebKit can leave a long install stuck when the page moves on (issue 17), so it
 * fetches only what a first offline visit needs; the rest is filled after activation, a file at
 * a time, and a fill cut short continues on the next load.
 */

/** One file of the build, as the build lists it: a path without the leading slash. */
export interface OfflineEntry {
  url: string;
  /** Set for files whose name does not change with their content (the pages). */
  revision: string | null;
}

/**
 * Only the PDF export's chunks (a megabyte of font among them), the passphrase strength
 * dictionaries (zxcvbn, 2.5 MB) and the per-state board data wait for the fill; a page deeper
 * than its part's first page waits too, since the app's own links reach it without a page load.
 */
const LATER_ASSET = /^assets\/(?:font|jspdf\.es\.min|pdf|zxcvbn|[A-Z]{2})-[\w-]+\.js$/;
const FIRST_PAGE = /^(?:es\/)?(?:[a-z0-9-]+(?:\.html)?|learn\/[a-z-]+)$|^es$/;
/** The icons, the web app manifest and the early script: small, and every page uses them. */
const SHELL_FILE = /\.(?!html$)[a-z]+$/;

/** Whether the install fetches this file (true) or the fill after activation does (false). */
export function neededAtInstall(url: string): boolean {
  if (url.startsWith('assets/')) return !LATER_ASSET.test(url);
  return SHELL_FILE.test(url) || FIRST_PAGE.test(url);
}

/** The key a file is stored under: a new revision is a new key, so an old copy is never served. */
export function cacheKey(entry: OfflineEntry, origin: string): string {
  const url = new URL(`/${entry.url}`, origin);
  if (entry.revision) url.searchParams.set('__rev', entry.revision);
  return url.href;
}

/** The build's path for an address people open: `/` is index.html, `/learn/` is learn. */
export function entryPath(pathname: string): string {
  const path = pathname.replace(/^\/+/, '').replace(/\/+$/, '');
  if (path === '') return 'index.html';
  return path.replace(/\/index\.html$/, '');
}

/** Splits the build's list into what the install fetches and what the fill fetches. */
export function splitEntries(entries: readonly OfflineEntry[]): {
  install: OfflineEntry[];
  fill: OfflineEntry[];
} {
  return {
    install: entries.filter((entry) => neededAtInstall(entry.url)),
    fill: entries.filter((entry) => !neededAtInstall(entry.url)),
  };
}
