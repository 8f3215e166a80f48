import { inflateSync } from 'node:zlib';

/**
 * The text of a PDF made by our exporter, one string per drawn line, for
 * tests. jsPDF writes text in an embedded font as glyph numbers; the font's
 * ToUnicode map turns them back into characters, as any PDF reader does.
 * Only what our PDFs use is handled: Flate streams, `<hex> Tj` and `(text) Tj`.
 */
export function pdfTextLines(bytes: Uint8Array): string[] {
  const streams = allStreams(bytes);
  return textOf(streams, streams);
}

/** One page of a PDF: its size in points, its drawing operators, and its text lines. */
export interface PdfPage {
  readonly width: number;
  readonly height: number;
  /** The page's content stream, inflated: the operators that draw it. */
  readonly content: string;
  readonly lines: string[];
}

/** The pages of a PDF made by our exporter, in order. */
export function pdfPages(bytes: Uint8Array): PdfPage[] {
  const raw = Buffer.from(bytes).toString('latin1');
  const objects = new Map<string, { dict: string; start: number }>();
  const pattern = /(\d+) 0 obj\s*<<([\s\S]*?)>>\s*(stream\r?\n)?/g;
  for (let match = pattern.exec(raw); match; match = pattern.exec(raw)) {
    objects.set(match[1] ?? '', {
      dict: match[2] ?? '',
      start: match[3] ? match.index + match[0].length : -1,
    });
  }
  const streams = allStreams(bytes);
  const pages: PdfPage[] = [];
  for (const { dict } of objects.values()) {
    if (!/\/Type\s*\/Page\b(?!s)/.test(dict)) continue;
    const box = /\/MediaBox\s*\[([^\]]*)\]/.exec(dict)?.[1]?.trim().split(/\s+/).map(Number) ?? [];
    const ref = /\/Contents\s+(\d+) 0 R/.exec(dict)?.[1] ?? '';
    const content = objects.get(ref);
    if (!content || content.start < 0) continue;
    const text = streamAt(bytes, content.dict, content.start);
    pages.push({
      width: (box[2] ?? 0) - (box[0] ?? 0),
      height: (box[3] ?? 0) - (box[1] ?? 0),
      content: text,
      lines: textOf([text], streams),
    });
  }
  return pages;
}

function streamAt(bytes: Uint8Array, dict: string, start: number): string {
  const buffer = Buffer.from(bytes);
  const end = buffer.indexOf('endstream', start, 'latin1');
  const data = buffer.subarray(start, end);
  return (/\/Filter\s*\/FlateDecode/.test(dict) ? inflateSync(data) : data).toString('latin1');
}

function allStreams(bytes: Uint8Array): string[] {
  const buffer = Buffer.from(bytes);
  const streams: string[] = [];
  const raw = buffer.toString('latin1');
  const pattern = /<<([\s\S]*?)>>\s*stream\r?\n/g;
  for (let match = pattern.exec(raw); match; match = pattern.exec(raw)) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    const data = buffer.subarray(start, end);
    const flate = /\/Filter\s*\/FlateDecode/.test(match[1] ?? '');
    try {
      streams.push((flate ? inflateSync(data) : data).toString('latin1'));
    } catch {
      // Font files and images are not text; skip what does not inflate.
    }
  }
  return streams;
}

/** The lines drawn in `shownIn`, read with the glyph maps found in `mapsIn`. */
function textOf(shownIn: readonly string[], mapsIn: readonly string[]): string[] {
  const glyphs = new Map<string, string>();
  for (const stream of mapsIn) {
    for (const block of stream.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const pair of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
        glyphs.set((pair[1] ?? '').toLowerCase(), utf16(pair[2] ?? ''));
      }
    }
  }
  const lines: string[] = [];
  for (const stream of shownIn) {
    for (const shown of stream.matchAll(/<([0-9a-fA-F]*)>\s*Tj|\(((?:\\.|[^\\)])*)\)\s*Tj/g)) {
      if (shown[1] !== undefined) {
        let text = '';
        for (let i = 0; i < shown[1].length; i += 4) {
          text += glyphs.get(shown[1].slice(i, i + 4).toLowerCase()) ?? '\uFFFD';
        }
        lines.push(text);
      } else {
        lines.push((shown[2] ?? '').replace(/\\(.)/g, '$1'));
      }
    }
  }
  return lines;
}

function utf16(hex: string): string {
  const units: number[] = [];
  for (let i = 0; i < hex.length; i += 4) units.push(Number.parseInt(hex.slice(i, i + 4), 16));
  return String.fromCharCode(...units);
}
