import type { jsPDF } from 'jspdf';
import type { Block, Doc } from '../../../../core/report/document';
import { isRightToLeft, pdfText } from './pdf-text';

/*
 * Lays a document out as an A4 PDF. This module, jsPDF and the font are
 * loaded only when the person presses "Download PDF": none of it is part of
 * any page's first load. The font comes from our own origin (a chunk of the
 * app), never from elsewhere.
 */

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { x: 56, top: 56, bottom: 64 };
const WIDTH = PAGE.width - 2 * MARGIN.x;
const FONT = 'DejaVuSans';
const BODY = 10.5;
const LEADING = 1.4;
const SIZES = { 1: 18, 2: 14, 3: 11.5 } as const;
const MUTED = 90;

// Options for jsPDF's bidi step: the text is in logical order; draw it in visual order.
const BIDI = { isInputVisual: false, isOutputVisual: true, isOutputRtl: false } as const;

export interface PdfOptions {
  /** Shown in the footer of every page. */
  readonly footer: string;
  /** Said at the end when some characters had to be written as names. */
  readonly substitutionNote: string;
  readonly pageLabel: (page: number, pages: number) => string;
}

/** The document as a PDF file. */
export async function makePdf(doc: Doc, options: PdfOptions): Promise<Blob> {
  const [{ jsPDF: JsPdf }, { fontDataUrl }] = await Promise.all([
    import('jspdf'),
    import('./font'),
  ]);
  const pdf = new JsPdf({ unit: 'pt', format: 'a4', compress: true });
  pdf.addFileToVFS(`${FONT}.ttf`, fontDataUrl.slice(fontDataUrl.indexOf(',') + 1));
  pdf.addFont(`${FONT}.ttf`, FONT, 'normal');
  pdf.setFont(FONT, 'normal');
  pdf.setProperties({ title: doc.title });
  new Layout(pdf).render(doc, options);
  return pdf.output('blob');
}

class Layout {
  private y = MARGIN.top;
  private substituted = false;
  private readonly covers: (codePoint: number) => boolean;

  constructor(private readonly pdf: jsPDF) {
    const codeMap = (
      pdf.getFont() as unknown as {
        metadata: { cmap: { unicode: { codeMap: Record<number, number> } } };
      }
    ).metadata.cmap.unicode.codeMap;
    this.covers = (cp) => codeMap[cp] !== undefined && codeMap[cp] !== 0;
  }

  render(doc: Doc, options: PdfOptions) {
    this.heading(1, doc.title);
    for (const block of doc.blocks) this.block(block);
    if (this.substituted) {
      this.gap(BODY);
      this.paragraph(options.substitutionNote, BODY - 1, MUTED);
    }
    this.footers(options);
  }

  private block(block: Block) {
    switch (block.kind) {
      case 'heading':
        return this.heading(block.level, block.text);
      case 'paragraph':
        this.paragraph(block.text, BODY);
        return this.gap(BODY * 0.6);
      case 'fields':
        for (const row of block.rows) this.paragraph(`${row.label}: ${row.value}`, BODY);
        return this.gap(BODY * 0.6);
      case 'list':
        for (const item of block.items) this.paragraph(`•  ${item}`, BODY);
        return this.gap(BODY * 0.6);
      case 'code':
        return this.code(block.lines);
    }
  }

  private heading(level: 1 | 2 | 3, text: string) {
    const size = SIZES[level];
    this.gap(level === 1 ? 0 : size * 0.8);
    // Keep a heading with at least two lines of what follows it.
    this.room(size * LEADING + 2 * BODY * LEADING);
    this.paragraph(text, size);
    this.gap(size * 0.3);
  }

  /** One paragraph, wrapped to the page width; each line break of the person's own is kept. */
  private paragraph(text: string, size: number, gray = 0) {
    const { pdf } = this;
    pdf.setFont(FONT, 'normal');
    pdf.setFontSize(size);
    pdf.setTextColor(gray);
    const prepared = pdfText(text, this.covers);
    if (prepared.substituted) this.substituted = true;
    const lineHeight = size * LEADING;
    for (const source of prepared.text.split('\n')) {
      const rtl = isRightToLeft(source);
      const lines: string[] = source === '' ? [''] : pdf.splitTextToSize(source, WIDTH);
      for (const line of lines) {
        this.room(lineHeight);
        const baseline = this.y + size;
        if (line !== '') {
          if (rtl) {
            pdf.text(line, MARGIN.x + WIDTH, baseline, {
              ...BIDI,
              isInputRtl: true,
              align: 'right',
            });
          } else {
            pdf.text(line, MARGIN.x, baseline, { ...BIDI, isInputRtl: false });
          }
        }
        this.y += lineHeight;
      }
    }
  }

  /** Hashes, in a fixed-width font so every character lines up and can be compared. */
  private code(lines: readonly string[]) {
    const { pdf } = this;
    const size = 7.5;
    pdf.setFont('courier', 'normal');
    pdf.setFontSize(size);
    pdf.setTextColor(0);
    for (const line of lines) {
      this.room(size * 1.35);
      pdf.text(line, MARGIN.x, this.y + size);
      this.y += size * 1.35;
    }
    pdf.setFont(FONT, 'normal');
    this.gap(BODY * 0.6);
  }

  private gap(height: number) {
    this.y += height;
  }

  /** Starts a new page when the next `height` points would not fit. */
  private room(height: number) {
    if (this.y + height > PAGE.height - MARGIN.bottom) {
      this.pdf.addPage();
      this.y = MARGIN.top;
    }
  }

  private footers(options: PdfOptions) {
    const { pdf } = this;
    const pages = pdf.getNumberOfPages();
    for (let page = 1; page <= pages; page++) {
      pdf.setPage(page);
      pdf.setFont(FONT, 'normal');
      pdf.setFontSize(8);
      pdf.setTextColor(MUTED);
      const y = PAGE.height - MARGIN.bottom / 2;
      const footer = pdfText(options.footer, this.covers).text;
      pdf.text(footer, MARGIN.x, y, { ...BIDI, isInputRtl: false });
      pdf.text(options.pageLabel(page, pages), MARGIN.x + WIDTH, y, {
        ...BIDI,
        isInputRtl: false,
        align: 'right',
      });
    }
  }
}
