/**
 * Reading grade of the guide's prose: the Flesch–Kincaid grade level,
 *
 *   grade = 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59
 *
 * (Kincaid, Fishburne, Rogers & Chissom, 1975). We aim for US grade 8 or below.
 *
 * What counts as prose (see `proseOf`):
 * - The "Sources" list at the end of a page does not count. Citations are not read as
 *   prose, and their titles would make every page look harder than it is.
 * - Inline citations in brackets that end in a year or "n.d." (no date), like "(Pope, 2001)",
 *   are left out for the same reason (this also keeps "et al." from being taken for the end of a sentence).
 * - Each heading and each list item is a sentence of its own, even without a full stop.
 * - Link text counts; link addresses do not.
 *
 * How words and syllables are counted (see `countSyllables`):
 * - Words are split at spaces, hyphens, dashes and slashes: "two-minute" is two words.
 * - A number counts as one word with one syllable per digit, about how a phone number or a
 *   year sounds read aloud ("988" is three), so figures never make a page look easier.
 * - Syllables in a word are its groups of vowels (a, e, i, o, u, y), less a silent final
 *   "e" ("make", but not "table"), a silent "-ed" ("loved", but not "wanted") and a silent
 *   "-es" ("makes", but not "boxes"); every word has at least one. Like every such rule
 *   it misses some words ("create" counts as one); on whole pages the errors mostly cancel out.
 */

import { splitSources } from './guide-page';

export interface TextCounts {
  readonly sentences: number;
  readonly words: number;
  readonly syllables: number;
}

/** Syllables in one word, by the vowel-group rule described above. */
export function countSyllables(word: string): number {
  const digits = word.replace(/[^0-9]/g, '');
  const letters = word.toLowerCase().replace(/[^a-z]/g, '');
  if (letters.length === 0) return digits.length;
  if (letters.length <= 3) return 1;
  let count = letters.match(/[aeiouy]+/g)?.length ?? 0;
  if (/[^aeiouy]e$/.test(letters) && !/[^aeiouy]le$/.test(letters)) count -= 1;
  else if (/[^aeiouy]ed$/.test(letters) && !/[td]ed$/.test(letters)) count -= 1;
  else if (/[^aeiouysxzcgh]es$/.test(letters)) count -= 1;
  return Math.max(1, count);
}

/** The words of a piece of plain text, as described above. */
export function wordsOf(text: string): string[] {
  return text
    .split(/[\s\-–—/]+/)
    .map((token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((token) => /[\p{L}\p{N}]/u.test(token));
}

/** Sentences in plain text: a run of words ended by . ! or ? (or the end of the text). */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])["'”’)]*\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => wordsOf(sentence).length > 0);
}

export function countText(text: string): TextCounts {
  const words = wordsOf(text);
  return {
    sentences: sentencesOf(text).length,
    words: words.length,
    syllables: words.reduce((sum, word) => sum + countSyllables(word), 0),
  };
}

/** The Flesch–Kincaid grade of counted text. Text with no words has grade 0. */
export function fleschKincaidGrade({ sentences, words, syllables }: TextCounts): number {
  if (words === 0 || sentences === 0) return 0;
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}

/** "(Pope, 2001)", "(Hairston, n.d.)", "(A, 2014; B, 2021)": a bracket that ends in a year or n.d. */
const INLINE_CITATION = /\s*\([^()]*(?:\b(?:1[89]|20)\d\d[a-z]?|\bn\.d\.)\)/g;

/**
 * The prose of a Markdown body as plain text: one sentence or more per line.
 * The Sources list, inline citations, Markdown marks and link addresses are removed.
 */
export function proseOf(markdown: string): string {
  const withoutSources = splitSources(markdown).prose;
  const blocks: string[] = [];
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (paragraph.length > 0) blocks.push(paragraph.join(' '));
    paragraph = [];
  };
  for (const line of withoutSources.split(/\r?\n/)) {
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (line.trim() === '') endParagraph();
    else if (heading) {
      endParagraph();
      blocks.push(heading[1] ?? '');
    } else if (item) {
      endParagraph();
      paragraph.push(item[1] ?? '');
    } else paragraph.push(line.trim().replace(/^>\s*/, ''));
  }
  endParagraph();
  return blocks
    .map((block) =>
      block
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(INLINE_CITATION, '')
        .replace(/[*_`]/g, '')
        .trim(),
    )
    .filter((block) => block.length > 0)
    .map((block) => (/[.!?]["'”’)]*$/.test(block) ? block : `${block}.`))
    .join('\n');
}

/** The reading grade of a guide page's Markdown body, by the rules at the top of this file. */
export function readingGrade(markdown: string): number {
  return fleschKincaidGrade(countText(proseOf(markdown)));
}
