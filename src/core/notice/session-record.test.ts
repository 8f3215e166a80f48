import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { recordTypes } from '../records';
import { migrate } from '../vault/migrate';
import { sessionRecord } from './session-record';
import { session } from './test-data';

describe('the stored session record', () => {
  it('is registered with the vault', () => {
    expect(recordTypes).toContain(sessionRecord);
  });

  it('reads back a version 1 session, with and without a reflection', () => {
    const plain = session({ signs: ['special'], notes: 'hug at the door' });
    const reflected = {
      ...plain,
      reflection: { feltLike: 'friendship', needsAtCenter: 'theirs', note: '' },
    };
    expect(migrate(sessionRecord, 1, plain)).toEqual(plain);
    expect(migrate(sessionRecord, 1, reflected)).toEqual(reflected);
  });

  it.each([
    ['a date that does not exist', { date: '2023-02-30' }],
    ['a time written another way', { start: '6pm' }],
    ['minutes over a day', { actualMinutes: 1441 }],
    ['negative minutes', { plannedMinutes: -1 }],
    ['a fraction of a contact', { contactsBetween: 1.5 }],
    ['an unknown sign', { signs: ['made-up'] }],
    ['an unknown place', { place: 'car' }],
    ['a field this version does not have', { mood: 'ok' }],
  ])('refuses %s', (_name, changes) => {
    expect(v.safeParse(sessionRecord.schema, { ...session(), ...changes }).success).toBe(false);
  });
});
