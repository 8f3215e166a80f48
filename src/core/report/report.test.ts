import { describe, expect, it } from 'vitest';
import { at, on, session } from '../notice/test-data';
import { editEntry, markAsEvidence } from '../reflect/entry';
import { freeEntry } from '../reflect/test-data';
import { checkReport } from './check-report';
import { docToText } from './document';
import { collectEvidence, emptySelection } from './evidence';
import { buildEvidenceReport, reportDocument } from './report';

const now = new Date('2025-06-01T12:00:00.000Z');

function entries() {
  const first = markAsEvidence(freeEntry('They hugged me.', '2024-01-10T12:00:00.000Z'), true);
  const edited = editEntry(
    first,
    { body: 'They hugged me for a long time.' },
    new Date('2024-01-11T12:00:00Z'),
  );
  return [
    { id: 'e1', data: edited },
    {
      id: 'e2',
      data: markAsEvidence(freeEntry('Texts every night.', '2024-02-01T12:00:00.000Z'), true),
    },
    { id: 'e3', data: freeEntry('Not evidence.', '2024-02-02T12:00:00.000Z') },
  ];
}
const sessions = [
  { id: 's1', data: session({ date: on('2024-01-20'), start: at('18:30'), notes: 'Ran late.' }) },
];

describe('the evidence report', () => {
  it('lists the marked entries and chosen sessions in date order, with earlier versions', async () => {
    const items = collectEvidence(entries(), sessions, { ...emptySelection, sessionIds: ['s1'] });
    const text = docToText(await reportDocument(buildEvidenceReport(items, now, 'UTC')));
    const order = [
      '1. Journal entry: January 10, 2024',
      'They hugged me for a long time.',
      'Earlier version 1 of 1, written January 10, 2024',
      'They hugged me.',
      '2. Session: January 20, 2024, 6:30 PM',
      'Notes: Ran late.',
      '3. Journal entry: February 1, 2024',
    ].map((s) => text.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(text).not.toContain('Not evidence.');
    expect(text).toContain('This report lists 2 journal entries and 1 therapy session');
  });

  it('prints a code for each item and a final code, each of which checks out against the text', async () => {
    const items = collectEvidence(entries(), sessions, { ...emptySelection, sessionIds: ['s1'] });
    const text = docToText(await reportDocument(buildEvidenceReport(items, now, 'UTC')));
    const check = await checkReport(text);
    expect(check.kind === 'checked' && check.items.map((item) => [item.n, item.status])).toEqual([
      [1, 'same'],
      [2, 'same'],
      [3, 'same'],
    ]);
    expect(check.kind === 'checked' && check.final?.same).toBe(true);
    expect(text).toMatch(/^Item 1 {6}lines \d+-\d+ +[0-9a-f]{64}$/m);
    expect(text).toMatch(/^Final code {2}lines 1-\d+ +[0-9a-f]{64}$/m);
  });

  it('gives an entry edited after the report a different code, and the others the same', async () => {
    const codes = async (list: ReturnType<typeof entries>) => {
      const items = collectEvidence(list, [], emptySelection);
      const text = docToText(await reportDocument(buildEvidenceReport(items, now, 'UTC')));
      return text.match(/[0-9a-f]{64}/g);
    };
    const before = await codes(entries());
    const after = await codes(
      entries().map((e) =>
        e.id === 'e2' ? { ...e, data: editEntry(e.data, { body: 'Texts some nights.' }, now) } : e,
      ),
    );
    expect(after?.[0]).toBe(before?.[0]);
    expect(after?.[1]).not.toBe(before?.[1]);
    expect(after?.[2]).not.toBe(before?.[2]);
  });

  it('leaves out what the person chose to leave out, and the codes cover only what is printed', async () => {
    const selection = {
      sessionIds: ['s1'],
      leftOutEntryIds: ['e2'],
      leaveOut: { revisions: true, sessionNotes: true },
    };
    const items = collectEvidence(entries(), sessions, selection);
    const text = docToText(await reportDocument(buildEvidenceReport(items, now, 'UTC')));
    expect(text).not.toContain('Texts every night.');
    expect(text).not.toContain('They hugged me.\n');
    expect(text).not.toContain('Ran late.');
    expect(text).toContain('They hugged me for a long time.');
    expect(text.match(/^Item \d+ /gm)).toEqual(['Item 1 ', 'Item 2 ']);
  });

  it('is a useful empty report, not an error, when nothing is chosen', async () => {
    const report = buildEvidenceReport([], now, 'America/Chicago');
    const text = docToText(await reportDocument(report));
    expect(text).toContain('This report has no entries or sessions in it yet.');
    expect(text).toContain('mark journal entries as evidence');
    expect(text).toContain('time zone: America/Chicago');
    expect(text).not.toMatch(/^Item /m);
    expect(await checkReport(text)).toMatchObject({
      kind: 'checked',
      items: [],
      final: { same: true },
    });
  });

  it('carries accents, emoji and right-to-left text exactly into the plain text', async () => {
    const body = 'Zoë 😀 אני זוכרת — قال لي';
    const data = markAsEvidence(freeEntry(body, '2024-01-10T12:00:00.000Z'), true);
    const items = collectEvidence([{ id: 'x', data }], [], emptySelection);
    expect(docToText(await reportDocument(buildEvidenceReport(items, now, 'UTC')))).toContain(body);
  });
});

describe('the evidence report in Spanish', () => {
  const spanish = async () => {
    const items = collectEvidence(entries(), sessions, { ...emptySelection, sessionIds: ['s1'] });
    const report = buildEvidenceReport(items, now, 'UTC');
    return {
      report,
      english: docToText(await reportDocument(report)),
      text: docToText(await reportDocument(report, 'es')),
    };
  };

  it('has Spanish headings, labels and dates, and none of the English ones', async () => {
    const { text } = await spanish();
    for (const heading of [
      'Informe de pruebas\n==================',
      'Línea de tiempo',
      '1. Entrada del diario: 10 de enero de 2024',
      'Versión anterior 1 de 1, escrita el 10 de enero de 2024',
      '2. Sesión: 20 de enero de 2024, 6:30 p. m.',
      'Hora de inicio: 6:30 p. m.',
      'Notas: Ran late.',
      'Códigos de integridad',
      'Lo que estos códigos muestran y lo que no',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('Este informe incluye 2 entradas del diario y 1 sesión de terapia');
    for (const english of [
      'Evidence report',
      'Timeline',
      'Journal entry',
      'Integrity codes',
      'Final code',
    ]) {
      expect(text).not.toContain(english);
    }
  });

  it('keeps the person’s own words exactly as written', async () => {
    const { text } = await spanish();
    expect(text).toContain('They hugged me for a long time.');
    expect(text).toContain('They hugged me.');
  });

  it('has codes of its own Spanish text, which check out, so they differ from the English ones', async () => {
    const { english, text } = await spanish();
    const codes = (doc: string) => doc.match(/[0-9a-f]{64}/g) ?? [];
    expect(codes(text)).toHaveLength(4);
    for (const code of codes(text)) expect(codes(english)).not.toContain(code);
    expect(text).toMatch(/^Elemento 1 {4}líneas \d+-\d+ +[0-9a-f]{64}$/m);
    expect(text).toMatch(/^Código final {2}líneas 1-\d+ +[0-9a-f]{64}$/m);
    const check = await checkReport(text);
    expect(check.kind === 'checked' && check.items.every((item) => item.status === 'same')).toBe(
      true,
    );
    expect(check.kind === 'checked' && check.final?.same).toBe(true);
  });

  it('lines up the codes in the fixed-width block', async () => {
    const { report } = await spanish();
    const code = (await reportDocument(report, 'es')).blocks.find((b) => b.kind === 'code');
    const lines = code?.kind === 'code' ? code.lines : [];
    expect(lines).toHaveLength(4);
    const starts = lines.map((line) => line.search(/[0-9a-f]{64}$/));
    expect(new Set(starts).size).toBe(1);
  });

  it('is a useful empty report in Spanish too', async () => {
    const text = docToText(await reportDocument(buildEvidenceReport([], now, 'UTC'), 'es'));
    expect(text).toContain('Este informe todavía no incluye entradas ni sesiones.');
    expect(text).toContain('Todavía no hay nada que mostrar.');
    expect(text).toMatch(/^Código final {2}líneas 1-\d+ +[0-9a-f]{64}$/m);
  });
});
