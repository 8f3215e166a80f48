import { useEffect, useState } from 'preact/hooks';
import { type Strength, strengthOf } from '../../core/vault/passphrase-strength';
import { loadGuessEstimate } from './guess-estimate-loader';

// zxcvbn takes up to half a second on a long, random passphrase on a slow phone: not on every key.
const SETTLE_MS = 250;

/** The strength of what is typed, once the person pauses; null while empty or still loading. */
export function useStrength(passphrase: string): Strength | null {
  const [strength, setStrength] = useState<Strength | null>(null);
  useEffect(() => {
    if (!passphrase) {
      setStrength(null);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      loadGuessEstimate()
        .then((estimate) => {
          if (current) setStrength(strengthOf(passphrase, estimate(passphrase)));
        })
        // Without the dictionaries there is no honest estimate to show; setup still checks length.
        .catch(() => undefined);
    }, SETTLE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [passphrase]);
  return strength;
}
