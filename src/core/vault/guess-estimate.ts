import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import type { adjacencyGraphs, dictionary as commonWords } from '@zxcvbn-ts/language-common';
import type { dictionary as englishWords } from '@zxcvbn-ts/language-en';
import type { dictionary as spanishWords } from '@zxcvbn-ts/language-es-es';

/**
 * How many guesses (log10) zxcvbn expects a passphrase to take, with the leaked-password lists and
 * the English and Spanish words, names and Wikipedia lists, whatever the page's language: people
 * who write in one often choose words in the other. zxcvbn's own feedback sentences are not used:
 * every sentence shown is ours.
 */
export type GuessEstimate = (passphrase: string) => number;

/** zxcvbn and its lists, about 2.5 MB before compression: fetched as four chunks, only when needed. */
export interface ZxcvbnParts {
  Factory: typeof ZxcvbnFactory;
  common: { dictionary: typeof commonWords; adjacencyGraphs: typeof adjacencyGraphs };
  english: typeof englishWords;
  spanish: typeof spanishWords;
}

// The words people choose most often for this app's subject; zxcvbn treats them like a leaked list.
const OUR_WORDS = ['terrarium', 'therapy', 'therapist', 'terapia', 'terapeuta'];

export function createGuessEstimate({
  Factory,
  common,
  english,
  spanish,
}: ZxcvbnParts): GuessEstimate {
  const zxcvbn = new Factory({
    dictionary: { ...common.dictionary, ...english, ...spanish, terrarium: OUR_WORDS },
    graphs: common.adjacencyGraphs,
  });
  return (passphrase) => zxcvbn.check(passphrase.normalize('NFC')).guessesLog10;
}

/** The four parts, each its own chunk. */
export async function loadZxcvbnParts(): Promise<ZxcvbnParts> {
  const [core, common, english, spanish] = await Promise.all([
    import('./zxcvbn/zxcvbn-core'),
    import('./zxcvbn/zxcvbn-common'),
    import('./zxcvbn/zxcvbn-en'),
    import('./zxcvbn/zxcvbn-es'),
  ]);
  return {
    Factory: core.ZxcvbnFactory,
    common,
    english: english.dictionary,
    spanish: spanish.dictionary,
  };
}
