import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { at, min, weekly } from './test-data';
import { overScale, startScale, TREND_SESSIONS, trendsOf } from './trends';

describe('the two trend charts', () => {
  it('draw the latest twelve sessions, oldest first', () => {
    const log = weekly(...Array.from({ length: 15 }, (_, i) => ({ actualMinutes: min(50 + i) })));
    const trends = trendsOf(log);
    expect(TREND_SESSIONS).toBe(12);
    expect(trends?.sessions.map((s) => s.id)).toEqual(log.slice(3).map((s) => s.id));
    expect(trends?.over).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
  });

  it('read minutes over and clock times from each session', () => {
    const trends = trendsOf(
      weekly(
        { start: at('14:00'), actualMinutes: min(45) },
        { start: at('19:30'), actualMinutes: min(90) },
      ),
    );
    expect(trends?.over).toEqual([-5, 40]);
    expect(trends?.starts).toEqual([14 * 60, 19 * 60 + 30]);
  });

  it('have nothing to draw without sessions', () => {
    expect(trendsOf([])).toBeNull();
  });

  it('keep the ten-minute line on the overrun chart, even when nothing ran over', () => {
    expect(overScale([0, 0])).toEqual({ domain: [0, 10], ticks: [0, 10] });
    expect(overScale([-5, 12, 40])).toEqual({ domain: [-10, 40], ticks: [-10, 0, 10, 20, 30, 40] });
    expect(overScale([0, 90])).toEqual({ domain: [0, 100], ticks: [0, 20, 40, 60, 80, 100] });
  });

  it('keep 5 pm on the start chart, in whole hours', () => {
    expect(startScale([14 * 60, 14 * 60])).toEqual({
      domain: [840, 1080],
      ticks: [840, 960, 1080],
    });
    expect(startScale([9 * 60, 19 * 60 + 30])).toEqual({
      domain: [540, 1200],
      ticks: [660, 840, 1020, 1200],
    });
  });

  it('always hold every value within the drawn range, on a labelled scale', () => {
    const values = fc.array(fc.integer({ min: -60, max: 1440 }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(values, (over) => {
        const { domain, ticks } = overScale(over);
        for (const v of over) expect(v >= domain[0] && v <= domain[1]).toBe(true);
        expect(ticks[0]).toBe(domain[0]);
        expect(ticks.at(-1)).toBe(domain[1]);
        expect(ticks.length).toBeLessThanOrEqual(7);
      }),
    );
    const times = fc.array(fc.integer({ min: 0, max: 24 * 60 - 1 }), {
      minLength: 1,
      maxLength: 12,
    });
    fc.assert(
      fc.property(times, (starts) => {
        const { domain, ticks } = startScale(starts);
        for (const v of [...starts, 17 * 60]) expect(v >= domain[0] && v <= domain[1]).toBe(true);
        expect(ticks.at(-1)).toBe(domain[1]);
        expect(ticks[0]).toBeGreaterThanOrEqual(domain[0]);
        expect(ticks.length).toBeLessThanOrEqual(9);
      }),
    );
  });
});
