import { afterEach, describe, expect, it } from 'vitest';
import {
  chronological,
  localDateOf,
  minutesOfDay,
  monthOf,
  overrun,
  parseLocalDate,
  parseLocalTime,
} from './session';
import { at, min, on, session } from './test-data';

describe('local dates and times', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-04-31', false],
    ['2024-13-01', false],
    ['1899-12-31', false],
    ['2024-6-1', false],
  ])('reads %s as a real day: %s', (text, real) => {
    expect(parseLocalDate(text) !== undefined).toBe(real);
  });

  it.each([
    ['00:00', true],
    ['23:59', true],
    ['24:00', false],
    ['9:30', false],
    ['12:60', false],
  ])('reads %s as a clock time: %s', (text, real) => {
    expect(parseLocalTime(text) !== undefined).toBe(real);
  });

  it('counts minutes after midnight', () => {
    expect(minutesOfDay(at('18:45'))).toBe(1125);
  });

  it('groups a date into its month', () => {
    expect(monthOf(on('2024-03-31'))).toBe('2024-03');
  });

  it('measures how far a session ran past its plan, negative when it ended early', () => {
    expect(overrun(session({ plannedMinutes: min(50), actualMinutes: min(65) }))).toBe(15);
    expect(overrun(session({ plannedMinutes: min(50), actualMinutes: min(45) }))).toBe(-5);
  });
});

describe('today on the person’s own clock', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  it('is the local calendar day, not the UTC one', () => {
    const lateEvening = new Date('2024-03-10T03:30:00Z');
    process.env.TZ = 'America/New_York';
    expect(localDateOf(lateEvening)).toBe('2024-03-09');
    process.env.TZ = 'Asia/Tokyo';
    expect(localDateOf(lateEvening)).toBe('2024-03-10');
  });
});

describe('the order of the log', () => {
  it('is by date, then start time, then id, so two sessions on one day keep their order', () => {
    const log = [
      { id: 'b', data: session({ date: on('2024-05-02'), start: at('09:00') }) },
      { id: 'c', data: session({ date: on('2024-05-01'), start: at('18:00') }) },
      { id: 'a', data: session({ date: on('2024-05-01'), start: at('18:00') }) },
      { id: 'd', data: session({ date: on('2024-05-01'), start: at('08:00') }) },
    ];
    expect(chronological(log).map((s) => s.id)).toEqual(['d', 'a', 'c', 'b']);
  });

  it('does not change the list it was given', () => {
    const log = [
      { id: 'b', data: session({ date: on('2024-05-02') }) },
      { id: 'a', data: session({ date: on('2024-05-01') }) },
    ];
    chronological(log);
    expect(log.map((s) => s.id)).toEqual(['b', 'a']);
  });
});
