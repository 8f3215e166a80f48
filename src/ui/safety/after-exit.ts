import { langOfPath, localizePath } from '../../core/i18n/lang';
import { EXITED_FLAG } from './exit';

/** Set just before this script sends the tab somewhere itself, so that load is not taken for the person's own. */
const SENT_BY_US = 'terrarium-sent';

function read(key: string): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

function forget(key: string): void {
  try {
    sessionStorage.removeItem(key);
  } catch {
    // Nothing stored, nothing to forget.
  }
}

/** Sends the tab to another address of Terrarium without leaving a history entry. */
export function sendTo(path: string): void {
  document.documentElement.classList.add('exiting');
  try {
    sessionStorage.setItem(SENT_BY_US, '1');
  } catch {
    // Without storage the guard below cannot tell this load from the person's own.
  }
  location.replace(path);
}

function startPage(): string {
  return localizePath('/', langOfPath(location.pathname));
}

function onStartPage(): boolean {
  return location.pathname === startPage();
}

/**
 * After "Exit this page", no step back in this tab reaches a page that was open:
 * every page reached by going back or forward (or a restored tab) becomes the start
 * page, however many steps back. Only a page the person opens anew (a link from
 * elsewhere, a bookmark, the address typed) ends this. Returns whether the tab
 * is being sent to the start page.
 */
export function guardAfterExit(): boolean {
  const sentByUs = read(SENT_BY_US) === '1';
  forget(SENT_BY_US);
  if (read(EXITED_FLAG) !== '1') return false;
  const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  if (!sentByUs && entry?.type === 'navigate') {
    forget(EXITED_FLAG);
    return false;
  }
  if (onStartPage()) return false;
  sendTo(startPage());
  return true;
}

/** A page restored from the back-forward cache runs no script again: it is caught here. */
export function guardRestoredPages(): void {
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    const blanked = document.documentElement.classList.contains('exiting');
    if (blanked || (read(EXITED_FLAG) === '1' && !onStartPage())) sendTo(startPage());
  });
}
