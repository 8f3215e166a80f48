/**
 * A rough, honest strength hint for a passphrase, in four steps the screen
 * can put in plain words. It estimates guessing effort from length and the
 * kinds of characters used, and knows that long runs of words are strong and
 * that a few very common passwords are not. It is a hint, not a gate: only
 * "too-short" stops setup.
 */
export type Strength = 'too-short' | 'weak' | 'fair' | 'strong';

export const MIN_PASSPHRASE_LENGTH = 8;

// The handful that top every leaked-password list, plus what this app invites.
const COMMON = new Set([
  'password',
  'password1',
  'passw0rd',
  '12345678',
  '123456789',
  '1234567890',
  'qwertyui',
  'qwerty123',
  'iloveyou',
  'letmein1',
  'sunshine',
  'princess',
  'football',
  'baseball',
  'superman',
  'trustno1',
  'terrarium',
  'therapist',
  'therapy1',
]);

export function passphraseStrength(passphrase: string): Strength {
  const text = passphrase.normalize('NFC');
  const length = [...text].length;
  if (length < MIN_PASSPHRASE_LENGTH) return 'too-short';
  if (COMMON.has(text.toLowerCase())) return 'weak';
  const bits = estimateBits(text);
  if (bits >= 64) return 'strong';
  if (bits >= 44) return 'fair';
  return 'weak';
}

function estimateBits(text: string): number {
  const chars = [...text];
  let pool = 0;
  if (/[a-z]/.test(text)) pool += 26;
  if (/[A-Z]/.test(text)) pool += 26;
  if (/[0-9]/.test(text)) pool += 10;
  if (/[^a-zA-Z0-9]/.test(text)) pool += 33;
  // Repeats and runs ("aaaa", "1234", "abcd") add almost nothing for a guesser.
  let effective = 0;
  for (let i = 0; i < chars.length; i++) {
    const here = chars[i]?.codePointAt(0) ?? 0;
    const before = chars[i - 1]?.codePointAt(0);
    const step = before === undefined ? null : here - before;
    effective += step === 0 || step === 1 || step === -1 ? 0.25 : 1;
  }
  // Several real words are hard to guess even in lower case: credit each word.
  const words = text.split(/[\s\-_.,]+/).filter((w) => w.length >= 3).length;
  const wordBits = words >= 3 ? words * 13 : 0;
  return Math.max(effective * Math.log2(Math.max(pool, 2)), wordBits);
}
