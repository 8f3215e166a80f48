import { describe, expect, it } from 'vitest';
import { readingGrade } from '../../../core/guide/readability';
import { spanishReadingEase } from '../../../core/guide/readability-es';
import { DEFAULT_EXIT_DESTINATION } from '../../../core/safety/exit-destination';
import { exit as exitEn } from '../../i18n/en/exit';
import { pages as en } from '../../i18n/en/pages';
import { shell as shellEn } from '../../i18n/en/shell';
import { exit as exitEs } from '../../i18n/es/exit';
import { pages as es } from '../../i18n/es/pages';
import { shell as shellEs } from '../../i18n/es/shell';

/** The Staying safe page as Markdown: each heading and list item a sentence of its own. */
function markdownOf(safety: typeof en.safety): string {
  return [
    safety.lead,
    ...safety.sections.flatMap((section) => [
      `## ${section.heading}`,
      ...section.items.map((item) => `- ${item}`),
    ]),
  ].join('\n\n');
}

const destination = DEFAULT_EXIT_DESTINATION.replace(/^https:\/\/(www\.)?/, '');

describe('Staying safe', () => {
  for (const [lang, safety, shell, exit] of [
    ['en', en.safety, shellEn, exitEn],
    ['es', es.safety, shellEs, exitEs],
  ] as const) {
    it(`names the default exit destination truthfully (${lang})`, () => {
      expect(markdownOf(safety)).toContain(destination);
    });

    it(`the first-visit offer says what the exit does before anything is written (${lang})`, () => {
      expect(shell.firstVisit.body).toContain(exit.button);
      expect(shell.firstVisit.body).toMatch(/Shift/);
    });
  }

  it('reads at US grade 8 or below in English', () => {
    expect(readingGrade(markdownOf(en.safety))).toBeLessThanOrEqual(8);
  });

  it('reads as plain Spanish (Fernández-Huerta 60 or more)', () => {
    expect(spanishReadingEase(markdownOf(es.safety))).toBeGreaterThanOrEqual(60);
  });
});
