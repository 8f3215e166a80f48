import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { at, on, session } from '../notice/test-data';
import { checkReport, type ItemCheck, type ReportCheck } from './check-report';
import { docToText } from './document';
import type { EvidenceItem } from './evidence';
import { buildEvidenceReport, reportDocument } from './report';

const now = new Date('2026-11-29T12:00:00.000Z');

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Sessions on February 1, 2, …; their notes hold lines that start like item headings. */
function sessions(count: number, notes = '1. first\n2. second'): EvidenceItem[] {
  return Array.from({ length: count }, (_, i): EvidenceItem => {
    const date = on(`2024-02-${String(i + 1).padStart(2, '0')}`);
    return {
      kind: 'session',
      id: `s${i + 1}`,
      when: { date, time: at('18:30') },
      session: session({ date, start: at('18:30'), notes }),
    };
  });
}

async function reportLines(items = sessions(2)): Promise<string[]> {
  return docToText(await reportDocument(buildEvidenceReport(items, now, 'UTC'), 'en')).split('\n');
}

function checked(check: ReportCheck): Extract<ReportCheck, { kind: 'checked' }> {
  if (check.kind !== 'checked') throw new Error('no codes found');
  return check;
}

const check = async (lines: readonly string[]) => checked(await checkReport(lines.join('\n')));
const statuses = (items: readonly ItemCheck[]) => items.map((item) => item.status);
const numbers = (items: readonly ItemCheck[]) => items.map((item) => item.n);

/** Index of the one line that starts with `start`. */
function lineAt(lines: readonly string[], start: string): number {
  const found = lines.findIndex((line) => line.startsWith(start));
  if (found < 0 || lines.findIndex((line, i) => i > found && line.startsWith(start)) >= 0) {
    throw new Error(`not exactly one line starts with ${start}`);
  }
  return found;
}

const replaced = (lines: readonly string[], i: number, line: string) =>
  lines.map((old, j) => (j === i ? line : old));

describe('checking a report: where its lines are counted from', () => {
  it('does not take a line underlined with "=" above the report for its title', async () => {
    const lines = await reportLines();
    const after = await check(['Notes', '=====', '', ...lines]);
    expect(statuses(after.items)).toEqual(['same', 'same']);
    expect(after.final?.same).toBe(true);
  });

  it('takes the title only when its underline is all "=", and otherwise counts from the first line with text', async () => {
    const lines = await reportLines();
    for (const underline of ['===============x', 'x===============']) {
      const after = await check(['Dear board,', '', ...replaced(lines, 1, underline)]);
      // Counted from "Dear board,", every line is two further on than listed.
      expect(statuses(after.items)).toEqual(['moved', 'moved']);
      expect(after.items.map((item) => item.status === 'moved' && item.foundAt.from)).toEqual(
        after.items.map((item) => item.listed.from + 2),
      );
    }
  });

  it('does not count lines of spaces above an edited title as text', async () => {
    const lines = await reportLines();
    const after = await check(['  ', '\t', ...replaced(lines, 0, 'My report')]);
    expect(statuses(after.items)).toEqual(['same', 'same']);
    expect(after.final?.same).toBe(false);
  });

  it('reads a report saved with a byte-order mark just before its title', async () => {
    const lines = await reportLines();
    const after = checked(await checkReport(`\uFEFF${lines.join('\n')}`));
    expect(statuses(after.items)).toEqual(['same', 'same']);
    expect(after.final?.same).toBe(true);
  });

  it('keeps a byte-order mark that is part of an item’s text', async () => {
    const lines = await reportLines(sessions(1, 'a\uFEFFb'));
    expect(lines.join('\n').startsWith('\uFEFF')).toBe(false);
    const after = await check(lines);
    expect(statuses(after.items)).toEqual(['same']);
    expect(after.final?.same).toBe(true);
  });
});

describe('checking a report: which lines are read as codes', () => {
  it('reads the codes only under "Integrity codes" underlined with "-" alone', async () => {
    const lines = await reportLines();
    const heading = lines.indexOf('Integrity codes');
    for (const underline of ['x---------------', '---------------x']) {
      expect(await checkReport(replaced(lines, heading + 1, underline).join('\n'))).toEqual({
        kind: 'no-codes',
      });
    }
  });

  it('does not read a line above the codes that looks like a code line', async () => {
    const fake = `Item 9  lines 1-2  ${'a'.repeat(64)}`;
    const after = await check(await reportLines(sessions(2, fake)));
    expect(numbers(after.items)).toEqual([1, 2]);
    expect(statuses(after.items)).toEqual(['same', 'same']);
  });

  it('works no final code out when the codes are all there is', async () => {
    const code = sha256('Integrity codes');
    const after = await check(['Integrity codes', '---', `Final code  lines 1-1  ${code}`]);
    expect(after).toEqual({
      kind: 'checked',
      items: [],
      final: { listed: { from: 1, to: 1 }, code, workedOut: '', same: false },
    });
  });

  it('reads code lines whose parts are set apart by several spaces or tabs, with spaces after', async () => {
    const lines = await reportLines();
    const respaced = lines.map((line) =>
      /^(Item \d|Final code)/.test(line) ? `${line.replace(/ +/g, ' \t ')}  ` : line,
    );
    const after = await check(respaced);
    expect(statuses(after.items)).toEqual(['same', 'same']);
    expect(after.final?.same).toBe(true);
  });

  it('does not read a code line with more after its code, or cut by a line separator', async () => {
    const lines = await reportLines();
    const first = lineAt(lines, 'Item 1 ');
    const broken = [`${lines[first]} ok`, (lines[first] ?? '').replace('Item 1', 'Item\u20281')];
    for (const line of broken) {
      const after = await check(replaced(lines, first, line));
      expect(numbers(after.items)).toEqual([2]);
    }
  });

  it('does not read a code line that starts at its line range, its label taken out', async () => {
    const lines = await reportLines();
    const final = lineAt(lines, 'Final code');
    const unlabelled = (lines[final] ?? '').replace(/^Final code\s+/, '');
    expect(unlabelled).toMatch(/^lines 1-/);
    const after = await check(replaced(lines, final, unlabelled));
    expect(numbers(after.items)).toEqual([1, 2]);
    expect(after.final).toBeNull();
  });

  it('takes an item’s number from the end of its label, however many digits it has', async () => {
    const after = await check(await reportLines(sessions(12)));
    expect(numbers(after.items)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(statuses(after.items)).toEqual(after.items.map(() => 'same'));
  });

  it('reads a label that does not end in a number as the final code', async () => {
    const lines = await reportLines();
    const final = lineAt(lines, 'Final code');
    const relabelled = (lines[final] ?? '').replace('Final code', 'Final code, 2nd copy');
    const after = await check(replaced(lines, final, relabelled));
    expect(numbers(after.items)).toEqual([1, 2]);
    expect(after.final?.same).toBe(true);
  });
});

describe('checking a report: the final code', () => {
  it('is not the same when one digit of the printed code differs', async () => {
    const lines = await reportLines();
    const final = lineAt(lines, 'Final code');
    const line = lines[final] ?? '';
    const last = line.at(-1) === '0' ? '1' : '0';
    const after = await check(replaced(lines, final, line.slice(0, -1) + last));
    expect(after.final?.workedOut).toBe(line.slice(-64));
    expect(after.final?.same).toBe(false);
    expect(statuses(after.items)).toEqual(['same', 'same']);
  });

  it('is not the same when the lines it lists are not line 1 to the last item’s', async () => {
    const lines = await reportLines();
    const final = lineAt(lines, 'Final code');
    const line = lines[final] ?? '';
    const [, to = ''] = /lines 1-(\d+)/.exec(line) ?? [];
    const wrong = [
      { listed: `lines 2-${to}`, from: 2, to: Number(to) },
      { listed: `lines 1-${Number(to) - 1}`, from: 1, to: Number(to) - 1 },
    ];
    for (const { listed, from, to: last } of wrong) {
      const after = await check(replaced(lines, final, line.replace(/lines 1-\d+/, listed)));
      expect(after.final).toMatchObject({ listed: { from, to: last }, code: line.slice(-64) });
      expect(after.final?.workedOut).toBe(line.slice(-64));
      expect(after.final?.same).toBe(false);
    }
  });
});

describe('checking a report: items not where they are listed', () => {
  it('finds an item two lines below where it is listed', async () => {
    const lines = await reportLines();
    const first = lineAt(lines, '1. Session');
    const after = await check([...lines.slice(0, first), 'added', '', ...lines.slice(first)]);
    expect(after.items).toMatchObject([
      { n: 1, status: 'moved', foundAt: { from: first + 3 } },
      { n: 2, status: 'moved' },
    ]);
    const [one, two] = after.items as [ItemCheck, ItemCheck];
    expect(one.status === 'moved' && one.foundAt.to).toBe(one.listed.to + 2);
    expect(two.status === 'moved' && two.foundAt).toEqual({
      from: two.listed.from + 2,
      to: two.listed.to + 2,
    });
  });

  it('says an item changed, not moved, when other lines start with its number', async () => {
    const lines = await reportLines();
    // Item 1's notes end with "2. second", a line that starts like item 2's heading.
    const second = lineAt(lines, '2. Session');
    const fee = lines.findIndex((line, i) => i > second && line.startsWith('Fee:'));
    const after = await check(replaced(lines, fee, 'Fee: reduced fee'));
    expect(statuses(after.items)).toEqual(['same', 'changed']);
  });

  it('looks for an item only at lines that start with its number', async () => {
    const lines = await reportLines();
    const second = lineAt(lines, '2. Session');
    const listed = lineAt(lines, 'Item 2 ');
    const to = Number(/lines \d+-(\d+)/.exec(lines[listed] ?? '')?.[1]);
    // A code line for item 2 that leaves out its heading. Once moved down one line, those
    // lines start with a blank line, where no item is looked for.
    const withoutHeading = `Item 2  lines ${second + 2}-${to}  ${sha256(lines.slice(second + 1, to).join('\n'))}`;
    const edited = replaced(lines, listed, withoutHeading);
    const after = await check([...edited.slice(0, second), '', ...edited.slice(second)]);
    expect(statuses(after.items)).toEqual(['same', 'changed']);
  });
});
