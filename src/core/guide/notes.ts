import { CITATION_BRACKET, citationsIn, cites, type ListedSource } from './citations.ts';

/**
 * Writers cite in the Markdown, "(Pope & Vetter, 1991)", so tests can match every citation to
 * its entry. Readers see a small number instead, and the page ends with its sources numbered in
 * the order they are first cited: the running text stays plain, the sources stay one tap away.
 */
export interface NumberedNotes {
  /** The prose with each citation bracket replaced by `mark(numbers)`. */
  readonly prose: string;
  /** The listed sources in note order: note 1 first. */
  readonly notes: readonly ListedSource[];
}

/**
 * Numbers the citations of a page's prose against its list of sources. A citation that matches
 * no listed source throws, so a typo fails the build instead of showing a wrong note.
 */
export function numberNotes(
  prose: string,
  listed: readonly ListedSource[],
  mark: (numbers: readonly number[]) => string,
): NumberedNotes {
  const notes: ListedSource[] = [];
  const numbered = prose.replace(CITATION_BRACKET, (_bracket, inside: string) => {
    const numbers = citationsIn(inside).map((citation) => {
      const source = listed.find((candidate) => cites(citation, candidate));
      if (!source) {
        throw new Error(`no listed source for (${citation.names.join(' & ')}, ${citation.year})`);
      }
      if (!notes.includes(source)) notes.push(source);
      return notes.indexOf(source) + 1;
    });
    return mark([...new Set(numbers)]);
  });
  return { prose: numbered, notes };
}
