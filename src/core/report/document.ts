/**
 * A document as plain blocks, so the PDF, the printable page and the plain
 * text are three renderings of one thing and cannot drift apart. Text is kept
 * exactly as written: no trimming, no normalisation, every character intact
 * (only line ends are written as LF in the plain text).
 */
export type Block =
  | {
      readonly kind: 'heading';
      readonly level: 1 | 2 | 3;
      readonly text: string;
      /** On paper, starts a new page: what comes before it is a page of its own. */
      readonly newPage?: boolean;
    }
  /** One paragraph; line breaks inside it are the person's own and are kept. */
  | { readonly kind: 'paragraph'; readonly text: string }
  /** Label–value pairs, such as "License number: 12345". */
  | { readonly kind: 'fields'; readonly rows: readonly Field[] }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  /** Codes that must be read character by character (hashes): set in a fixed-width font. */
  | { readonly kind: 'code'; readonly lines: readonly string[] }
  /** A small chart: drawn in the PDF, said in words everywhere (its description). */
  | { readonly kind: 'chart'; readonly chart: Chart };

/** One value per session, oldest first, against a scale with a line it is judged by. */
export interface Chart {
  readonly title: string;
  /** Every value in words: the plain text and the printable page give this. */
  readonly description: string;
  /** Bars from zero (minutes over), or points joined by a line (start times). */
  readonly style: 'bars' | 'line';
  readonly values: readonly number[];
  readonly domain: readonly [number, number];
  readonly ticks: readonly { readonly value: number; readonly label: string }[];
  /** The line a drift rule draws, such as 10 minutes over or 5 PM. */
  readonly rule: { readonly value: number; readonly label: string };
  /** The dates of the first and last value, under the axis. */
  readonly first: string;
  readonly last: string;
}

export interface Field {
  readonly label: string;
  readonly value: string;
}

export interface Doc {
  readonly title: string;
  readonly blocks: readonly Block[];
}

/**
 * The document as plain text, for pasting into a board's web form or saving
 * as a .txt file. Every line ends in LF, whatever line ends the person's
 * text came with, so the same document gives the same bytes on every system
 * and the evidence report's integrity codes can be checked from the file.
 */
export function docToText(doc: Doc): string {
  return `${textParts(doc).join('\n\n')}\n`;
}

/**
 * Where each block sits in docToText(doc): its first and last line, counted
 * from 1. Blocks are separated by one blank line; the underlined title takes
 * lines 1 and 2.
 */
export function blockLines(doc: Doc): LineSpan[] {
  const parts = textParts(doc);
  const spans: LineSpan[] = [];
  let next = 1;
  parts.forEach((part, i) => {
    const to = next + part.split('\n').length - 1;
    if (i > 0) spans.push({ from: next, to });
    next = to + 2;
  });
  return spans;
}

/** Lines `from` to `to` of a text, both included, counted from 1. */
export interface LineSpan {
  readonly from: number;
  readonly to: number;
}

/** The underlined title, then one part per block; the text puts a blank line between parts. */
function textParts(doc: Doc): string[] {
  return [underline(doc.title, '='), ...doc.blocks.map(blockText)].map(withLf);
}

function blockText(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return block.level === 3 ? block.text : underline(block.text, block.level === 1 ? '=' : '-');
    case 'paragraph':
      return block.text;
    case 'fields':
      return block.rows.map((row) => `${row.label}: ${row.value}`).join('\n');
    case 'list':
      return block.items.map((item) => `- ${item}`).join('\n');
    case 'code':
      return block.lines.join('\n');
    case 'chart':
      return `${block.chart.title}\n${block.chart.description}`;
  }
}

/** CR LF and a lone CR become LF: a browser's text box does the same to pasted text. */
export function withLf(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function underline(text: string, mark: string): string {
  return `${text}\n${mark.repeat(Math.max(3, Array.from(text).length))}`;
}

/**
 * The length a web form counts. A form's maxlength counts UTF-16 code units,
 * so an emoji counts as 2 there; counting the same way means a form never
 * finds the text longer than we said.
 */
export function characterCount(text: string): number {
  return text.length;
}
