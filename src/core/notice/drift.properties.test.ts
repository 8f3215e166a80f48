import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDrift, type Finding } from './drift';
import {
  chronological,
  fees,
  type LocalTime,
  type LoggedSession,
  type Minutes,
  places,
  type Session,
  touches,
} from './session';
import { addDays } from './test-data';
import { warningSigns } from './warning-signs';

const startTime = fc
  .tuple(fc.integer({ min: 6, max: 22 }), fc.constantFrom(0, 15, 30, 45))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}` as LocalTime);

const anySession: fc.Arbitrary<Session> = fc
  .record({
    // A narrow range of days makes two sessions on one day common.
    day: fc.integer({ min: 0, max: 120 }),
    start: startTime,
    planned: fc.integer({ min: 30, max: 90 }),
    overrun: fc.integer({ min: -10, max: 40 }),
    place: fc.constantFrom(...places),
    fee: fc.constantFrom(...fees),
    contactsBetween: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 12 })),
    touch: fc.constantFrom(...touches),
    signs: fc.subarray(warningSigns.map((sign) => sign.id)),
  })
  .map((r) => ({
    date: addDays('2024-01-01', r.day),
    start: r.start,
    plannedMinutes: r.planned as Minutes,
    actualMinutes: Math.max(1, r.planned + r.overrun) as Minutes,
    place: r.place,
    fee: r.fee,
    contactsBetween: r.contactsBetween,
    touch: r.touch,
    signs: r.signs,
    notes: '',
  }));

const anyLog: fc.Arbitrary<LoggedSession[]> = fc
  .array(anySession, { maxLength: 30 })
  .map((sessions) => sessions.map((data, i) => ({ id: `s${i}`, data })));

/** What identifies a finding across two runs: its rule and, where a rule names one, its sign. */
function key(finding: Finding): string {
  if (finding.rule === 'overriding-event') return `${finding.rule}:${finding.event}`;
  if (finding.rule === 'sign-recurring') return `${finding.rule}:${finding.sign}`;
  return finding.rule;
}

describe('drift detection, for any log', () => {
  it('never gains a finding from a new session in which nothing happened', () => {
    const uneventful = fc.record({
      gap: fc.integer({ min: 1, max: 400 }),
      pick: fc.nat(),
      fallbackStart: startTime,
      planned: fc.integer({ min: 30, max: 90 }),
      place: fc.constantFrom('office', 'video'),
      touch: fc.constantFrom('none', 'handshake'),
    } as const);
    fc.assert(
      fc.property(anyLog, uneventful, (log, quiet) => {
        const ordered = chronological(log);
        const lastDate = ordered[ordered.length - 1]?.data.date ?? '2024-01-01';
        // "Nothing happened": on time, as long as planned, usual place and fee,
        // no contact in between, no touch beyond a handshake, no sign — at a
        // start time the person has had before.
        const start = log[quiet.pick % Math.max(1, log.length)]?.data.start ?? quiet.fallbackStart;
        const next: LoggedSession = {
          id: 'new',
          data: {
            date: addDays(lastDate, quiet.gap),
            start,
            plannedMinutes: quiet.planned as Minutes,
            actualMinutes: quiet.planned as Minutes,
            place: quiet.place,
            fee: 'usual',
            contactsBetween: 0,
            touch: quiet.touch,
            signs: [],
            notes: '',
          },
        };
        const before = new Map(detectDrift(log).map((f) => [key(f), f.sessionIds]));
        for (const finding of detectDrift([...log, next])) {
          expect(before.get(key(finding))).toEqual(finding.sessionIds);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('names only sessions that are in the log, each once, oldest first', () => {
    fc.assert(
      fc.property(anyLog, (log) => {
        const order = chronological(log).map((s) => s.id);
        for (const finding of detectDrift(log)) {
          expect(finding.sessionIds.length).toBeGreaterThan(0);
          expect(new Set(finding.sessionIds).size).toBe(finding.sessionIds.length);
          const positions = finding.sessionIds.map((id) => order.indexOf(id));
          expect(positions.every((p) => p >= 0)).toBe(true);
          expect(positions).toEqual([...positions].sort((a, b) => a - b));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order the sessions are handed over in', () => {
    fc.assert(
      fc.property(
        anyLog.chain((log) =>
          fc.tuple(fc.constant(log), fc.shuffledSubarray(log, { minLength: log.length })),
        ),
        ([log, shuffled]) => {
          expect(detectDrift(shuffled)).toEqual(detectDrift(log));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('always puts overriding events before everything else', () => {
    fc.assert(
      fc.property(anyLog, (log) => {
        const rules = detectDrift(log).map((f) => f.rule);
        const firstOther = rules.findIndex((rule) => rule !== 'overriding-event');
        if (firstOther >= 0) expect(rules.slice(firstOther)).not.toContain('overriding-event');
      }),
      { numRuns: 200 },
    );
  });
});
