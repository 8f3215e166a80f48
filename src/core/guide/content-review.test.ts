import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineCitations, sourceList } from './citations';
import { guideFolder, readGuideFolder } from './guide-content';
import { QUICK_SLUG, splitSources } from './guide-page';

/**
 * docs/content-review.md is the table that ties every fact the app states to its source.
 * These checks keep the guide and the table from drifting apart: a source added to a page, or
 * a page added to the guide, fails here until the table covers it.
 */
const review = readFileSync(join(process.cwd(), 'docs/content-review.md'), 'utf8');
const sourcesSection = review.slice(review.indexOf('## A.'), review.indexOf('## B.'));
const guideSection = review.slice(review.indexOf('## C.'), review.indexOf('## D.'));

describe('the content-review table', () => {
  for (const lang of ['en', 'es']) {
    for (const { meta, body } of readGuideFolder(guideFolder(process.cwd(), lang))) {
      const { prose, sources } = splitSources(body);

      it(`lists every source ${lang}/${meta.slug} cites, word for word`, () => {
        const missing = sourceList(sources)
          .map((source) => source.line.slice(2))
          .filter((line) => !sourcesSection.includes(`| ${line} |`));
        expect(missing).toEqual([]);
        if (meta.slug !== QUICK_SLUG) expect(inlineCitations(prose).length).toBeGreaterThan(0);
      });

      it(`reviews the facts of ${lang}/${meta.slug}`, () => {
        expect(guideSection).toContain(`### ${meta.slug}`);
      });
    }
  }

  it('gives each listed source a research section and a confidence mark, never L', () => {
    const rows = sourcesSection
      .split('\n')
      .filter((line) => /^\| [^-|]/.test(line))
      .slice(1);
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) {
      const [, section, confidence] = row.split(' | ');
      expect(section?.trim()).toMatch(/§/);
      expect(confidence?.trim()).toMatch(/^(?:H|M)/);
    }
  });
});
