/**
 * Reading ease of the Spanish guide's prose: the Fernández-Huerta score (Fernández Huerta,
 * 1959), Flesch's Reading Ease adapted to Spanish, as corrected by Law (2011):
 *
 *   L = 206.84 − 0.60 × P − 1.02 × F
 *
 *   P = syllables per 100 words
 *   F = words per sentence
 *
 * The formula is often quoted with F as "sentences per 100 words". Law (2011) showed that
 * reading is wrong: with it, splitting a long sentence in two would make a text *harder*.
 * Read as words per sentence, it matches Flesch's English formula term for term, so that is
 * the reading we use.
 *
 * Higher is easier. The usual scale: 90–100 very easy, 80–90 easy, 70–80 fairly easy,
 * 60–70 "normal" (roughly US grades 7 to 9, around our target of grade 8), below 60 fairly hard.
 *
 * What counts as prose is exactly what the English grade counts (`proseOf` in readability.ts):
 * no Sources ("Fuentes") list, no inline citations, headings and list items as sentences.
 * Words and sentences are split the same way too (`wordsOf`, `sentencesOf`); "¿" and "¡"
 * are punctuation, not words.
 *
 * How syllables are counted (see `countSpanishSyllables`): Spanish spelling follows sound
 * closely, so a syllable is a vowel sound, and we count vowel groups with the rules of
 * Spanish diphthongs and hiatus:
 * - a, e, o are strong vowels; i, u (and ü) are weak. Two strong vowels side by side are two
 *   syllables (le-er, po-e-ta); a weak vowel next to any other vowel joins it in one syllable
 *   (ciu-dad, cui-da-do, sien-to), and so do three in a row with a strong one in the middle
 *   (buey).
 * - A written accent on a weak vowel (í, ú) breaks the pair: dí-a, pa-ís, ba-úl.
 * - In "que", "qui", "gue" and "gui" the u is silent (que, a-quí, gue-rra); in "güe" and
 *   "güi" it is sounded (pin-güi-no).
 * - "y" is a vowel at the end of a word (hoy, muy) and as the word "y"; elsewhere it is a
 *   consonant (ya, le-yes).
 * - A number is read digit by digit, each digit as many syllables as its name ("988" is
 *   nue-ve o-cho o-cho, 6), so figures never make a page look easier.
 *
 * Limits: "h" counts as a consonant, so "prohibir" is pro-hi-bir (3), as it is written,
 * though many say proi-bir; two vowels that speakers often run together across a hiatus
 * (te-a-tro said "tia-tro") count as written; words from other languages ("email") are
 * counted as if Spanish. These are rare in our pages, and like every readability formula
 * the score is a guide to plain writing, not a measure of it: short sentences and common
 * words still need a human reader's check.
 *
 * Sources: Fernández Huerta, J. (1959). Medidas sencillas de lecturabilidad. Consigna, 214,
 * 29–32. Law, G. (2011). Error in the Fernandez Huerta readability formula. LINGUIST List 22.2332.
 */

import { proseOf, sentencesOf, type TextCounts, wordsOf } from './readability';

const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú']);
const VOWEL = /[aeiouáéíóúü]/;

/** Syllables in the spoken name of each digit: cero, uno, dos, tres, cuatro, cinco, seis, siete, ocho, nueve. */
const DIGIT_SYLLABLES = [2, 2, 1, 1, 2, 2, 1, 2, 2, 2] as const;

/** The vowels of a word as spoken: silent u dropped, "y" kept only where it is a vowel. */
function spokenLetters(word: string): string {
  const letters = word
    .toLowerCase()
    .normalize('NFC')
    .replace(/[^a-záéíóúüñ]/g, '');
  return letters
    .replace(/([qg])u(?=[eiéí])/g, '$1')
    .replace(/^y$/, 'i')
    .replace(/y$/, 'i');
}

/** Syllables in one vowel group: one, plus one for each pair of strong vowels (hiatus). */
function syllablesInGroup(group: string): number {
  let count = 1;
  for (let index = 1; index < group.length; index += 1) {
    const before = group[index - 1] ?? '';
    const here = group[index] ?? '';
    const hiatus =
      (STRONG.has(before) && STRONG.has(here)) || (before === here && !STRONG.has(here));
    if (hiatus) count += 1;
  }
  return count;
}

/** Syllables in one Spanish word, by the rules at the top of this file. */
export function countSpanishSyllables(word: string): number {
  const digits = [...word.replace(/[^0-9]/g, '')].reduce(
    (sum, digit) => sum + (DIGIT_SYLLABLES[Number(digit)] ?? 1),
    0,
  );
  const letters = spokenLetters(word);
  if (letters.length === 0) return digits;
  let count = 0;
  let group = '';
  for (const letter of letters) {
    if (VOWEL.test(letter)) group += letter;
    else if (group) {
      count += syllablesInGroup(group);
      group = '';
    }
  }
  if (group) count += syllablesInGroup(group);
  return Math.max(1, count) + digits;
}

export function countSpanishText(text: string): TextCounts {
  const words = wordsOf(text);
  return {
    sentences: sentencesOf(text).length,
    words: words.length,
    syllables: words.reduce((sum, word) => sum + countSpanishSyllables(word), 0),
  };
}

/** The Fernández-Huerta score of counted text. Text with no words scores 0, so it never passes. */
export function fernandezHuerta({ sentences, words, syllables }: TextCounts): number {
  if (words === 0 || sentences === 0) return 0;
  return 206.84 - 0.6 * ((100 * syllables) / words) - 1.02 * (words / sentences);
}

/** The reading ease of a Spanish guide page's Markdown body, by the rules at the top of this file. */
export function spanishReadingEase(markdown: string): number {
  return fernandezHuerta(countSpanishText(proseOf(markdown)));
}
