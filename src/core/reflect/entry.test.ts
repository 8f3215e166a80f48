import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createEntry,
  editEntry,
  type JournalEntry,
  markAsEvidence,
  newestFirst,
  versionsOf,
} from './entry';
import { anyAnswers, freeEntry } from './test-data';

const monday = new Date('2025-03-03T09:00:00.000Z');
const tuesday = new Date('2025-03-04T18:30:00.000Z');
const wednesday = new Date('2025-03-05T07:15:00.000Z');

describe('a journal entry', () => {
  it('starts with no earlier versions, written when it was created, and not marked as evidence', () => {
    const entry = createEntry('free', { body: 'First thoughts' }, monday);
    expect(entry).toEqual({
      kind: 'free',
      body: 'First thoughts',
      answers: {},
      createdAt: '2025-03-03T09:00:00.000Z',
      updatedAt: '2025-03-03T09:00:00.000Z',
      evidence: false,
      revisions: [],
    });
  });

  it('keeps the version an edit replaces, dated when that version was written', () => {
    const entry = createEntry('free', { body: 'First thoughts' }, monday);
    const edited = editEntry(entry, { body: 'Second thoughts' }, tuesday);
    expect(edited.body).toBe('Second thoughts');
    expect(edited.updatedAt).toBe('2025-03-04T18:30:00.000Z');
    expect(edited.createdAt).toBe('2025-03-03T09:00:00.000Z');
    expect(edited.revisions).toEqual([
      { body: 'First thoughts', answers: {}, writtenAt: '2025-03-03T09:00:00.000Z' },
    ]);
  });

  it('dates each earlier version by when it was written, across several edits', () => {
    const entry = editEntry(
      editEntry(createEntry('free', { body: 'one' }, monday), { body: 'two' }, tuesday),
      { body: 'three' },
      wednesday,
    );
    expect(entry.revisions.map((r) => [r.body, r.writtenAt])).toEqual([
      ['one', '2025-03-03T09:00:00.000Z'],
      ['two', '2025-03-04T18:30:00.000Z'],
    ]);
  });

  it('keeps the earlier answers of a guided reflection when they are edited', () => {
    const entry = createEntry(
      'guided',
      { answers: { gut: { choices: ['not-sure'], date: '', text: '' } } },
      monday,
    );
    const edited = editEntry(
      entry,
      { answers: { gut: { choices: ['yes'], date: '', text: 'the hugs' } } },
      tuesday,
    );
    expect(edited.kind).toBe('guided');
    expect(edited.revisions[0]?.answers.gut?.choices).toEqual(['not-sure']);
    expect(edited.answers.gut?.text).toBe('the hugs');
  });

  it('makes no revision when an edit changes nothing', () => {
    const entry = createEntry('free', { body: 'Same' }, monday);
    expect(editEntry(entry, { body: 'Same' }, tuesday)).toBe(entry);
    expect(editEntry(entry, {}, tuesday)).toBe(entry);
  });

  it('is marked and unmarked as evidence without making a revision', () => {
    const entry = createEntry('free', { body: 'What happened' }, monday);
    const marked = markAsEvidence(entry, true);
    expect(marked.evidence).toBe(true);
    expect(marked.revisions).toEqual([]);
    expect(marked.updatedAt).toBe(entry.updatedAt);
    expect(markAsEvidence(marked, false).evidence).toBe(false);
  });

  it('lists every version, the current one first', () => {
    const entry = editEntry(
      editEntry(createEntry('free', { body: 'one' }, monday), { body: 'two' }, tuesday),
      { body: 'three' },
      wednesday,
    );
    expect(versionsOf(entry).map((v) => v.body)).toEqual(['three', 'two', 'one']);
    expect(versionsOf(entry)[0]?.writtenAt).toBe('2025-03-05T07:15:00.000Z');
  });

  it('sorts entries newest first', () => {
    const records = [
      { id: 'a', data: freeEntry('a', '2025-01-02T00:00:00.000Z') },
      { id: 'b', data: freeEntry('b', '2025-03-02T00:00:00.000Z') },
      { id: 'c', data: freeEntry('c', '2024-12-31T23:59:59.000Z') },
    ];
    expect(newestFirst(records).map((r) => r.id)).toEqual(['b', 'a', 'c']);
  });
});

describe('editing, whatever the edits', () => {
  const edits = fc.array(
    fc.record({
      body: fc.option(fc.string({ maxLength: 12 }), { nil: undefined }),
      answers: fc.option(anyAnswers, { nil: undefined }),
    }),
    { maxLength: 12 },
  );

  function applyAll(changes: { body?: string; answers?: JournalEntry['answers'] }[]) {
    const history: JournalEntry[] = [createEntry('guided', {}, monday)];
    changes.forEach((change, i) => {
      const at = new Date(monday.getTime() + (i + 1) * 60_000);
      history.push(editEntry(history[history.length - 1] as JournalEntry, change, at));
    });
    return history;
  }

  it('never loses a revision: each entry’s revisions begin with the ones before it', () => {
    fc.assert(
      fc.property(edits, (changes) => {
        const history = applyAll(changes);
        for (let i = 1; i < history.length; i++) {
          const before = (history[i - 1] as JournalEntry).revisions;
          const after = (history[i] as JournalEntry).revisions;
          expect(after.slice(0, before.length)).toEqual(before);
          expect(after.length - before.length).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('keeps every version that was ever current, in order', () => {
    fc.assert(
      fc.property(edits, (changes) => {
        const history = applyAll(changes);
        const distinct = history.filter((entry, i) => i === 0 || entry !== history[i - 1]);
        const last = history[history.length - 1] as JournalEntry;
        expect(
          versionsOf(last)
            .reverse()
            .map((v) => ({ body: v.body, answers: v.answers, writtenAt: v.writtenAt })),
        ).toEqual(
          distinct.map((e) => ({ body: e.body, answers: e.answers, writtenAt: e.updatedAt })),
        );
      }),
    );
  });
});
