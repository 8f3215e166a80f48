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
