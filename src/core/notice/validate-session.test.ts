import { describe, expect, it } from 'vitest';
import { on } from './test-data';
import { type SessionDraft, type SessionErrors, validateSession } from './validate-session';

const today = on('2024-06-15');

const draft = (changes: Partial<SessionDraft> = {}): SessionDraft => ({
  date: '2024-06-14',
  start: '14:00',
  plannedMinutes: '50',
  actualMinutes: '50',
  place: 'office',
  fee: 'usual',
  contactsBetween: '',
  touch: 'none',
  signs: [],
  notes: '',
  ...changes,
});

describe('checking the session form', () => {
  it('turns a plain session into stored values, with no contact meaning zero', () => {
    expect(validateSession(draft(), today)).toEqual({
      ok: true,
      session: {
        date: '2024-06-14',
        start: '14:00',
        plannedMinutes: 50,
        actualMinutes: 50,
        place: 'office',
        fee: 'usual',
        contactsBetween: 0,
        touch: 'none',
        signs: [],
        notes: '',
      },
    });
  });

  it('keeps ticked signs in catalogue order whatever order they were ticked in', () => {
    const result = validateSession(draft({ signs: ['sexual-contact', 'touch', 'special'] }), today);
    expect(result.ok && result.session.signs).toEqual(['special', 'touch', 'sexual-contact']);
  });

  it('accepts a session dated today, and one that ran the whole day', () => {
    expect(validateSession(draft({ date: '2024-06-15', actualMinutes: '1440' }), today).ok).toBe(
      true,
    );
  });

  it('accepts 29 February in a leap year', () => {
    expect(validateSession(draft({ date: '2024-02-29' }), today).ok).toBe(true);
  });

  const impossible: Array<[string, Partial<SessionDraft>, SessionErrors]> = [
    ['a missing date', { date: '' }, { date: 'missing' }],
    ['a date that does not exist', { date: '2023-02-29' }, { date: 'not-a-date' }],
    ['a date written another way', { date: '14/06/2024' }, { date: 'not-a-date' }],
    ['a date in the future', { date: '2024-06-16' }, { date: 'in-the-future' }],
    ['a missing start time', { start: ' ' }, { start: 'missing' }],
    ['a start time past midnight', { start: '24:10' }, { start: 'not-a-time' }],
    ['negative actual minutes', { actualMinutes: '-5' }, { actualMinutes: 'negative' }],
    ['actual minutes over a day', { actualMinutes: '1441' }, { actualMinutes: 'over-a-day' }],
    ['a session of zero minutes', { actualMinutes: '0' }, { actualMinutes: 'zero' }],
    ['minutes with a fraction', { plannedMinutes: '50.5' }, { plannedMinutes: 'not-whole' }],
    ['minutes typed as words', { plannedMinutes: 'fifty' }, { plannedMinutes: 'not-a-number' }],
    ['missing planned minutes', { plannedMinutes: '' }, { plannedMinutes: 'missing' }],
    ['a negative count of contacts', { contactsBetween: '-1' }, { contactsBetween: 'negative' }],
    ['an absurd count of contacts', { contactsBetween: '100000' }, { contactsBetween: 'too-many' }],
    ['no place chosen', { place: '' }, { place: 'missing' }],
    ['a place that is not offered', { place: 'car' }, { place: 'unknown-choice' }],
    ['a fee that is not offered', { fee: 'free' }, { fee: 'unknown-choice' }],
    ['a kind of touch that is not offered', { touch: 'kiss' }, { touch: 'unknown-choice' }],
    [
      'a sign that is not in the catalogue',
      { signs: ['special', 'made-up'] },
      { signs: 'unknown-choice' },
    ],
    ['notes longer than the limit', { notes: 'x'.repeat(20_001) }, { notes: 'too-long' }],
  ];

  it.each(impossible)('rejects %s with an error on that field only', (_name, changes, errors) => {
    expect(validateSession(draft(changes), today)).toEqual({ ok: false, errors });
  });

  it('reports every wrong field at once, so the summary can list them all', () => {
    const result = validateSession(
      draft({ date: '2030-01-01', actualMinutes: '-1', plannedMinutes: '2000' }),
      today,
    );
    expect(result).toEqual({
      ok: false,
      errors: { date: 'in-the-future', plannedMinutes: 'over-a-day', actualMinutes: 'negative' },
    });
  });

  it('trims spaces around typed values and notes', () => {
    const result = validateSession(
      draft({ date: ' 2024-06-01 ', actualMinutes: ' 65 ', notes: '  felt rushed \n' }),
      today,
    );
    expect(
      result.ok && [result.session.date, result.session.actualMinutes, result.session.notes],
    ).toEqual(['2024-06-01', 65, 'felt rushed']);
  });
});
