import { describe, expect, it } from 'vitest';
import { detectDrift } from '../../../core/notice/drift';
import type { LoggedSession } from '../../../core/notice/session';
import { addDays, at, min, on, session, weekly } from '../../../core/notice/test-data';
import { buildTimeline, MAX_SESSION_COLUMNS } from './timeline-model';

const model = (log: LoggedSession[]) => {
  const built = buildTimeline(log, detectDrift(log));
  if (!built) throw new Error('expected a timeline');
  return built;
};

describe('the timeline model', () => {
  it('is nothing for an empty log', () => {
    expect(buildTimeline([], [])).toBeNull();
  });

  it('gives one session one column and the six measures', () => {
    const one = model(weekly({}));
    expect(one.mode).toBe('sessions');
    expect(one.columns.map((c) => c.key)).toEqual(['2024-01-08']);
    expect(one.rows.map((r) => r.key)).toEqual([
      'over',
      'start',
      'place',
      'fee',
      'contact',
      'touch',
    ]);
  });

  it(`keeps a column per session up to ${MAX_SESSION_COLUMNS} sessions, then counts by month`, () => {
    const many = (n: number) => weekly(...Array.from({ length: n }, () => ({})));
    expect(model(many(MAX_SESSION_COLUMNS)).columns).toHaveLength(MAX_SESSION_COLUMNS);
    const monthly = model(many(MAX_SESSION_COLUMNS + 1));
    expect(monthly.mode).toBe('months');
    expect(monthly.columns[0]?.key).toBe('2024-01');
  });

  it('shows months without sessions as empty columns, so long gaps look long', () => {
    const log = [
      ...weekly(...Array.from({ length: MAX_SESSION_COLUMNS + 1 }, () => ({}))),
      { id: 'late', data: session({ date: on('2026-03-02') }) },
    ];
    const months = model(log).columns;
    expect(months.at(-1)?.key).toBe('2026-03');
    expect(months.find((c) => c.key === '2025-12')?.sessions).toEqual([]);
    expect(months).toHaveLength(27);
  });

  it('adds a row for each sign noted at least once, in catalogue order, apart from the touch measure', () => {
    const rows = model(weekly({ signs: ['own-love-life'] }, { signs: ['touch', 'special'] })).rows;
    expect(rows.map((r) => r.key)).toEqual([
      'over',
      'start',
      'place',
      'fee',
      'contact',
      'touch',
      'sign:special',
      'sign:touch',
      'sign:own-love-life',
    ]);
    expect(rows.find((r) => r.key === 'touch')?.cells.map((c) => c.level)).toEqual([0, 0]);
    expect(rows.find((r) => r.key === 'sign:touch')?.cells.map((c) => c.level)).toEqual([0, 2]);
  });

  it('marks overriding events apart from other signs', () => {
    const rows = model(weekly({ signs: ['sexual-contact', 'special'] })).rows;
    expect(rows.filter((r) => r.overriding).map((r) => r.key)).toEqual(['sign:sexual-contact']);
  });

  it('grades a session: ten minutes over is a lot, a few minutes a little', () => {
    const log = weekly(
      { actualMinutes: min(50) },
      { actualMinutes: min(53) },
      { actualMinutes: min(60) },
    );
    expect(model(log).rows[0]?.cells.map((c) => c.level)).toEqual([0, 1, 2]);
  });

  it('outlines exactly the sessions behind a finding, in the finding’s row', () => {
    const log = weekly({}, { fee: 'waived' }, {}, { fee: 'reduced', start: at('19:00') });
    const rows = model(log).rows;
    expect(rows.find((r) => r.key === 'fee')?.cells.map((c) => c.finding)).toEqual([
      false,
      true,
      false,
      true,
    ]);
    expect(rows.find((r) => r.key === 'start')?.cells.some((c) => c.finding)).toBe(false);
  });

  it('in a month, shows the strongest session and counts every session that shows the row', () => {
    const base = '2024-01-01';
    const log: LoggedSession[] = Array.from({ length: MAX_SESSION_COLUMNS + 1 }, (_, i) => ({
      id: `s${i}`,
      data: session({
        date: addDays(base, i * 3),
        fee: i === 1 ? 'reduced' : i === 2 ? 'waived' : 'usual',
      }),
    }));
    const january = model(log).rows.find((r) => r.key === 'fee')?.cells[0];
    expect(january).toEqual({ level: 2, count: 2, finding: true });
  });
});
