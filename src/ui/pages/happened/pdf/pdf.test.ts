import { describe, expect, it } from 'vitest';
import { pdfTextLines } from '../../../../../e2e/pdf-text';
import type { Doc } from '../../../../core/report/document';
import { makePdf } from './pdf';
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
