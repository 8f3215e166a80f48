/**
 * A download that failed once (a dropped connection, a service worker caught mid-update) often
 * works a moment later; one that fails twice is left to the person, with a way to reload.
 * The returned loader never rejects: a rejected lazy part would leave the page blank with an
 * unhandled error.
 */
export function loadWithRetry<T>(
  load: () => Promise<T>,
  fallback: T,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  retryAfterMs = 500,
): () => Promise<T> {
  return async () => {
    try {
      return await load();
    } catch {
      await wait(retryAfterMs);
      try {
        return await load();
      } catch {
        return fallback;
      }
    }
  };
}
