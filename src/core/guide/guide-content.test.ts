import { describe, expect, it } from 'vitest';
import { guideFolder, readGuideFolder } from './guide-content';
import { QUICK_SLUG, splitSources } from './guide-page';
import { proseOf, readingGrade } from './readability';

/** The highest reading grade a guide page may have (we aim for 8 or below). */
const MAX_GRADE = 9;

const pages = readGuideFolder(guideFolder(process.cwd()));

interface Citation {
  readonly names: string[];
  readonly year: string;
}

/** "(Pope & Vetter, 1991; Hairston, n.d.)" → one citation per author group. */
function inlineCitations(prose: string): Citation[] {
  const groups = prose.matchAll(/\(([^()]*(?:\b(?:1[89]|20)\d\d[a-z]?|\bn\.d\.))\)/g);
  return [...groups].flatMap((group) =>
    (group[1] ?? '').split(';').map((part) => {
      const comma = part.lastIndexOf(',');
      return {
        names: part
          .slice(0, comma)
          .split(/,|&|\bet al\./)
          .map((name) => name.trim())
          .filter(Boolean),
        year: part.slice(comma + 1).trim(),
      };
    }),
  );
}

/** "- Pope, K. S. (2001). Title…" → the authors before the year, and the year. */
function sourceList(sources: string): { authors: string; year: string; line: string }[] {
  return sources
    .split('\n')
    .filter((line) => line.startsWith('- '))
    .map((line) => {
      const match = /^- (.*?) \((\d{4}|n\.d\.)\)/.exec(line);
      return { authors: match?.[1] ?? '', year: match?.[2] ?? '', line };
    });
}

function cites(citation: Citation, source: { authors: string; year: string }): boolean {
  return (
    source.year === citation.year &&
    source.authors.startsWith(citation.names[0] ?? '\u0000') &&
    citation.names.every((name) => source.authors.includes(name))
  );
}

describe('the guide content', () => {
  it('has the two-minute version and the seven topics of the full guide', () => {
    expect(pages[0]?.meta.slug).toBe(QUICK_SLUG);
    expect(pages.slice(1).map((page) => page.meta.order)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  for (const { meta, body } of pages) {
    describe(meta.slug, () => {
      const { prose, sources } = splitSources(body);

      it(`reads at grade ${MAX_GRADE} or below`, () => {
        expect(readingGrade(body)).toBeLessThanOrEqual(MAX_GRADE);
      });

      it('ends with a list of sources, and cites at least one of them', () => {
        expect(sourceList(sources).length).toBeGreaterThan(0);
        expect(inlineCitations(prose).length).toBeGreaterThan(0);
      });

      it('lists every source it cites, with the same year', () => {
        const listed = sourceList(sources);
        const missing = inlineCitations(prose).filter(
          (citation) => !listed.some((source) => cites(citation, source)),
        );
        expect(missing).toEqual([]);
      });

      it('cites every source it lists', () => {
        const cited = inlineCitations(prose);
        const uncited = sourceList(sources).filter(
          (source) => !cited.some((citation) => cites(citation, source)),
        );
        expect(uncited.map((source) => source.line)).toEqual([]);
      });

      it('gives the number of states with a criminal law only as "more than 20"', () => {
        const counts = [...proseOf(body).matchAll(/(more than )?(\d+) (?:US )?states/g)];
        for (const count of counts) expect(count[0]).toBe('more than 20 US states');
      });

      it('never puts a figure on how many offenders harm more than one client', () => {
        const sentences = proseOf(body).split(/(?<=[.!?])\s+/);
        const figured = sentences.filter((s) => /more than one/.test(s) && /\d|percent/.test(s));
        expect(figured).toEqual([]);
      });
    });
  }
});
