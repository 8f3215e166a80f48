import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  fees,
  type LocalDate,
  type LocalTime,
  type LoggedSession,
  type Minutes,
  places,
  touches,
} from '../notice/session';
import { session as uneventful } from '../notice/test-data';
import { overridingIds, signIds, type WarningSignId } from '../notice/warning-signs';
import {
  type Answers,
  comfortAnswers,
  draws,
  plainAttractionDraws,
  questions,
  suggestiveAnswers,
  warmDraws,
  yesNoAnswers,
} from './answers';
import { decide } from './decide';
import { savedDecisionType } from './decision-record';
import { seriousness } from './outcomes';
import { isSuggestiveSign } from './session-facts';

const runs = { numRuns: 1000 };

/** Every answer given and reassuring. */
const calm: Answers = {
  draws: ['how-they-listen'],
  suggestive: 'no',
  proposal: 'no',
  contact: 'no',
  comfort: 'comfortable',
  gut: 'no',
};

const anySign = fc.constantFrom<WarningSignId>(...signIds, ...overridingIds);

/** Any session, so drift in length, time, place, fee, contact and touch is exercised too. */
const session: fc.Arbitrary<LoggedSession> = fc.record({
  id: fc.uuid(),
  data: fc.record({
    date: fc
      .date({ min: new Date('2020-01-01'), max: new Date('2025-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10) as LocalDate),
    start: fc.constantFrom('09:00', '14:00', '17:30', '20:00').map((t) => t as LocalTime),
    plannedMinutes: fc.constant(50 as Minutes),
    actualMinutes: fc.integer({ min: 40, max: 90 }).map((m) => m as Minutes),
    place: fc.constantFrom(...places),
    fee: fc.constantFrom(...fees),
    contactsBetween: fc.nat(3),
    touch: fc.constantFrom(...touches),
    signs: fc.uniqueArray(anySign, { maxLength: 4 }),
    notes: fc.constant(''),
  }),
});
const sessions = fc.array(session, { maxLength: 8 });

/** Answers where any question may be skipped (left out). */
const answers: fc.Arbitrary<Answers> = fc.record(
  {
    draws: fc.uniqueArray(fc.constantFrom(...draws), { maxLength: 5 }),
    suggestive: fc.constantFrom(...suggestiveAnswers),
    proposal: fc.constantFrom(...yesNoAnswers),
    contact: fc.constantFrom(...yesNoAnswers),
    comfort: fc.constantFrom(...comfortAnswers),
    gut: fc.constantFrom(...yesNoAnswers),
  },
  { requiredKeys: [] },
);

/**
 * How serious each answer is, least first. A skipped answer counts as "not
 * sure", so it sits where "not sure" does.
 */
const order = {
  suggestive: ['no', 'once-repaired', 'not-sure', 'once', 'more-than-once'],
  proposal: ['no', 'not-sure', 'yes'],
  contact: ['no', 'not-sure', 'yes'],
  comfort: ['comfortable', 'only-awkward', 'not-sure', 'unsafe'],
  gut: ['no', 'not-sure', 'yes'],
} as const;
type Ranked = keyof typeof order;
const rank = (key: Ranked, value: string | undefined) =>
  (order[key] as readonly string[]).indexOf(value ?? 'not-sure');

/** The same answers and log, with some answers made more serious and some signs ticked. */
function moreSerious(
  base: Answers,
  raise: Partial<Record<Ranked, number>>,
  extraDraws: readonly (typeof draws)[number][],
  log: LoggedSession[],
  extraSigns: WarningSignId[][],
): [Answers, LoggedSession[]] {
  const next: Record<string, unknown> = { ...base };
  for (const key of Object.keys(order) as Ranked[]) {
    const steps = raise[key] ?? 0;
    if (steps === 0) continue;
    const values = order[key];
    next[key] = values[Math.min(values.length - 1, rank(key, base[key]) + steps)];
  }
  // Adding draws only raises seriousness once some were chosen: none chosen counts as skipped.
  if (base.draws && base.draws.length > 0) {
    next.draws = [...new Set([...base.draws, ...extraDraws])];
  }
  const moreLog = log.map((s, i) => ({
    ...s,
    data: { ...s.data, signs: [...s.data.signs, ...(extraSigns[i] ?? [])] },
  }));
  return [next as Answers, moreLog];
}

// A thousand logs each run through drift detection: the default 5 s is too short on a
// shared, busy machine. This is room to finish, not a speed budget.
describe('decide, for any answers and any session log', { timeout: 60_000 }, () => {
  it('never lowers the outcome when an answer becomes more serious or more signs are ticked', () => {
    fc.assert(
      fc.property(
        answers,
        sessions,
        fc.record(
          Object.fromEntries(Object.keys(order).map((k) => [k, fc.nat(3)])) as Record<
            Ranked,
            fc.Arbitrary<number>
          >,
          { requiredKeys: [] },
        ),
        fc.uniqueArray(fc.constantFrom(...draws), { maxLength: 4 }),
        fc.array(fc.array(anySign, { maxLength: 2 }), { maxLength: 8 }),
        (base, log, raise, extraDraws, extraSigns) => {
          const [worse, worseLog] = moreSerious(base, raise, extraDraws, log, extraSigns);
          const before = seriousness(decide(base, log).outcome);
          const after = seriousness(decide(worse, worseLog).outcome);
          expect(after).toBeGreaterThanOrEqual(before);
        },
      ),
      runs,
    );
  });

  it('always says “Stop and get support” once an overriding event is answered or logged', () => {
    const override = fc.oneof(
      fc.constant(
        (a: Answers, s: LoggedSession[]) => [{ ...a, contact: 'yes' as const }, s] as const,
      ),
      fc.constant(
        (a: Answers, s: LoggedSession[]) => [{ ...a, proposal: 'yes' as const }, s] as const,
      ),
      fc.tuple(fc.constantFrom(...overridingIds), session).map(
        ([sign, extra]) =>
          (a: Answers, s: LoggedSession[]) =>
            [
              a,
              [...s, { ...extra, data: { ...extra.data, signs: [...extra.data.signs, sign] } }],
            ] as const,
      ),
    );
    fc.assert(
      fc.property(answers, sessions, override, (a, s, apply) => {
        const [withEvent, log] = apply(a, s);
        expect(decide(withEvent, log).outcome).toBe('stop');
      }),
      runs,
    );
  });

  it('names at least one reason for every outcome', () => {
    fc.assert(
      fc.property(answers, sessions, (a, s) => {
        expect(decide(a, s).reasons.length).toBeGreaterThan(0);
      }),
      runs,
    );
  });

  it('never treats a skipped question as “no”: the outcome is not “probably safe” and a reason says it was skipped', () => {
    fc.assert(
      fc.property(answers, sessions, fc.constantFrom(...questions), (a, s, skipped) => {
        const { [skipped]: _left, ...rest } = a;
        const decision = decide(rest, s);
        expect(decision.outcome).not.toBe('probably-safe');
        expect([...decision.reasons, ...decision.alsoNoted]).toContainEqual({
          kind: 'not-sure',
          question: skipped,
          skipped: true,
        });
      }),
      runs,
    );
  });

  it('never says “probably safe” while the session log is locked, and says it was not read', () => {
    fc.assert(
      fc.property(answers, (a) => {
        const decision = decide(a, 'locked');
        expect(decision.outcome).not.toBe('probably-safe');
        expect([...decision.reasons, ...decision.alsoNoted]).toContainEqual({ kind: 'log-locked' });
      }),
      runs,
    );
  });

  it('gives a locked log the outcome of an empty one, except that “probably safe” slows down', () => {
    fc.assert(
      fc.property(answers, (a) => {
        const open = decide(a, []).outcome;
        const locked = decide(a, 'locked').outcome;
        expect(locked).toBe(open === 'probably-safe' ? 'slow-down' : open);
      }),
      runs,
    );
  });

  it('never walks away on one-off entries alone: each sign in one session, nothing else', () => {
    const oneOffs = fc
      .uniqueArray(fc.constantFrom(...signIds.filter((id) => !isSuggestiveSign(id))), {
        minLength: 1,
      })
      .map((signs): LoggedSession[] =>
        signs.map((sign, i) => ({
          id: `s${i}`,
          data: uneventful({ date: `2024-0${1 + (i % 9)}-10` as LocalDate, signs: [sign] }),
        })),
      );
    fc.assert(
      fc.property(oneOffs, (log) => {
        expect(decide(calm, log).outcome).toBe('slow-down');
      }),
      runs,
    );
  });

  it('finds plain attraction with warmth “probably safe” when nothing else is of concern', () => {
    const reassuring = fc.uniqueArray(fc.constantFrom(...warmDraws, ...plainAttractionDraws), {
      minLength: 1,
    });
    fc.assert(
      fc.property(reassuring, (drawn) => {
        expect(decide({ ...calm, draws: drawn }, []).outcome).toBe('probably-safe');
      }),
      runs,
    );
  });

  it('produces decisions the vault accepts as a saved result', () => {
    fc.assert(
      fc.property(answers, fc.oneof(sessions, fc.constant('locked' as const)), (a, s) => {
        const saved = { ...decide(a, s), answers: a, decidedAt: new Date(0).toISOString() };
        expect(v.safeParse(savedDecisionType.schema, saved).success).toBe(true);
      }),
      runs,
    );
  });
});
