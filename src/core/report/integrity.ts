/*
 * The integrity codes of an evidence report, worked out from its plain text so
 * that anyone can check them with ordinary tools, without Terrarium.
 *
 * A code is the SHA-256 of a run of whole lines of the .txt file: lines
 * `from` to `to` (counted from 1), joined by LF, with no LF after the last
 * one, encoded as UTF-8, written as 64 lowercase hex digits. That is what
 *
 *   sed -n 'FROM,TOp' report.txt | perl -pe 'chomp if eof' | shasum -a 256
 *
 * prints. Each item's code covers its lines, from its numbered heading to its
 * last line; the final code covers line 1 to the end of the last item, so the
 * heading of the report, every item, their order and their number.
 *
 * These codes are not a signature: whoever changes the text can compute new
 * codes. They show that a text is the same as the one whose codes someone
 * noted earlier. The report says so in its own words (see wording-*.ts).
 */
import { type LineSpan, withLf } from './document';

export const CODE_ALGORITHM = 'SHA-256';

/** A run of lines of a report and the code worked out from it. */
export interface LineCode {
  readonly span: LineSpan;
  readonly code: string;
}

/** The lines of a text, the first at index 0; line ends are read as LF whatever they were. */
export function linesOf(text: string): string[] {
  return withLf(text).split('\n');
}

/** The exact text a code covers: the span's lines joined by LF, no LF after the last. */
export function spanText(lines: readonly string[], { from, to }: LineSpan): string {
  return lines.slice(from - 1, to).join('\n');
}

/** The code of lines `from` to `to`, or null when the text has fewer lines. */
export async function codeOfLines(
  lines: readonly string[],
  span: LineSpan,
): Promise<string | null> {
  if (span.from < 1 || span.to < span.from || span.to > lines.length) return null;
  return sha256Hex(spanText(lines, span));
}

/** The command printed in the report that checks one code on a computer. */
export function checkCommand({ from, to }: LineSpan): string {
  return `sed -n '${from},${to}p' report.txt | perl -pe 'chomp if eof' | shasum -a 256`;
}

const encoder = new TextEncoder();

async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(
    await crypto.subtle.digest(CODE_ALGORITHM, encoder.encode(text) as BufferSource),
  );
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
