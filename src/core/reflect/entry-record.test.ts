import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { createEntry, editEntry, markAsEvidence } from './entry';
import { journalEntryRecord } from './entry-record';
import { anyAnswers, freeEntry } from './test-data';

const valid = (data: unknown) => v.safeParse(journalEntryRecord.schema, data).success;
// What the vault does: store as JSON, read back.
const stored = (data: unknown) => JSON.parse(JSON.stringify(data));

describe('the stored journal entry', () => {
  it('accepts any entry the model makes, after a trip through storage', () => {
    fc.assert(
      fc.property(
        anyAnswers,
        anyAnswers,
        fc.string(),
        fc.boolean(),
        (first, second, body, evidence) => {
          const entry = markAsEvidence(
            editEntry(
              createEntry('guided', { answers: first }, new Date(0)),
              { answers: second, body },
              new Date(),
            ),
            evidence,
          );
          expect(valid(stored(entry))).toBe(true);
        },
      ),
    );
  });

  it('keeps a 100 KB entry with emoji, right-to-left text and markup whole', () => {
    const body = `<img src=x onerror=alert(1)> שלום مرحبا 🌱👩🏽‍⚕️ ${'a'.repeat(100_000)}`;
    const parsed = v.parse(journalEntryRecord.schema, stored(freeEntry(body)));
    expect(parsed.body).toBe(body);
  });

  it('rejects an option no prompt offers', () => {
    const entry = stored(freeEntry('x'));
    entry.answers = { draws: { choices: ['their-car'], date: '', text: '' } };
    expect(valid(entry)).toBe(false);
  });

  it('rejects a first moment that is not a day', () => {
    const entry = stored(freeEntry('x'));
    entry.answers = { 'first-moment': { choices: [], date: 'yesterday', text: '' } };
    expect(valid(entry)).toBe(false);
  });

  it('rejects an entry without its revisions', () => {
    const { revisions: _, ...entry } = stored(freeEntry('x'));
    expect(valid(entry)).toBe(false);
  });

  it('is version 1 with no migrations yet', () => {
    expect(journalEntryRecord.version).toBe(1);
    expect(journalEntryRecord.migrations).toEqual({});
  });
});
