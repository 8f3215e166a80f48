/**
 * Every module-level store that can hold a person's unsaved words or answers
 * (decision answers, openings, a guided reflection in progress) registers here.
 * Locking the vault — by the button, after idle time, when the page is hidden,
 * or on "Exit this page" — forgets them all in one place, so no page keeps a
 * private value in memory after the vault is closed.
 */
type Forget = () => void;

const stores = new Set<Forget>();

/** Register a store's reset. Returns a function that unregisters it (for tests). */
export function forgetOnLock(forget: Forget): () => void {
  stores.add(forget);
  return () => stores.delete(forget);
}

/** Runs every registered reset. One that throws never stops the others. */
export function forgetEverything(): void {
  for (const forget of stores) {
    try {
      forget();
    } catch {
      // Forgetting must never be stopped by one failing store.
    }
  }
}
