import { describe, expect, it } from 'vitest';
import { createGuessEstimate, loadZxcvbnParts } from './guess-estimate';
import {
  ACCEPTED_FROM,
  FAIR_FROM,
  STRONG_FROM,
  strengthOf,
  verdictOf,
} from './passphrase-strength';

const guesses = createGuessEstimate(await loadZxcvbnParts());
const rate = (passphrase: string) => strengthOf(passphrase, guesses(passphrase));

describe('passphrase strength with the real zxcvbn dictionaries', () => {
  it.each(['password', 'Dana2025!', 'sam sam sam'])('rates %s as weak', (passphrase) => {
    expect(rate(passphrase)).toBe('weak');
  });

  it('rates a long random passphrase and four unrelated words as strong', () => {
    expect(rate('Tq8#vL2m!pZ9xW4r')).toBe('strong');
    expect(rate('lantern orchard velvet spoon')).toBe('strong');
  });

  it('knows Spanish words and names, not only English ones', () => {
    expect(rate('contraseña')).toBe('weak');
    expect(verdictOf('contraseña', guesses('contraseña'))).toBe('too-easy');
  });

  it('refuses the top of the leaked lists and the app’s own name, takes weak but not trivial', () => {
    expect(verdictOf('password', guesses('password'))).toBe('too-easy');
    expect(verdictOf('terrarium', guesses('terrarium'))).toBe('too-easy');
    expect(verdictOf('Dana2025!', guesses('Dana2025!'))).toBe('ok');
  });
});

describe('strengthOf', () => {
  it('is too short under 8 characters as people count them, whatever the estimate', () => {
    expect(strengthOf('seven77', 40)).toBe('too-short');
    // Eight characters, one of them typed as two code points (n + combining tilde).
    expect(strengthOf('mañanita'.normalize('NFD'), 40)).toBe('strong');
  });

  it('puts each step at its boundary', () => {
    const p = 'long enough';
    expect(strengthOf(p, FAIR_FROM - 0.01)).toBe('weak');
    expect(strengthOf(p, FAIR_FROM)).toBe('fair');
    expect(strengthOf(p, STRONG_FROM - 0.01)).toBe('fair');
    expect(strengthOf(p, STRONG_FROM)).toBe('strong');
  });
});

describe('verdictOf', () => {
  it('says empty, too short, too easy or ok, in that order', () => {
    expect(verdictOf('', 0)).toBe('empty');
    expect(verdictOf('short', 40)).toBe('too-short');
    expect(verdictOf('long enough', ACCEPTED_FROM - 0.01)).toBe('too-easy');
    expect(verdictOf('long enough', ACCEPTED_FROM)).toBe('ok');
  });
});
