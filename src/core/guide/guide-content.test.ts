import { describe, expect, it } from 'vitest';
import { cites, inlineCitations, sourceList } from './citations';
import { guideFolder, readGuideFolder } from './guide-content';
import { QUICK_SLUG, splitSources } from './guide-page';
import { proseOf, readingGrade } from './readability';

/** The highest reading grade a guide page may have (we aim for 8 or below). */
const MAX_GRADE = 9;

const pages = readGuideFolder(guideFolder(process.cwd()));

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
