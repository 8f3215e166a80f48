import { inflateSync } from 'node:zlib';

/**
 * The text of a PDF made by our exporter, one string per drawn line, for
 * tests. jsPDF writes text in an embedded font as glyph numbers; the font's
 * ToUnicode map turns them back into characters, as any PDF reader does.
 * Only what our PDFs use is handled: Flate streams, `<hex> Tj` and `(text) Tj`.
 */
export function pdfTextLines(bytes: Uint8Array): string[] {
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
  const glyphs = new Map<string, string>();
  for (const stream of streams) {
    for (const block of stream.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const pair of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
        glyphs.set((pair[1] ?? '').toLowerCase(), utf16(pair[2] ?? ''));
      }
    }
  }
  const lines: string[] = [];
  for (const stream of streams) {
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
