/**
 * Our words for a passphrase's strength, and whether setup takes it. The guessing estimate comes
 * from zxcvbn (see guess-estimate.ts), loaded only when a passphrase is being chosen; this module
 * stays pure so the rules can be tested and the pages that show them stay small.
 *
 * zxcvbn's own score tops out at 10^10 guesses ("score 4"). Our notes sit on a device an
 * abuser may hold, and a guesser can try passphrases offline for as long as they like, so the
 * steps here are set higher: below 10^10 guesses is weak ("Dana2025!" is about 10^8), 10^14 and
 * up is strong. Below 10^6 (zxcvbn score 0 or 1: the top of leaked-password lists, a name and a
 * year) setup refuses it.
 */
export type Strength = 'too-short' | 'weak' | 'fair' | 'strong';

/** What setup says to a passphrase. */
export type Verdict = 'ok' | 'empty' | 'too-short' | 'too-easy';

export const MIN_PASSPHRASE_LENGTH = 8;

/** Guesses (as a power of ten) from which a passphrase is fair, strong, or taken at all. */
export const FAIR_FROM = 10;
export const STRONG_FROM = 14;
export const ACCEPTED_FROM = 6;

/** Length in characters as people count them: "ñ" is one, however it was typed. */
export function passphraseLength(passphrase: string): number {
  return [...passphrase.normalize('NFC')].length;
}

/** The level shown under the field, from the estimate of guesses needed (log10). */
export function strengthOf(passphrase: string, guessesLog10: number): Strength {
  if (passphraseLength(passphrase) < MIN_PASSPHRASE_LENGTH) return 'too-short';
  if (guessesLog10 >= STRONG_FROM) return 'strong';
  if (guessesLog10 >= FAIR_FROM) return 'fair';
  return 'weak';
}

/** Whether setup takes the passphrase. Weak but not trivial is taken, with the warning shown. */
export function verdictOf(passphrase: string, guessesLog10: number): Verdict {
  if (passphrase === '') return 'empty';
  if (passphraseLength(passphrase) < MIN_PASSPHRASE_LENGTH) return 'too-short';
  if (guessesLog10 < ACCEPTED_FROM) return 'too-easy';
  return 'ok';
}
