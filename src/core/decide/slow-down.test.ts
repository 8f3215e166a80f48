import { describe, expect, it } from 'vitest';
import { decide } from './decide';
import type { Reason } from './reasons';
import { heedsGut, unsureAboutLine } from './slow-down';

const rows: { when: string; reasons: Reason[]; heedsGut: boolean; unsureAboutLine: boolean }[] = [
  {
    when: 'the person senses they might be unsafe',
    reasons: [{ kind: 'feels-unsafe', source: 'comfort' }],
    heedsGut: true,
    unsureAboutLine: false,
  },
  {
    when: 'how unsafe they make the person feel is a draw',
    reasons: [{ kind: 'feels-unsafe', source: 'draw' }],
    heedsGut: true,
    unsureAboutLine: false,
  },
  {
    when: 'the gut says something stops them',
    reasons: [{ kind: 'gut-uneasy' }],
    heedsGut: true,
    unsureAboutLine: false,
  },
  {
    when: 'the person is not sure about sexual contact',
    reasons: [{ kind: 'not-sure', question: 'contact', skipped: false }],
    heedsGut: true,
    unsureAboutLine: true,
  },
  {
    when: 'the person skipped the question about a proposal',
    reasons: [{ kind: 'not-sure', question: 'proposal', skipped: true }],
    heedsGut: true,
    unsureAboutLine: true,
  },
  {
    when: 'the person is only unsure about their gut',
    reasons: [{ kind: 'not-sure', question: 'gut', skipped: false }],
    heedsGut: false,
    unsureAboutLine: false,
  },
  {
    when: 'a single sign was logged and the log was locked',
    reasons: [{ kind: 'some-signs', signs: [] }, { kind: 'log-locked' }],
    heedsGut: false,
    unsureAboutLine: false,
  },
  {
    when: 'power or charisma draws them',
    reasons: [{ kind: 'draws-power-or-gaze', draws: ['power-or-charisma'] }],
    heedsGut: false,
    unsureAboutLine: false,
  },
];

describe('what a “slow down” result says depends on why', () => {
  for (const row of rows) {
    it(`when ${row.when}`, () => {
      expect(heedsGut(row.reasons)).toBe(row.heedsGut);
      expect(unsureAboutLine(row.reasons)).toBe(row.unsureAboutLine);
    });
  }

  it('heeds the gut of a person who answered nothing: contact and proposal are unknown', () => {
    const decision = decide({}, []);
    expect(decision.outcome).toBe('slow-down');
    expect(heedsGut(decision.reasons)).toBe(true);
    expect(unsureAboutLine(decision.reasons)).toBe(true);
  });
});
