import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../i18n/lang';
import { at, on, session } from '../notice/test-data';
import { overridingIds, signIds } from '../notice/warning-signs';
import { editEntry, markAsEvidence } from '../reflect/entry';
import { answerPrompt } from '../reflect/reflection';
import { anyAnswers, freeEntry } from '../reflect/test-data';
import { checkReport, type ItemCheck, type ReportCheck, sameCode } from './check-report';
import { docToText } from './document';
import type { EvidenceItem } from './evidence';
import { checkCommand, codeOfLines, linesOf } from './integrity';
import { buildEvidenceReport, reportDocument } from './report';

const now = new Date('2026-11-29T12:00:00.000Z');

/** Text as people write it, with the characters that could confuse a reader of the report. */
const anyText = fc.string({
  unit: fc.oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    fc.constantFrom('\n', '\r\n', '\r', '\n\n', '1. ', '2. ', 'Integrity codes', '---', '  '),
  ),
  maxLength: 12,
});

const anyItem = fc.oneof(
  fc
    .record({ body: anyText, answers: anyAnswers, later: fc.option(anyText) })
    .map(({ body, answers, later }): EvidenceItem => {
      const first = {
        ...markAsEvidence(freeEntry(body, '2024-01-10T12:00:00.000Z'), true),
        answers,
      };
      const entry = later === null ? first : editEntry(first, { body: later }, now);
      return { kind: 'entry', id: 'e', when: { date: on('2024-01-10'), time: at('12:00') }, entry };
    }),
  fc
    .record({
      day: fc.integer({ min: 1, max: 28 }),
      notes: anyText,
      signs: fc.subarray([...signIds, ...overridingIds]),
    })
    .map(({ day, notes, signs }): EvidenceItem => {
      const date = on(`2024-02-${String(day).padStart(2, '0')}`);
      return {
        kind: 'session',
        id: `s${day}`,
        when: { date, time: at('18:30') },
        session: session({ date, start: at('18:30'), notes, signs }),
      };
    }),
);
const anyItems = fc.array(anyItem, { minLength: 1, maxLength: 5 });
const anyLang = fc.constantFrom<Lang>('en', 'es');

async function reportText(items: readonly EvidenceItem[], lang: Lang = 'en'): Promise<string> {
  return docToText(await reportDocument(buildEvidenceReport(items, now, 'UTC'), lang));
}

function checked(check: ReportCheck): Extract<ReportCheck, { kind: 'checked' }> {
  if (check.kind !== 'checked') throw new Error('no codes found');
  return check;
}

const statuses = (items: readonly ItemCheck[]) => items.map((item) => item.status);

const nodeSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('the integrity codes of a report', () => {
  it('are SHA-256 of the listed lines, joined by LF, with no LF after the last, in UTF-8', async () => {
    await fc.assert(
      fc.asyncProperty(anyItems, anyLang, async (items, lang) => {
        const text = await reportText(items, lang);
        const lines = text.split('\n');
        const { items: codes, final } = checked(await checkReport(text));
        expect(codes).toHaveLength(items.length);
        for (const item of [...codes, ...(final ? [final] : [])]) {
          const { from, to } = item.listed;
          expect(item.code).toBe(nodeSha256(lines.slice(from - 1, to).join('\n')));
        }
        expect(final?.listed.from).toBe(1);
      }),
      { numRuns: 60 },
    );
  });

  it('read back from the plain text, every code checks out, in either language', async () => {
    await fc.assert(
      fc.asyncProperty(anyItems, anyLang, async (items, lang) => {
        const check = checked(await checkReport(await reportText(items, lang)));
        expect(statuses(check.items)).toEqual(items.map(() => 'same'));
        expect(check.items.map((item) => item.n)).toEqual(items.map((_, i) => i + 1));
        expect(check.final?.same).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('cover each item from its numbered heading to its last line', async () => {
    await fc.assert(
      fc.asyncProperty(anyItems, async (items) => {
        const text = await reportText(items);
        const lines = text.split('\n');
        const check = checked(await checkReport(text));
        check.items.forEach((item, i) => {
          expect(lines[item.listed.from - 1]).toMatch(new RegExp(`^${i + 1}\\. `));
          const next = check.items[i + 1];
          // One blank line, then the next item's heading or the codes' heading.
          expect(lines[item.listed.to]).toBe('');
          expect(next ? next.listed.from : lines.lastIndexOf('Integrity codes') + 1).toBe(
            item.listed.to + 2,
          );
        });
      }),
      { numRuns: 40 },
    );
  });

  it('change for an item when any one character of its text changes, and only for it', async () => {
    await fc.assert(
      fc.asyncProperty(
        anyItems,
        fc.nat(),
        fc.nat(),
        fc.constantFrom('x', 'é', '😀', ' ', '.'),
        async (items, pick, where, put) => {
          const text = await reportText(items);
          const lines = text.split('\n');
          const check = checked(await checkReport(text));
          const target = check.items[pick % check.items.length] as ItemCheck;
          // A position inside the item's lines, line ends included.
          const start = lines.slice(0, target.listed.from - 1).join('\n').length + 1;
          const end = lines.slice(0, target.listed.to).join('\n').length;
          const at = start + (where % (end - start));
          const changed = text.slice(0, at) + (text[at] === put ? 'y' : put) + text.slice(at + 1);
          const after = checked(await checkReport(changed));
          expect(after.items.find((item) => item.n === target.n)?.status).not.toBe('same');
          for (const item of after.items.filter((item) => item.n < target.n)) {
            expect(item.status).toBe('same');
          }
          expect(after.final?.same).toBe(false);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('change when what a list in an item holds changes: signs, choices, versions', async () => {
    const base = session({ date: on('2024-02-01'), signs: ['special'] });
    const asItem = (s: typeof base): EvidenceItem => ({
      kind: 'session',
      id: 's',
      when: { date: s.date, time: s.start },
      session: s,
    });
    const firstCode = async (item: EvidenceItem) =>
      checked(await checkReport(await reportText([item]))).items[0]?.code;
    const signs = await Promise.all(
      [['special'], ['touch'], ['special', 'touch'], []].map((list) =>
        firstCode(asItem({ ...base, signs: list as typeof base.signs })),
      ),
    );
    expect(new Set(signs).size).toBe(4);

    const entry = markAsEvidence(freeEntry('', '2024-01-10T12:00:00.000Z'), true);
    const withDraws = (choices: ('looks' | 'how-they-listen')[]): EvidenceItem => ({
      kind: 'entry',
      id: 'e',
      when: { date: on('2024-01-10'), time: at('12:00') },
      entry: { ...entry, answers: answerPrompt({}, 'draws', { choices, date: '', text: '' }) },
    });
    const choices = await Promise.all(
      [['looks'], ['how-they-listen'], ['looks', 'how-they-listen']].map((list) =>
        firstCode(withDraws(list as ('looks' | 'how-they-listen')[])),
      ),
    );
    expect(new Set(choices).size).toBe(3);

    const edited = editEntry(entry, { body: 'now' }, now);
    const withFirstVersion = (body: string): EvidenceItem => ({
      kind: 'entry',
      id: 'e',
      when: { date: on('2024-01-10'), time: at('12:00') },
      entry: { ...edited, revisions: edited.revisions.map((r) => ({ ...r, body })) },
    });
    expect(await firstCode(withFirstVersion('before'))).not.toBe(
      await firstCode(withFirstVersion('befor')),
    );
  });

  it('name exactly the two items that swapped places, and the final code', async () => {
    const items = [1, 2, 3, 4].map(
      (day): EvidenceItem => ({
        kind: 'session',
        id: `s${day}`,
        when: { date: on(`2024-02-0${day}`), time: at('18:30') },
        session: session({ date: on(`2024-02-0${day}`), notes: 'line\n'.repeat(day) }),
      }),
    );
    const text = await reportText(items);
    const lines = text.split('\n');
    const { items: listed } = checked(await checkReport(text));
    const [, second, third] = listed as [ItemCheck, ItemCheck, ItemCheck];
    const block = (item: ItemCheck) => lines.slice(item.listed.from - 1, item.listed.to);
    const swapped = [
      ...lines.slice(0, second.listed.from - 1),
      ...block(third),
      '',
      ...block(second),
      ...lines.slice(third.listed.to),
    ].join('\n');
    const after = checked(await checkReport(swapped));
    expect(statuses(after.items)).toEqual(['same', 'moved', 'moved', 'same']);
    expect(after.items[1]).toMatchObject({
      status: 'moved',
      foundAt: {
        from: third.listed.to - (second.listed.to - second.listed.from),
        to: third.listed.to,
      },
    });
    expect(after.items[2]).toMatchObject({
      status: 'moved',
      foundAt: {
        from: second.listed.from,
        to: second.listed.from + third.listed.to - third.listed.from,
      },
    });
    expect(after.final?.same).toBe(false);
  });
});

describe('checking a pasted report', () => {
  const items: EvidenceItem[] = [
    {
      kind: 'entry',
      id: 'e',
      when: { date: on('2024-01-10'), time: at('12:00') },
      entry: markAsEvidence(
        freeEntry('They hugged me.\r\nFor a long time.', '2024-01-10T12:00:00.000Z'),
        true,
      ),
    },
  ];

  it('reads a paste with Windows line ends, a byte-order mark and blank lines above it', async () => {
    const text = await reportText(items);
    const pasted = `\uFEFF\r\n\r\n${text.replaceAll('\n', '\r\n')}`;
    const check = checked(await checkReport(pasted));
    expect(statuses(check.items)).toEqual(['same']);
    expect(check.final?.same).toBe(true);
  });

  it('finds line 1 at the report’s title when other text was pasted above it', async () => {
    const check = checked(
      await checkReport(`Dear board,\nplease see below.\n\n${await reportText(items, 'es')}`),
    );
    expect(statuses(check.items)).toEqual(['same']);
    expect(check.final?.same).toBe(true);
  });

  it('counts from the first line with text when the title was edited, so items still check out', async () => {
    const text = await reportText(items);
    const [title = ''] = text.split('\n');
    const check = checked(await checkReport(`\n\n${text.replace(title, 'My report')}`));
    expect(statuses(check.items)).toEqual(['same']);
    expect(check.final?.same).toBe(false);
  });

  it('checks the items of a report whose final code line was taken out', async () => {
    const text = await reportText(items);
    const withoutFinal = text
      .split('\n')
      .filter((line) => !line.startsWith('Final code'))
      .join('\n');
    const check = checked(await checkReport(withoutFinal));
    expect(statuses(check.items)).toEqual(['same']);
    expect(check.final).toBeNull();
  });

  it('reads no codes when their heading is gone, even though code lines remain', async () => {
    const text = await reportText(items);
    expect(await checkReport(text.replace('Integrity codes\n', 'Codes\n'))).toEqual({
      kind: 'no-codes',
    });
  });

  it('says when a text has no codes to check', async () => {
    expect(await checkReport('')).toEqual({ kind: 'no-codes' });
    expect(await checkReport('Evidence report\n===\n\nIntegrity codes\n---\n\nnothing')).toEqual({
      kind: 'no-codes',
    });
  });

  it('works the final code out over everything above the codes, whatever lines it lists', async () => {
    const text = await reportText(items);
    const { final } = checked(await checkReport(text));
    if (!final) throw new Error('no final code');
    const added = `${text.slice(0, text.indexOf('\n\nIntegrity codes'))}\n\n2. Session: added later${text.slice(text.indexOf('\n\nIntegrity codes'))}`;
    const after = checked(await checkReport(added));
    expect(after.final).toMatchObject({ listed: final.listed, code: final.code, same: false });
    expect(after.final?.workedOut).not.toBe(final.code);
    expect(final.workedOut).toBe(final.code);
  });

  it('says an item changed when its lines are missing', async () => {
    const text = await reportText(items);
    const cut = text.split('\n');
    // Three lines from inside the item, just below its numbered heading.
    cut.splice(cut.findIndex((line) => line.startsWith('1. ')) + 1, 3);
    const check = checked(await checkReport(cut.join('\n')));
    expect(statuses(check.items)).toEqual(['changed']);
    expect(check.final?.same).toBe(false);
  });

  it('compares a final code someone kept, whatever its spaces and letter case', () => {
    const code = 'a'.repeat(32) + 'b'.repeat(32);
    expect(sameCode(` ${'A'.repeat(32)} ${'b'.repeat(32)}\n`, code)).toBe(true);
    expect(sameCode('a'.repeat(64), code)).toBe(false);
    expect(sameCode('', code)).toBe(false);
  });
});

describe('the code of a run of lines', () => {
  it('is what sha256sum prints for those lines of the .txt file, using the report’s own command', async () => {
    const text = await reportText([
      ...items(),
      {
        kind: 'session',
        id: 's',
        when: { date: on('2024-02-01'), time: at('18:30') },
        session: session({ date: on('2024-02-01'), notes: 'Zoë 😀 שלום\nsecond line ' }),
      },
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'terrarium-report-'));
    try {
      writeFileSync(join(dir, 'report.txt'), text, 'utf8');
      const check = checked(await checkReport(text));
      for (const item of [...check.items, ...(check.final ? [check.final] : [])]) {
        const { from, to } = item.listed;
        const withSed = execFileSync('sh', ['-c', checkCommand({ from, to })], {
          cwd: dir,
        }).toString();
        expect(withSed.split(/\s/)[0]).toBe(item.code);
        const exact = text
          .split('\n')
          .slice(from - 1, to)
          .join('\n');
        const withSha256sum = execFileSync('sha256sum', [], { input: Buffer.from(exact, 'utf8') });
        expect(withSha256sum.toString().split(/\s/)[0]).toBe(item.code);
      }
    } finally {
      rmSync(dir, { recursive: true });
    }
    // Starts a dozen processes, which takes a while on a busy machine.
  }, 60_000);

  it('is null when the text has fewer lines than the span names', async () => {
    expect(await codeOfLines(linesOf('a\nb'), { from: 2, to: 3 })).toBeNull();
    expect(await codeOfLines(linesOf('a\nb'), { from: 0, to: 1 })).toBeNull();
    expect(await codeOfLines(linesOf('a\nb'), { from: 2, to: 1 })).toBeNull();
    expect(await codeOfLines(linesOf('a\r\nb'), { from: 1, to: 2 })).toBe(nodeSha256('a\nb'));
  });

  it('codes a span of one line: an item may be a single line', async () => {
    expect(await codeOfLines(linesOf('a\nb'), { from: 2, to: 2 })).toBe(nodeSha256('b'));
  });
});

function items(): EvidenceItem[] {
  return [
    {
      kind: 'entry',
      id: 'e',
      when: { date: on('2024-01-10'), time: at('12:00') },
      entry: markAsEvidence(freeEntry('They hugged me.', '2024-01-10T12:00:00.000Z'), true),
    },
  ];
}
