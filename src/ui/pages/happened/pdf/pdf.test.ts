import { describe, expect, it } from 'vitest';
import { pdfPages, pdfTextLines } from '../../../../../e2e/pdf-text';
import { weekly } from '../../../../core/notice/test-data';
import type { Doc } from '../../../../core/report/document';
import { collectEvidence, emptySelection } from '../../../../core/report/evidence';
import { buildEvidenceReport, reportDocument } from '../../../../core/report/report';
import { makePdf, type Paper } from './pdf';
import { isRightToLeft, pdfText } from './pdf-text';

const options = {
  footer: 'Complaint',
  substitutionNote: 'Some characters are written as names.',
  pageLabel: (page: number, pages: number) => `Page ${page} of ${pages}`,
};

async function linesOf(doc: Doc): Promise<string[]> {
  const blob = await makePdf(doc, options);
  const bytes = new Uint8Array(await blob.arrayBuffer());
  expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
  return pdfTextLines(bytes);
}

// The first PDF loads jsPDF and parses the font, which is slow on a busy machine.
describe('the PDF', { timeout: 30_000 }, () => {
  it('contains the names and dates typed, accents included', async () => {
    const lines = await linesOf({
      title: 'Complaint about Dr. Zoë Ångström',
      blocks: [{ kind: 'fields', rows: [{ label: 'Date', value: 'March 12, 2024' }] }],
    });
    expect(lines).toContain('Complaint about Dr. Zoë Ångström');
    expect(lines).toContain('Date: March 12, 2024');
    expect(lines).toContain('Page 1 of 1');
  });

  it('draws Hebrew right to left with the embedded font and names emoji it cannot draw', async () => {
    const lines = await linesOf({
      title: 'Report',
      blocks: [
        { kind: 'paragraph', text: 'שלום' },
        { kind: 'paragraph', text: 'She wrote 😀 to me' },
      ],
    });
    // Drawn right to left, so the glyphs come out in visual order.
    expect(lines).toContain([...'שלום'].reverse().join(''));
    expect(lines).toContain('She wrote [grinning face] to me');
    expect(lines).toContain('Some characters are written as names.');
  });

  it('breaks a long document into numbered pages', async () => {
    const lines = await linesOf({
      title: 'Long',
      blocks: Array.from(
        { length: 200 },
        (_, i) => ({ kind: 'paragraph', text: `Line ${i}` }) as const,
      ),
    });
    expect(lines.some((l) => /^Page 1 of [3-9]$/.test(l))).toBe(true);
    expect(lines).toContain('Line 199');
  });
});

/** A report of six weekly sessions creeping later and longer, with a fee waived twice. */
async function driftingReport(): Promise<Doc> {
  const log = weekly(
    { start: '14:00' as never },
    { start: '14:00' as never, fee: 'waived' },
    { start: '15:00' as never, actualMinutes: 65 as never },
    { start: '17:30' as never, actualMinutes: 70 as never, fee: 'waived' },
    { start: '18:00' as never, actualMinutes: 80 as never },
    { start: '18:30' as never, actualMinutes: 85 as never },
  );
  const items = collectEvidence([], log, {
    ...emptySelection,
    sessionIds: log.map((s) => s.id),
  });
  return reportDocument(buildEvidenceReport(items, new Date('2024-03-01T12:00:00Z'), 'UTC'));
}

async function pagesOf(doc: Doc, paper?: Paper) {
  const blob = await makePdf(doc, { ...options, paper });
  return pdfPages(new Uint8Array(await blob.arrayBuffer()));
}

describe('the PDF’s pages', { timeout: 30_000 }, () => {
  it('is on US Letter unless A4 is asked for', async () => {
    const doc: Doc = { title: 'Short', blocks: [{ kind: 'paragraph', text: 'One line' }] };
    const [letter] = await pagesOf(doc);
    expect([letter?.width, letter?.height]).toEqual([612, 792]);
    const [a4] = await pagesOf(doc, 'a4');
    expect(a4?.width).toBeCloseTo(595.28, 1);
    expect(a4?.height).toBeCloseTo(841.89, 1);
  });

  it('opens the evidence report with a page of summary and two charts, and the timeline after it', async () => {
    const pages = await pagesOf(await driftingReport());
    const [first, second] = pages;
    if (!first || !second) throw new Error('expected at least two pages');
    expect(pages.every((p) => p.width === 612 && p.height === 792)).toBe(true);
    expect(first.lines).toContain('Summary');
    expect(first.lines).toContain('Period: January 8, 2024 to February 12, 2024');
    expect(first.lines).toContain('Therapy sessions: 6');
    expect(first.lines.join(' ')).toContain('ran 10 minutes or more past the planned time');
    expect(first.lines).toContain('Minutes past the planned length, per session');
    expect(first.lines).toContain('Start time, per session');
    expect(first.lines).toContain('5:00 PM');
    // Six bars drawn as filled rectangles, and the start times joined by line segments.
    expect(first.content.match(/ re\s*\n?f/g)?.length ?? 0).toBeGreaterThanOrEqual(6);
    expect(first.content.match(/ m\s+[\d.]+ [\d.]+ l\s/g)?.length ?? 0).toBeGreaterThanOrEqual(5);
    // The dashed line the drift rule is judged by.
    expect(first.content).toMatch(/\[4\.?0* 3\.?0*\] 0\.?0* d/);
    expect(first.lines).not.toContain('Timeline');
    expect(second.lines[0]).toBe('Timeline');
  });
});

describe('text made ready for the PDF', () => {
  const covers = (cp: number) => cp < 0x2000 || cp === 0x263a;

  it('keeps what the font can draw, including black-and-white emoji', () => {
    expect(pdfText('Zoë ☺', covers)).toEqual({ text: 'Zoë ☺', substituted: false });
  });

  it('names color emoji, skin tones and joined sequences, and codes anything else', () => {
    expect(pdfText('hi 😀', covers).text).toBe('hi [grinning face]');
    expect(pdfText('👍🏽', covers).text).toBe('[thumbs up: medium skin tone]');
    expect(pdfText('👩‍💻', covers).text).toBe('[woman technologist]');
    expect(pdfText('中', covers)).toEqual({ text: '[U+4E2D]', substituted: true });
  });

  it('reads a paragraph’s direction from its first letter', () => {
    expect(isRightToLeft('  «שלום» hello')).toBe(true);
    expect(isRightToLeft('2024: مرحبا')).toBe(true);
    expect(isRightToLeft('Dr. שלום')).toBe(false);
  });
});
