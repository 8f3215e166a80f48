/*
 * Checks a pasted plain-text evidence report against the codes printed in it:
 * works each code out again from the lines it names and says which match.
 * It cannot tell who made the report or whether the printed codes were
 * themselves replaced; only a final code someone noted earlier can show that
 * (see `sameCode`).
 */

import { langs } from '../i18n/lang';
import type { LineSpan } from './document';
import { codeOfLines, linesOf } from './integrity';
import { type DocumentWording, loadDocumentWording } from './wording';

export type ItemCheck = {
  /** The item's number, as printed. */
  readonly n: number;
  /** The lines the report lists for it. */
  readonly listed: LineSpan;
  readonly code: string;
} & (
  | { readonly status: 'same' }
  /** Its text is unchanged, but lines were added or removed before it, or items were reordered. */
  | { readonly status: 'moved'; readonly foundAt: LineSpan }
  | { readonly status: 'changed' }
);

export interface FinalCheck {
  readonly listed: LineSpan;
  /** The final code as printed. */
  readonly code: string;
  /**
   * The final code worked out from the pasted text: line 1 to the line
   * before the blank line above the codes, whatever lines the report lists.
   * A final code someone kept is compared with this one.
   */
  readonly workedOut: string;
  /** True when the printed code is the one worked out and its lines are the right ones. */
  readonly same: boolean;
}

export type ReportCheck =
  /** No list of integrity codes was found: not a report, or one made before codes of the text. */
  | { readonly kind: 'no-codes' }
  | {
      readonly kind: 'checked';
      readonly items: readonly ItemCheck[];
      readonly final: FinalCheck | null;
    };

type ReportWords = DocumentWording['report'];

/**
 * A line of the codes list: a label ("Item 3", "Final code"), the line range
 * ("lines 9-25") and the code. The same pattern reads every language.
 */
const codeLine = /^(.*?)\s+\S+\s+(\d+)-(\d+)\s+([0-9a-f]{64})\s*$/u;

export async function checkReport(pasted: string): Promise<ReportCheck> {
  // A report may be in any of the documents' languages: its headings are looked for in each.
  const wordings = (await Promise.all(langs.map((lang) => loadDocumentWording(lang)))).map(
    (w) => w.report,
  );
  const all = linesOf(pasted.replace(/^\uFEFF/, ''));
  const lines = all.slice(firstLine(all, wordings));
  const codesAt = lastIndexWhere(lines, (line, i) =>
    wordings.some((r) => line === r.codesHeading && /^-{3,}$/.test(lines[i + 1] ?? '')),
  );
  if (codesAt < 0) return { kind: 'no-codes' };
  const items: ItemCheck[] = [];
  let final: FinalCheck | null = null;
  for (const line of lines.slice(codesAt + 2)) {
    const match = codeLine.exec(line);
    if (!match) continue;
    const [, label = '', from, to, code = ''] = match;
    const listed = { from: Number(from), to: Number(to) };
    const n = /(\d+)$/.exec(label.trim())?.[1];
    if (n === undefined) {
      const whole = { from: 1, to: codesAt - 1 };
      const workedOut = (await codeOfLines(lines, whole)) ?? '';
      const same = workedOut === code && listed.from === whole.from && listed.to === whole.to;
      final = { listed, code, workedOut, same };
    } else {
      items.push(await checkItem(lines, Number(n), listed, code));
    }
  }
  if (items.length === 0 && final === null) return { kind: 'no-codes' };
  return { kind: 'checked', items, final };
}

/**
 * Looks for the item where the report says it is, then at every other line
 * that starts with its number, as its heading does ("3. Session: …").
 */
async function checkItem(
  lines: readonly string[],
  n: number,
  listed: LineSpan,
  code: string,
): Promise<ItemCheck> {
  if ((await codeOfLines(lines, listed)) === code) return { n, listed, code, status: 'same' };
  const length = listed.to - listed.from;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]?.startsWith(`${n}. `) || i + 1 === listed.from) continue;
    const foundAt = { from: i + 1, to: i + 1 + length };
    if ((await codeOfLines(lines, foundAt)) === code) {
      return { n, listed, code, status: 'moved', foundAt };
    }
  }
  return { n, listed, code, status: 'changed' };
}

/**
 * Where line 1 is: the report's title (underlined with '='), or else the
 * first line with text, so blank lines or a greeting pasted above it do not
 * shift every line number.
 */
function firstLine(lines: readonly string[], wordings: readonly ReportWords[]): number {
  const title = lines.findIndex(
    (line, i) => wordings.some((r) => line === r.title) && /^=+$/.test(lines[i + 1] ?? ''),
  );
  if (title >= 0) return title;
  const text = lines.findIndex((line) => line.trim() !== '');
  return Math.max(text, 0);
}

function lastIndexWhere(
  lines: readonly string[],
  test: (line: string, i: number) => boolean,
): number {
  for (let i = lines.length - 1; i >= 0; i--) if (test(lines[i] as string, i)) return i;
  return -1;
}

/** Whether a final code someone kept is this one; spaces and letter case do not count. */
export function sameCode(kept: string, code: string): boolean {
  return kept.replace(/\s+/g, '').toLowerCase() === code;
}
