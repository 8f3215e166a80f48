/**
 * The guide cites its sources in the text, "(Pope & Vetter, 1991)", and lists them at the end
 * of each page, "- Pope, K. S., & Vetter, V. A. (1991). …". These read both, so tests can check
 * that every citation has its entry and every entry is cited, in every language: citations and
 * the list stay in their original form when a page is translated.
 */

export interface Citation {
  readonly names: string[];
  readonly year: string;
}

export interface ListedSource {
  readonly authors: string;
  readonly year: string;
  readonly line: string;
}

/**
 * A bracket that ends in a year or "n.d.", with the space before it: "(Pope, 2001)",
 * "(A, 2014; B, 2021)". The group is what is inside the brackets.
 */
export const CITATION_BRACKET = /\s*\(([^()]*(?:\b(?:1[89]|20)\d\d[a-z]?|\bn\.d\.))\)/g;

/** "Pope & Vetter, 1991; Hairston, n.d." → one citation per author group, in the order written. */
export function citationsIn(bracket: string): Citation[] {
  return bracket.split(';').map((part) => {
    const comma = part.lastIndexOf(',');
    return {
      names: part
        .slice(0, comma)
        .split(/,|&|\bet al\./)
        .map((name) => name.trim())
        .filter(Boolean),
      year: part.slice(comma + 1).trim(),
    };
  });
}

/** Every citation in a page's prose, in the order written. */
export function inlineCitations(prose: string): Citation[] {
  return [...prose.matchAll(CITATION_BRACKET)].flatMap((group) => citationsIn(group[1] ?? ''));
}

/** "- Pope, K. S. (2001). Title…" → the authors before the year, and the year. */
export function sourceList(sources: string): ListedSource[] {
  return sources
    .split('\n')
    .filter((line) => line.startsWith('- '))
    .map((line) => {
      const match = /^- (.*?) \((\d{4}|n\.d\.)\)/.exec(line);
      return { authors: match?.[1] ?? '', year: match?.[2] ?? '', line };
    });
}

/** Whether a citation points at this listed source: same year, same authors, first author first. */
export function cites(citation: Citation, source: { authors: string; year: string }): boolean {
  return (
    source.year === citation.year &&
    source.authors.startsWith(citation.names[0] ?? '\u0000') &&
    citation.names.every((name) => source.authors.includes(name))
  );
}
