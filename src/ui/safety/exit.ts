import { langOfPath } from '../../core/i18n/lang';
import { DEFAULT_EXIT_DESTINATION, parseExitDestination } from '../../core/safety/exit-destination';
import { exit as messages } from '../i18n/exit';

/** sessionStorage key read by the early script (before-render.ts): this tab has left. */
export const EXITED_FLAG = 'terrarium-exited';
const DESTINATION_KEY = 'terrarium-exit-destination';
/**
 * Fired on window, synchronously, as the page is left. The early script and the app are
 * separate bundles: whichever one leaves, every handler registered in either one runs.
 */
const LEAVING_EVENT = 'terrarium:leaving';

type ExitHandler = () => void;
const handlers = new Set<ExitHandler>();

/** Register something to drop on exit (the vault registers its lock). Returns an unregister function. */
export function onExit(handler: ExitHandler): () => void {
  handlers.add(handler);
  return () => handlers.delete(handler);
}

if (typeof window !== 'undefined') {
  window.addEventListener(LEAVING_EVENT, () => {
    for (const handler of handlers) {
      try {
        handler();
      } catch {
        // Leaving must never be stopped by a failing handler.
      }
    }
  });
}

export function exitDestination(): string {
  try {
    return (
      parseExitDestination(localStorage.getItem(DESTINATION_KEY) ?? '') ?? DEFAULT_EXIT_DESTINATION
    );
  } catch {
    return DEFAULT_EXIT_DESTINATION;
  }
}

export function saveExitDestination(input: string): string | null {
  const url = parseExitDestination(input);
  if (url) localStorage.setItem(DESTINATION_KEY, url);
  return url;
}

/**
 * Leave now. Order matters: hide first (so nothing stays on screen even for a
 * frame), then drop everything decrypted, then empty the page, then replace this
 * history entry so Back does not return to it. While the next site loads, a
 * neutral "Loading." stays on the blank page and is announced, so a person using
 * a screen reader knows the exit is under way.
 */
export function exitNow(): void {
  document.documentElement.classList.add('exiting');
  window.dispatchEvent(new Event(LEAVING_EVENT));
  try {
    sessionStorage.setItem(EXITED_FLAG, '1');
  } catch {
    // Storage may be blocked; the exit itself still happens.
  }
  const loading = messages.of(langOfPath(location.pathname)).leaving;
  document.title = loading;
  document.body.textContent = '';
  const alert = document.createElement('p');
  alert.className = 'exit-overlay';
  alert.setAttribute('role', 'alert');
  alert.textContent = loading;
  document.body.append(alert);
  location.replace(exitDestination());
}
