import { describe, expect, it } from 'vitest';
import { at, on, session } from '../notice/test-data';
import { editEntry, markAsEvidence } from '../reflect/entry';
import { freeEntry } from '../reflect/test-data';
import { docToText } from './document';
import { collectEvidence, emptySelection, hashableForm } from './evidence';
import { GENESIS, verifyChain } from './hash-chain';
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
    const text = docToText(reportDocument(await buildEvidenceReport(items, now, 'UTC')));
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

  it('prints each item’s code and link and a final code that verifies against the items', async () => {
    const items = collectEvidence(entries(), sessions, { ...emptySelection, sessionIds: ['s1'] });
    const report = await buildEvidenceReport(items, now, 'UTC');
    const text = docToText(reportDocument(report));
    for (const link of report.manifest.links) {
      expect(text).toContain(link.itemHash);
      expect(text).toContain(link.link);
    }
    expect(text).toContain(`Final code: ${report.manifest.head}`);
    expect(await verifyChain(report.items.map(hashableForm), report.manifest)).toEqual({
      ok: true,
    });
  });

  it('detects an entry edited after the report was made', async () => {
    const before = collectEvidence(entries(), [], emptySelection);
    const report = await buildEvidenceReport(before, now, 'UTC');
    const changed = entries().map((e) =>
      e.id === 'e2' ? { ...e, data: editEntry(e.data, { body: 'Texts some nights.' }, now) } : e,
    );
    const after = collectEvidence(changed, [], emptySelection);
    expect(await verifyChain(after.map(hashableForm), report.manifest)).toEqual({
      ok: false,
      at: 1,
      reason: 'item-changed',
    });
  });

  it('leaves out what the person chose to leave out, and the codes cover only what is printed', async () => {
    const selection = {
      sessionIds: ['s1'],
      leftOutEntryIds: ['e2'],
      leaveOut: { revisions: true, sessionNotes: true },
    };
    const items = collectEvidence(entries(), sessions, selection);
    const report = await buildEvidenceReport(items, now, 'UTC');
    const text = docToText(reportDocument(report));
    expect(text).not.toContain('Texts every night.');
    expect(text).not.toContain('They hugged me.\n');
    expect(text).not.toContain('Ran late.');
    expect(text).toContain('They hugged me for a long time.');
    expect(report.manifest.links).toHaveLength(2);
    expect(JSON.stringify(items.map(hashableForm))).not.toContain('Ran late.');
  });

  it('is a useful empty report, not an error, when nothing is chosen', async () => {
    const report = await buildEvidenceReport([], now, 'America/Chicago');
    const text = docToText(reportDocument(report));
    expect(text).toContain('This report has no entries or sessions in it yet.');
    expect(text).toContain('mark journal entries as evidence');
    expect(text).toContain(`Final code: ${GENESIS}`);
    expect(text).toContain('time zone: America/Chicago');
  });

  it('carries accents, emoji and right-to-left text exactly into the plain text', async () => {
    const body = 'Zoë 😀 אני זוכרת — قال لي';
    const data = markAsEvidence(freeEntry(body, '2024-01-10T12:00:00.000Z'), true);
    const items = collectEvidence([{ id: 'x', data }], [], emptySelection);
    expect(docToText(reportDocument(await buildEvidenceReport(items, now, 'UTC')))).toContain(body);
  });
});

describe('the evidence report in Spanish', () => {
  const spanish = async () => {
    const items = collectEvidence(entries(), sessions, { ...emptySelection, sessionIds: ['s1'] });
    const report = await buildEvidenceReport(items, now, 'UTC');
    return {
      report,
      english: docToText(reportDocument(report)),
      text: docToText(reportDocument(report, 'es')),
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

  it('carries the same item codes, links and final code as the English one', async () => {
    const { report, english, text } = await spanish();
    const codes = (doc: string) => doc.match(/[0-9a-f]{64}/g);
    expect(codes(text)).toEqual(codes(english));
    expect(codes(text)).toHaveLength(report.manifest.links.length * 2 + 1);
    expect(text).toContain(`Código final: ${report.manifest.head}`);
  });

  it('shows the same change to the chain when an entry is edited after the report', async () => {
    const before = await buildEvidenceReport(
      collectEvidence(entries(), [], emptySelection),
      now,
      'UTC',
    );
    const changed = entries().map((e) =>
      e.id === 'e2' ? { ...e, data: editEntry(e.data, { body: 'Texts some nights.' }, now) } : e,
    );
    const after = await buildEvidenceReport(
      collectEvidence(changed, [], emptySelection),
      now,
      'UTC',
    );
    const finalCode = (report: typeof before) =>
      docToText(reportDocument(report, 'es')).match(/Código final: ([0-9a-f]{64})/)?.[1];
    expect(finalCode(before)).toBe(before.manifest.head);
    expect(finalCode(after)).toBe(after.manifest.head);
    expect(finalCode(after)).not.toBe(finalCode(before));
    expect(await verifyChain(after.items.map(hashableForm), before.manifest)).toEqual({
      ok: false,
      at: 1,
      reason: 'item-changed',
    });
  });

  it('lines up both labels of each item’s codes in the fixed-width block', async () => {
    const { report } = await spanish();
    const code = reportDocument(report, 'es').blocks.find((b) => b.kind === 'code');
    const lines = code?.kind === 'code' ? code.lines.slice(0, -1) : [];
    expect(lines.length).toBeGreaterThan(0);
    const starts = lines.map((line) => line.search(/[0-9a-f]{64}$/));
    expect(new Set(starts).size).toBe(1);
  });

  it('is a useful empty report in Spanish too', async () => {
    const text = docToText(reportDocument(await buildEvidenceReport([], now, 'UTC'), 'es'));
    expect(text).toContain('Este informe todavía no incluye entradas ni sesiones.');
    expect(text).toContain('Todavía no hay nada que mostrar.');
    expect(text).toContain(`Código final: ${GENESIS}`);
  });
});
