import type { jsPDF } from 'jspdf';
import type { Block, Chart, Doc } from '../../../../core/report/document';
import { isRightToLeft, pdfText } from './pdf-text';

/*
 * Lays a document out as a PDF, on US Letter unless A4 is asked for. This module, jsPDF and
 * the font are loaded only when the person presses "Download PDF": none of it is part of
 * any page's first load. The font comes from our own origin (a chunk of the app), never
 * from elsewhere.
 */

/** Paper sizes in points. US boards expect Letter; A4 is what most of the world prints on. */
export const PAPER = {
  letter: { width: 612, height: 792 },
  a4: { width: 595.28, height: 841.89 },
} as const;
export type Paper = keyof typeof PAPER;

const MARGIN = { x: 56, top: 56, bottom: 64 };
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
  /** Letter when not given. */
  readonly paper?: Paper;
}

/** The document as a PDF file. */
export async function makePdf(doc: Doc, options: PdfOptions): Promise<Blob> {
  const [{ jsPDF: JsPdf }, { fontDataUrl }] = await Promise.all([
    import('jspdf'),
    import('./font'),
  ]);
  const paper = PAPER[options.paper ?? 'letter'];
  const pdf = new JsPdf({
    unit: 'pt',
    format: [paper.width, paper.height],
    orientation: 'portrait',
    compress: true,
  });
  pdf.addFileToVFS(`${FONT}.ttf`, fontDataUrl.slice(fontDataUrl.indexOf(',') + 1));
  pdf.addFont(`${FONT}.ttf`, FONT, 'normal');
  pdf.setFont(FONT, 'normal');
  pdf.setProperties({ title: doc.title });
  new Layout(pdf, paper).render(doc, options);
  return pdf.output('blob');
}

class Layout {
  private y = MARGIN.top;
  private substituted = false;
  private readonly covers: (codePoint: number) => boolean;

  private readonly width: number;

  constructor(
    private readonly pdf: jsPDF,
    private readonly page: { readonly width: number; readonly height: number },
  ) {
    this.width = page.width - 2 * MARGIN.x;
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
        if (block.newPage && this.y > MARGIN.top) this.newPage();
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
      case 'chart':
        return this.chart(block.chart);
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
      const lines: string[] = source === '' ? [''] : pdf.splitTextToSize(source, this.width);
      for (const line of lines) {
        this.room(lineHeight);
        const baseline = this.y + size;
        if (line !== '') {
          if (rtl) {
            pdf.text(line, MARGIN.x + this.width, baseline, {
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

  /**
   * A chart drawn with lines and rectangles: a value per session, oldest on the left, the
   * scale's ticks as light rules, and the drift rule's line dashed. Its words (the title, the
   * tick labels, the first and last dates) are text, so they can be searched and read aloud.
   */
  private chart(chart: Chart) {
    const { pdf } = this;
    const plot = { height: 96, labels: 50, below: 14 };
    this.room(SIZES[3] * LEADING + 6 + plot.height + plot.below + BODY);
    this.paragraph(chart.title, SIZES[3]);
    this.gap(6);
    const left = MARGIN.x + plot.labels;
    const width = this.width - plot.labels;
    const top = this.y;
    const bottom = top + plot.height;
    const [low, high] = chart.domain;
    const yOf = (v: number) =>
      bottom - ((Math.min(high, Math.max(low, v)) - low) / (high - low || 1)) * plot.height;
    const small = (text: string, x: number, y: number, align: 'left' | 'right') => {
      pdf.setFontSize(7.5);
      pdf.setTextColor(MUTED);
      pdf.text(pdfText(text, this.covers).text, x, y, { ...BIDI, isInputRtl: false, align });
    };

    pdf.setLineWidth(0.5);
    pdf.setDrawColor(205);
    for (const tick of chart.ticks) {
      const y = yOf(tick.value);
      pdf.line(left, y, left + width, y);
      small(tick.label, left - 6, y + 2.5, 'right');
    }
    pdf.setDrawColor(179, 38, 30);
    pdf.setLineWidth(1);
    pdf.setLineDashPattern([4, 3], 0);
    pdf.line(left, yOf(chart.rule.value), left + width, yOf(chart.rule.value));
    pdf.setLineDashPattern([], 0);

    const slot = width / Math.max(1, chart.values.length);
    const centre = (i: number) => left + (i + 0.5) * slot;
    pdf.setFillColor(43, 99, 71);
    pdf.setDrawColor(43, 99, 71);
    if (chart.style === 'bars') {
      const zero = yOf(0);
      const bar = Math.max(1.5, Math.min(28, slot * 0.6));
      chart.values.forEach((v, i) => {
        const y = yOf(v);
        // A session that ended on time still gets a hairline, so every session is seen.
        pdf.rect(
          centre(i) - bar / 2,
          Math.min(y, zero),
          bar,
          Math.max(0.75, Math.abs(zero - y)),
          'F',
        );
      });
    } else {
      pdf.setLineWidth(1.25);
      chart.values.forEach((v, i) => {
        const prev = chart.values[i - 1];
        if (prev !== undefined) pdf.line(centre(i - 1), yOf(prev), centre(i), yOf(v));
      });
      chart.values.forEach((v, i) => {
        pdf.circle(centre(i), yOf(v), Math.min(2.5, slot / 3), 'F');
      });
    }
    pdf.setLineWidth(0.75);
    pdf.setDrawColor(120);
    pdf.line(left, bottom, left + width, bottom);

    small(chart.first, left, bottom + 10, 'left');
    if (chart.values.length > 1) small(chart.last, left + width, bottom + 10, 'right');
    pdf.setTextColor(0);
    this.y = bottom + plot.below;
    this.gap(BODY);
  }

  private gap(height: number) {
    this.y += height;
  }

  /** Starts a new page when the next `height` points would not fit. */
  private room(height: number) {
    if (this.y + height > this.page.height - MARGIN.bottom) this.newPage();
  }

  private newPage() {
    this.pdf.addPage([this.page.width, this.page.height], 'portrait');
    this.y = MARGIN.top;
  }

  private footers(options: PdfOptions) {
    const { pdf } = this;
    const pages = pdf.getNumberOfPages();
    for (let page = 1; page <= pages; page++) {
      pdf.setPage(page);
      pdf.setFont(FONT, 'normal');
      pdf.setFontSize(8);
      pdf.setTextColor(MUTED);
      const y = this.page.height - MARGIN.bottom / 2;
      const footer = pdfText(options.footer, this.covers).text;
      pdf.text(footer, MARGIN.x, y, { ...BIDI, isInputRtl: false });
      pdf.text(options.pageLabel(page, pages), MARGIN.x + this.width, y, {
        ...BIDI,
        isInputRtl: false,
        align: 'right',
      });
    }
  }
}
