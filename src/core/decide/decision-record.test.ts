import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { decisionProgressType, savedDecisionType } from './decision-record';

describe('the decision record types', () => {
  it('keep answers in progress with the page the person was on, skipped answers left out', () => {
    const progress = { answers: { draws: ['looks'], contact: 'not-sure' }, step: 'comfort' };
    expect(v.safeParse(decisionProgressType.schema, progress).success).toBe(true);
    expect(v.safeParse(decisionProgressType.schema, { answers: {}, step: 'check' }).success).toBe(
      true,
    );
  });

  it('reject an unknown answer or step, so a damaged record is never read as an answer', () => {
    const bad = [
      { answers: { contact: 'maybe' }, step: 'draws' },
      { answers: { draws: ['money'] }, step: 'draws' },
      { answers: {}, step: 'question-9' },
    ];
    for (const record of bad) {
      expect(v.safeParse(decisionProgressType.schema, record).success).toBe(false);
    }
  });

  it('never store a result without a reason', () => {
    const result = {
      decidedAt: new Date(0).toISOString(),
      answers: {},
      outcome: 'slow-down',
      reasons: [],
      alsoNoted: [],
    };
    expect(v.safeParse(savedDecisionType.schema, result).success).toBe(false);
  });

  it('still open a result saved when three one-off signs walked away, as it was reached', () => {
    const saved = {
      decidedAt: '2026-01-05T10:00:00.000Z',
      answers: { suggestive: 'no' },
      outcome: 'walk-away',
      reasons: [
        {
          kind: 'many-signs',
          signs: [
            { sign: 'special', sessionIds: ['b'] },
            { sign: 'favors', sessionIds: ['a'] },
            { sign: 'touch', sessionIds: ['c'] },
          ],
        },
      ],
      alsoNoted: [],
    };
    expect(v.safeParse(savedDecisionType.schema, saved).success).toBe(true);
  });

  it('keep a repaired slip among the answers, and a locked log among the reasons', () => {
    const saved = {
      decidedAt: '2026-01-05T10:00:00.000Z',
      answers: { suggestive: 'once-repaired' },
      outcome: 'slow-down',
      reasons: [{ kind: 'log-locked' }],
      alsoNoted: [{ kind: 'slip-repaired' }],
    };
    expect(v.safeParse(savedDecisionType.schema, saved).success).toBe(true);
  });

  it('are at version 1, the first stored shape, with no migrations yet', () => {
    for (const type of [decisionProgressType, savedDecisionType]) {
      expect(type.version).toBe(1);
      expect(type.migrations).toEqual({});
    }
  });
});
