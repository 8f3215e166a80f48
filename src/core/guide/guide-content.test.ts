import { describe, expect, it } from 'vitest';
import { cites, inlineCitations, sourceList } from './citations';
import { guideFolder, readGuideFolder } from './guide-content';
import { QUICK_SLUG, splitSources } from './guide-page';
import { proseOf, readingGrade } from './readability';

/** The highest reading grade a guide page may have: US grade 8, the ceiling for everything we show. */
const MAX_GRADE = 8;

const pages = readGuideFolder(guideFolder(process.cwd()));

describe('the guide content', () => {
  it('has the two-minute version and the twelve sections of the full guide', () => {
    expect(pages[0]?.meta.slug).toBe(QUICK_SLUG);
    expect(pages.slice(1).map((page) => page.meta.order)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
    ]);
  });

  it('has the pages other parts of Terrarium link to, at their addresses', () => {
    const slugs = pages.map((page) => page.meta.slug);
    expect(slugs).toContain('leaving-a-therapist');
    expect(slugs).toContain('if-it-already-happened');
  });

  it('links only to guide pages that exist', () => {
    const slugs = new Set(pages.map((page) => page.meta.slug));
    const targets = pages.flatMap(({ body }) =>
      [...body.matchAll(/\]\(\/learn\/([a-z-]+)\)/g)].map((m) => m[1]),
    );
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) expect(slugs).toContain(target);
  });

  for (const { meta, body } of pages) {
    describe(meta.slug, () => {
      const { prose, sources } = splitSources(body);

      it(`reads at grade ${MAX_GRADE} or below`, () => {
        expect(readingGrade(body)).toBeLessThanOrEqual(MAX_GRADE);
      });

      if (meta.slug === QUICK_SLUG) {
        it('carries no citations and no notes: every point is sourced in its own section', () => {
          expect(sources).toBe('');
          expect(inlineCitations(prose)).toEqual([]);
        });
      } else {
        it('ends with a list of sources, and cites at least one of them', () => {
          expect(sourceList(sources).length).toBeGreaterThan(0);
          expect(inlineCitations(prose).length).toBeGreaterThan(0);
        });
      }

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
