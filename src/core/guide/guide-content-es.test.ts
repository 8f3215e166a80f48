import { describe, expect, it } from 'vitest';
import { type Citation, cites, inlineCitations, sourceList } from './citations';
import { guideFolder, readGuideFolder } from './guide-content';
import { QUICK_SLUG, splitSources } from './guide-page';
import { proseOf } from './readability';
import { spanishReadingEase } from './readability-es';

/**
 * The lowest Fernández-Huerta score a Spanish guide page may have. 60–70 is "normal", about
 * US grades 7 to 9, so this matches the English pages' grade-9 limit; we aim for 70 or more.
 */
const MIN_EASE = 60;

const english = readGuideFolder(guideFolder(process.cwd(), 'en'));
const spanish = readGuideFolder(guideFolder(process.cwd(), 'es'));

const citationKey = (citation: Citation) => `${citation.names.join(' & ')}, ${citation.year}`;

/** The paragraphs and list items of a page's prose, as written (links and all). */
function blocksOf(prose: string): string[] {
  return prose.split(/\n\s*\n|\n(?=\s*(?:[-*+]|\d+[.)])\s)/).filter((block) => block.trim());
}

describe('the Spanish guide', () => {
  it('has the same pages as the English guide, with the same slugs in the same order', () => {
    expect(spanish.map(({ meta }) => [meta.slug, meta.order])).toEqual(
      english.map(({ meta }) => [meta.slug, meta.order]),
    );
  });

  it('gives every page a Spanish title and summary of its own', () => {
    for (const [index, { meta }] of spanish.entries()) {
      expect(meta.title).not.toBe(english[index]?.meta.title);
      expect(meta.summary).not.toBe(english[index]?.meta.summary);
    }
  });

  for (const [index, { meta, body }] of spanish.entries()) {
    describe(meta.slug, () => {
      const { prose, sources } = splitSources(body);
      const original = splitSources(english[index]?.body ?? '');

      it(`scores ${MIN_EASE} or more on the Fernández-Huerta reading ease`, () => {
        expect(spanishReadingEase(body)).toBeGreaterThanOrEqual(MIN_EASE);
      });

      if (meta.slug === QUICK_SLUG) {
        it('carries no citations and no notes, like the English page', () => {
          expect(sources).toBe('');
          expect(inlineCitations(prose)).toEqual([]);
        });
      } else {
        it('ends with a list of sources headed “Fuentes”, and cites at least one of them', () => {
          expect(sources).toMatch(/^## Fuentes\n/);
          expect(sourceList(sources).length).toBeGreaterThan(0);
          expect(inlineCitations(prose).length).toBeGreaterThan(0);
        });
      }

      it('links to Spanish guide pages only, the same ones the English page links to', () => {
        const links = (text: string, prefix: string) =>
          [...text.matchAll(new RegExp(`\\]\\(${prefix}/learn/([a-z-]+)\\)`, 'g'))].map(
            (m) => m[1],
          );
        expect(links(prose, '/es')).toEqual(links(original.prose, ''));
        expect(prose).not.toMatch(/\]\(\/learn\//);
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

      it('keeps the English page’s list of sources word for word', () => {
        expect(sourceList(sources).map((source) => source.line)).toEqual(
          sourceList(original.sources).map((source) => source.line),
        );
      });

      it('makes every citation the English page makes, and no other', () => {
        const keys = (text: string) => inlineCitations(text).map(citationKey).sort();
        expect(keys(prose)).toEqual(keys(original.prose));
      });

      it('gives the number of states with a criminal law only as “más de 20”', () => {
        const counts = [...proseOf(body).matchAll(/(más de )?(\d+) estados/g)];
        for (const count of counts) expect(count[0]).toBe('más de 20 estados');
      });

      it('never puts a figure on how many offenders harm more than one client', () => {
        const sentences = proseOf(body).split(/(?<=[.!?])\s+/);
        const figured = sentences.filter(
          (s) => /más de un[ao]? /.test(s) && /\d|por ciento|%/.test(s),
        );
        expect(figured).toEqual([]);
      });

      it('tells a caller to press 2 for Spanish wherever it gives 988', () => {
        const with988 = blocksOf(prose).filter((block) => block.includes('(tel:988)'));
        for (const block of with988) expect(block).toContain('marca 2 para hablar en español');
      });

      it('speaks to the reader as “tú”, never as “usted”', () => {
        expect(proseOf(body)).not.toMatch(/\bustedes?\b/i);
      });
    });
  }
});
