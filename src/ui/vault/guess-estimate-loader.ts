import {
  createGuessEstimate,
  type GuessEstimate,
  loadZxcvbnParts,
} from '../../core/vault/guess-estimate';

let loading: Promise<GuessEstimate> | null = null;

/**
 * zxcvbn and its dictionaries, fetched the first time a passphrase is being chosen and kept for
 * the rest of the visit. No page imports them statically: they are many times a page's code.
 */
export function loadGuessEstimate(): Promise<GuessEstimate> {
  loading ??= loadZxcvbnParts()
    .then(createGuessEstimate)
    .catch((error: unknown) => {
      // A failed download is tried again next time, not remembered.
      loading = null;
      throw error;
    });
  return loading;
}
