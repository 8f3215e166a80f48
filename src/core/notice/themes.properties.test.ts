import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDrift } from './drift';
import { fees, type LocalTime, type Minutes, places, touches } from './session';
import { addDays } from './test-data';
import { compareSeverity, groupByTheme, splitShown, themeOf } from './themes';
import { warningSigns } from './warning-signs';

const anyLog = fc
  .array(
    fc.record({
      day: fc.integer({ min: 0, max: 200 }),
      hour: fc.integer({ min: 8, max: 21 }),
      planned: fc.integer({ min: 30, max: 90 }),
      overrun: fc.integer({ min: -5, max: 40 }),
      place: fc.constantFrom(...places),
      fee: fc.constantFrom(...fees),
      contactsBetween: fc.integer({ min: 0, max: 5 }),
      touch: fc.constantFrom(...touches),
      signs: fc.subarray(warningSigns.map((sign) => sign.id)),
    }),
    { maxLength: 24 },
  )
  .map((rows) =>
    rows
      .map((r, i) => ({
        id: `s${i}`,
        data: {
          date: addDays('2024-01-01', r.day),
          start: `${String(r.hour).padStart(2, '0')}:00` as LocalTime,
          plannedMinutes: r.planned as Minutes,
          actualMinutes: Math.max(1, r.planned + r.overrun) as Minutes,
          place: r.place,
          fee: r.fee,
          contactsBetween: r.contactsBetween,
          touch: r.touch,
          signs: r.signs,
          notes: '',
        },
      }))
      .sort((a, b) => (a.data.date < b.data.date ? -1 : a.data.date > b.data.date ? 1 : 0)),
  );

describe('findings by theme, for any log', () => {
  it('never shows two cards of one theme', () => {
    fc.assert(
      fc.property(anyLog, (log) => {
        const themes = groupByTheme(
          detectDrift(log),
          log.map((s) => s.id),
        ).map((t) => t.theme);
        expect(new Set(themes).size).toBe(themes.length);
      }),
    );
  });

  it('loses no finding: each is under its own theme, and Show all reaches every theme', () => {
    fc.assert(
      fc.property(anyLog, (log) => {
        const findings = detectDrift(log);
        const { shown, more } = splitShown(
          groupByTheme(
            findings,
            log.map((s) => s.id),
          ),
        );
        const all = [...shown, ...more];
        expect(all.flatMap((t) => t.findings)).toHaveLength(findings.length);
        for (const finding of findings) {
          const home = all.find((t) => t.findings.includes(finding));
          expect(home?.theme).toBe(themeOf(finding));
          for (const id of finding.sessionIds) expect(home?.sessionIds).toContain(id);
        }
      }),
    );
  });

  it('shows at most three, and each shown is more serious than any left for Show all', () => {
    fc.assert(
      fc.property(anyLog, (log) => {
        const { shown, more } = splitShown(
          groupByTheme(
            detectDrift(log),
            log.map((s) => s.id),
          ),
        );
        expect(shown.length).toBeLessThanOrEqual(3);
        if (more.length > 0) expect(shown).toHaveLength(3);
        for (const a of shown) for (const b of more) expect(compareSeverity(a, b)).toBeLessThan(0);
        // An overriding event is never hidden behind Show all.
        for (const t of more)
          expect(['sexual-contact', 'romantic-proposal']).not.toContain(t.theme);
      }),
    );
  });

  it('keeps each theme’s sessions oldest first, each once, spanning its first and last date', () => {
    fc.assert(
      fc.property(anyLog, (log) => {
        const order = log.map((s) => s.id);
        const byId = new Map(log.map((s) => [s.id, s.data.date]));
        for (const t of groupByTheme(detectDrift(log), order)) {
          const positions = t.sessionIds.map((id) => order.indexOf(id));
          expect(positions).toEqual([...positions].sort((a, b) => a - b));
          expect(new Set(t.sessionIds).size).toBe(t.sessionIds.length);
          const dates = t.sessionIds.map((id) => byId.get(id) ?? '');
          expect(t.first).toBe([...dates].sort()[0]);
          expect(t.last).toBe([...dates].sort().at(-1));
        }
      }),
    );
  });
});
