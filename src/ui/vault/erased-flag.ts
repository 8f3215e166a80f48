/**
 * Set in sessionStorage right after "Erase everything", before the full page
 * load that follows. No page in this tab registers the service worker again
 * for the rest of the session (that would put the offline copy straight back).
 */
const KEY = 'terrarium-erased';

export function markErased(): void {
  sessionStorage.setItem(KEY, 'erased');
}

/** True in the tab that was just erased, for the rest of its session. */
export function justErased(): boolean {
  try {
    return sessionStorage.getItem(KEY) !== null;
  } catch {
    return false;
  }
}
