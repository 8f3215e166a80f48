import { DEFAULT_EXIT_DESTINATION, parseExitDestination } from '../../core/safety/exit-destination';

/** sessionStorage key read by public/before-render.js, which runs before the page renders. */
export const EXITED_FLAG = 'terrarium-exited';
const DESTINATION_KEY = 'terrarium-exit-destination';

type ExitHandler = () => void;
const handlers = new Set<ExitHandler>();

/** Register something to drop on exit (the vault registers its lock). Returns an unregister function. */
export function onExit(handler: ExitHandler): () => void {
  handlers.add(handler);
  return () => handlers.delete(handler);
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
 * frame), then drop everything decrypted, then empty the DOM, then replace this
 * history entry so Back does not return to the page.
 */
export function exitNow(): void {
  document.documentElement.classList.add('exiting');
  for (const handler of handlers) {
    try {
      handler();
    } catch {
      // Leaving must never be stopped by a failing handler.
    }
  }
  try {
    sessionStorage.setItem(EXITED_FLAG, '1');
  } catch {
    // Storage may be blocked; the exit itself still happens.
  }
  document.title = '';
  document.body.textContent = '';
  location.replace(exitDestination());
}
