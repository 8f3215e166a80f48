/**
 * Where "Exit this page" goes. A neutral, common site, so the history entry it
 * leaves behind looks ordinary. The person may choose another; only https
 * addresses are accepted, so a typo cannot turn the exit into a broken page.
 */
export const DEFAULT_EXIT_DESTINATION = 'https://www.bbc.com/weather';

export function parseExitDestination(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  try {
    const url = new URL(text.includes('://') ? text : `https://${text}`);
    if (url.protocol !== 'https:' || !url.hostname.includes('.')) return null;
    return url.href;
  } catch {
    return null;
  }
}
