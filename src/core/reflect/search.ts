import type { JournalEntry } from './entry';
import { type PromptId, prompts } from './prompts';

/**
 * Full-text search over decrypted entries, in memory: nothing is indexed on
 * disk, so nothing about what was written leaks outside the vault.
 *
 * Matching ignores case and accents ("cafe" finds "Café", "ANGST" finds
 * "Angst") and compatibility forms (full-width letters, ligatures). Every word
 * of the query must appear somewhere in the entry, in any order.
 */

/** Anything that carries an entry, such as the vault's record. */
export interface Searchable {
  readonly id: string;
  readonly data: JournalEntry;
}

/** Where in an entry the words were found: its body, or the answer to a prompt. */
export type FoundIn = 'body' | PromptId;

/** A short piece of the original text around the first match, for showing in results. */
export interface Snippet {
  readonly foundIn: FoundIn;
  readonly before: string;
  readonly match: string;
  readonly after: string;
  /** True when the text goes on before `before` / after `after`. */
  readonly cutBefore: boolean;
  readonly cutAfter: boolean;
}

export interface SearchMatch<E extends Searchable> {
  readonly item: E;
  readonly snippet: Snippet;
}

export interface SearchOptions {
  /** The words shown for a chosen option, so a search can find what was picked, not only typed. */
  readonly choiceLabel?: (prompt: PromptId, option: string) => string;
}

/** How many characters of context a snippet shows on each side of the match. */
const CONTEXT = 60;

interface Field {
  readonly foundIn: FoundIn;
  readonly text: string;
  readonly folded: string;
  /** Folding keeps every ASCII character as one character, so offsets need no mapping. */
  readonly ascii: boolean;
}

const NOT_ASCII = /[^\p{ASCII}]/u;

/**
 * The form both text and query are compared in. Final sigma becomes sigma
 * because lower-casing "Σ" depends on what follows it: the query "ος" must
 * still be found inside "ΟΣΑ".
 */
export function fold(text: string): string {
  if (!NOT_ASCII.test(text)) return text.toLowerCase();
  return withoutMarks(text.normalize('NFKD')).toLowerCase().replaceAll('ς', 'σ');
}

/**
 * Drops combining marks (accents, Hebrew points, Arabic vowel signs…). A
 * lookup table and a loop, because the \p{M} regular expression is several
 * times slower on a large journal.
 */
function withoutMarks(text: string): string {
  let kept = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x300) continue;
    const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    if (isMark(text, i, code)) {
      kept += text.slice(from, i);
      from = i + width;
    }
    i += width - 1;
  }
  return from === 0 ? text : kept + text.slice(from);
}

const MARK = /^\p{M}$/u;
let bmpMarks: Uint8Array | undefined;
const astralMarks = new Map<number, boolean>();

function isMark(text: string, at: number, code: number): boolean {
  if (code < 0xd800 || code > 0xdbff) {
    if (!bmpMarks) {
      bmpMarks = new Uint8Array(0x10000);
      for (let c = 0x300; c < 0x10000; c++) if (MARK.test(String.fromCharCode(c))) bmpMarks[c] = 1;
    }
    return bmpMarks[code] === 1;
  }
  const point = text.codePointAt(at) as number;
  let mark = astralMarks.get(point);
  if (mark === undefined) {
    mark = MARK.test(String.fromCodePoint(point));
    astralMarks.set(point, mark);
  }
  return mark;
}

function terms(query: string): string[] {
  return fold(query)
    .split(/\s+/)
    .filter((term) => term !== '');
}

/**
 * Makes a search function. It remembers each entry's folded text (entries are
 * immutable, so an edited entry is a new object and is folded again), which
 * keeps repeated searches, one per key press, fast over a large journal.
 */
export function createEntrySearch(options: SearchOptions = {}) {
  const folded = new WeakMap<JournalEntry, Field[]>();

  const fieldsOf = (entry: JournalEntry): Field[] => {
    const known = folded.get(entry);
    if (known) return known;
    const fields = textsOf(entry, options).map(([foundIn, text]) => ({
      foundIn,
      text,
      folded: fold(text),
      ascii: !NOT_ASCII.test(text),
    }));
    folded.set(entry, fields);
    return fields;
  };

  /** Entries that contain every word of the query, in the order given. A blank query matches nothing. */
  return function searchEntries<E extends Searchable>(
    entries: readonly E[],
    query: string,
  ): SearchMatch<E>[] {
    const wanted = terms(query);
    const [first] = wanted;
    if (first === undefined) return [];
    // The snippet shows the whole query where it appears as typed, else its first word.
    const phrase = wanted.join(' ');
    const matches: SearchMatch<E>[] = [];
    for (const item of entries) {
      const fields = fieldsOf(item.data);
      if (!wanted.every((term) => fields.some((field) => field.folded.includes(term)))) continue;
      const shown = fields.some((f) => f.folded.includes(phrase)) ? phrase : first;
      const field = fields.find((f) => f.folded.includes(shown)) as Field;
      matches.push({ item, snippet: snippetOf(field, field.folded.indexOf(shown), shown.length) });
    }
    return matches;
  };
}

/** Searches the person's own words only. */
export const searchEntries = createEntrySearch();

function textsOf(entry: JournalEntry, options: SearchOptions): [FoundIn, string][] {
  const texts: [FoundIn, string][] = [];
  if (entry.body !== '') texts.push(['body', entry.body]);
  for (const { id } of prompts) {
    const answer = entry.answers[id];
    if (!answer) continue;
    const labels = options.choiceLabel
      ? answer.choices.map((choice) => options.choiceLabel?.(id, choice) ?? '')
      : [];
    const text = [...labels, answer.text].filter((part) => part !== '').join('\n');
    if (text !== '') texts.push([id, text]);
  }
  return texts;
}

function snippetOf(field: Field, at: number, length: number): Snippet {
  const [start, end] = field.ascii ? [at, at + length] : originalRange(field.text, at, at + length);
  const text = field.text;
  let from = Math.max(0, start - CONTEXT);
  // Start at a word if one begins near the cut, and never inside a surrogate pair.
  const space = text.slice(from, start).search(/\s/);
  if (from > 0 && space >= 0 && space < CONTEXT / 3) from += space + 1;
  if (isLowSurrogate(text.charCodeAt(from))) from += 1;
  let to = Math.min(text.length, end + CONTEXT);
  if (isLowSurrogate(text.charCodeAt(to))) to += 1;
  return {
    foundIn: field.foundIn,
    before: text.slice(from, start),
    match: text.slice(start, end),
    after: text.slice(end, to),
    cutBefore: from > 0,
    cutAfter: to < text.length,
  };
}

/**
 * Maps a range in the folded text back to the original text, by folding one
 * character at a time. Characters that fold to nothing (accents) before the
 * match are skipped; accents right after it belong to it.
 */
function originalRange(text: string, from: number, to: number): [number, number] {
  let folded = 0;
  let start = -1;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    let next = folded + 1;
    let width = 1;
    if (code >= 0x80) {
      const point = text.codePointAt(i) as number;
      width = point > 0xffff ? 2 : 1;
      next = folded + foldedLength(point);
    }
    if (start < 0 && next > from) start = i;
    i += width;
    folded = next;
    if (start >= 0 && folded >= to) break;
  }
  while (i < text.length && text.charCodeAt(i) >= 0x300 && isMark(text, i, text.charCodeAt(i))) {
    i += text.codePointAt(i) === text.charCodeAt(i) ? 1 : 2;
  }
  return [start < 0 ? text.length : start, i];
}

const foldedLengths = new Map<number, number>();

function foldedLength(point: number): number {
  let length = foldedLengths.get(point);
  if (length === undefined) {
    length = fold(String.fromCodePoint(point)).length;
    foldedLengths.set(point, length);
  }
  return length;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
