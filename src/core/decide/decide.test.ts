import { describe, expect, it } from 'vitest';
import type { LoggedSession, Session } from '../notice/session';
import { on, session as sessionData } from '../notice/test-data';
import type { WarningSignId } from '../notice/warning-signs';
import type { Answers } from './answers';
import { decide } from './decide';
import type { Outcome } from './outcomes';
import type { Reason } from './reasons';

/** Every answer given and reassuring: the one case that is "probably safe". */
const calm: Answers = {
  draws: ['how-they-listen', 'makes-me-feel-safe'],
  suggestive: 'no',
  proposal: 'no',
  contact: 'no',
  comfort: 'comfortable',
  gut: 'no',
};

function session(id: string, date: string, ...signs: WarningSignId[]): LoggedSession {
  return { id, data: sessionData({ date: on(date), signs }) };
}

function sessionWith(id: string, date: string, changes: Partial<Session>): LoggedSession {
  return { id, data: sessionData({ date: on(date), ...changes }) };
}

interface Row {
  when: string;
  answers?: Partial<Answers>;
  /** Answers to leave out (skipped), after the changes above. */
  skip?: (keyof Answers)[];
  sessions?: LoggedSession[];
  outcome: Outcome;
  reason: Reason;
}

const rows: Row[] = [
  // Stop and get support
  {
    when: 'the person reports sexual contact',
    answers: { contact: 'yes' },
    outcome: 'stop',
    reason: { kind: 'reported-contact' },
  },
  {
    when: 'the person reports a hint or proposal of a relationship',
    answers: { proposal: 'yes' },
    outcome: 'stop',
    reason: { kind: 'reported-proposal' },
  },
  {
    when: 'sexual contact was logged in a session',
    sessions: [session('s1', '2024-03-01'), session('s2', '2024-03-08', 'sexual-contact')],
    outcome: 'stop',
    reason: { kind: 'logged-overriding', sign: 'sexual-contact', sessionIds: ['s2'] },
  },
  {
    when: 'a romantic proposal was logged, even once and with everything else calm',
    sessions: [session('s1', '2024-03-01', 'romantic-proposal')],
    outcome: 'stop',
    reason: { kind: 'logged-overriding', sign: 'romantic-proposal', sessionIds: ['s1'] },
  },
  // Walk away
  {
    when: 'the person reports suggestive remarks more than once',
    answers: { suggestive: 'more-than-once' },
    outcome: 'walk-away',
    reason: { kind: 'suggestive-more-than-once' },
  },
  {
    when: 'comments on body or looks were logged in two sessions',
    sessions: [
      session('a', '2024-01-01', 'body-comments'),
      session('b', '2024-01-08', 'body-comments'),
    ],
    outcome: 'walk-away',
    reason: { kind: 'suggestive-sign-recurs', sign: 'body-comments', sessionIds: ['a', 'b'] },
  },
  {
    when: 'sex talk was logged in two sessions',
    sessions: [session('b', '2024-01-08', 'sex-talk'), session('a', '2024-01-01', 'sex-talk')],
    outcome: 'walk-away',
    reason: { kind: 'suggestive-sign-recurs', sign: 'sex-talk', sessionIds: ['a', 'b'] },
  },
  {
    when: 'one suggestive remark comes with feeling unsafe',
    answers: { suggestive: 'once', comfort: 'unsafe' },
    outcome: 'walk-away',
    reason: { kind: 'suggestive-and-unsafe', sessionIds: [] },
  },
  {
    when: 'the draws include something suggestive and how unsafe they make the person feel',
    answers: { draws: ['something-suggestive', 'makes-me-feel-unsafe'] },
    outcome: 'walk-away',
    reason: { kind: 'suggestive-and-unsafe', sessionIds: [] },
  },
  {
    when: 'a body comment logged once comes with feeling unsafe',
    answers: { comfort: 'unsafe' },
    sessions: [session('x', '2024-02-02', 'body-comments')],
    outcome: 'walk-away',
    reason: { kind: 'suggestive-and-unsafe', sessionIds: ['x'] },
  },
  {
    when: 'two different warning signs each recur',
    sessions: [
      session('a', '2024-01-01', 'touch', 'favors'),
      session('b', '2024-01-08', 'touch'),
      session('c', '2024-01-15', 'favors'),
    ],
    outcome: 'walk-away',
    reason: {
      kind: 'signs-recur',
      signs: [
        { sign: 'favors', sessionIds: ['a', 'c'] },
        { sign: 'touch', sessionIds: ['a', 'b'] },
      ],
    },
  },
  {
    when: 'three different warning signs were logged, once each',
    sessions: [
      session('a', '2024-01-01', 'touch', 'favors'),
      session('b', '2024-01-08', 'special'),
    ],
    outcome: 'walk-away',
    reason: {
      kind: 'many-signs',
      signs: [
        { sign: 'special', sessionIds: ['b'] },
        { sign: 'favors', sessionIds: ['a'] },
        { sign: 'touch', sessionIds: ['a'] },
      ],
    },
  },
  {
    when: 'the log shows fees dropping and touch ticked in two sessions each',
    sessions: [
      sessionWith('a', '2024-01-01', { fee: 'reduced' }),
      sessionWith('b', '2024-01-08', { fee: 'waived', signs: ['touch'] }),
      sessionWith('c', '2024-01-15', { signs: ['touch'] }),
    ],
    outcome: 'walk-away',
    reason: {
      kind: 'signs-recur',
      signs: [
        { sign: 'favors', sessionIds: ['a', 'b'] },
        { sign: 'touch', sessionIds: ['b', 'c'] },
      ],
    },
  },
  // Trust your gut — slow down
  {
    when: 'the person senses the therapist might respond in a way that makes them unsafe',
    answers: { comfort: 'unsafe' },
    outcome: 'slow-down',
    reason: { kind: 'feels-unsafe', source: 'comfort' },
  },
  {
    when: 'how unsafe the therapist makes the person feel is among the draws',
    answers: { draws: ['how-they-listen', 'makes-me-feel-unsafe'] },
    outcome: 'slow-down',
    reason: { kind: 'feels-unsafe', source: 'draw' },
  },
  {
    when: 'the person is not sure they would feel comfortable raising it',
    answers: { comfort: 'not-sure' },
    outcome: 'slow-down',
    reason: { kind: 'not-sure', question: 'comfort', skipped: false },
  },
  {
    when: 'something about the therapist makes the person uncomfortable',
    answers: { gut: 'yes' },
    outcome: 'slow-down',
    reason: { kind: 'gut-uneasy' },
  },
  {
    when: 'the person is not sure about their gut feeling',
    answers: { gut: 'not-sure' },
    outcome: 'slow-down',
    reason: { kind: 'not-sure', question: 'gut', skipped: false },
  },
  {
    when: 'the person is not sure whether something was suggestive',
    answers: { suggestive: 'not-sure' },
    outcome: 'slow-down',
    reason: { kind: 'not-sure', question: 'suggestive', skipped: false },
  },
  {
    when: 'there was one suggestive remark, without feeling unsafe',
    answers: { suggestive: 'once' },
    outcome: 'slow-down',
    reason: { kind: 'suggestive-once' },
  },
  {
    when: 'something suggestive is among the draws, without feeling unsafe',
    answers: { draws: ['how-they-listen', 'something-suggestive'] },
    outcome: 'slow-down',
    reason: { kind: 'suggestive-draw' },
  },
  {
    when: 'the person is not sure whether the therapist hinted at a relationship',
    answers: { proposal: 'not-sure' },
    outcome: 'slow-down',
    reason: { kind: 'not-sure', question: 'proposal', skipped: false },
  },
  {
    when: 'the person is not sure whether there was sexual contact',
    answers: { contact: 'not-sure' },
    outcome: 'slow-down',
    reason: { kind: 'not-sure', question: 'contact', skipped: false },
  },
  {
    when: 'a single warning sign was logged once',
    sessions: [session('a', '2024-01-01', 'touch'), session('b', '2024-01-08')],
    outcome: 'slow-down',
    reason: { kind: 'some-signs', signs: [{ sign: 'touch', sessionIds: ['a'] }] },
  },
  {
    when: 'one warning sign recurs, but no other',
    sessions: [session('a', '2024-01-01', 'touch'), session('b', '2024-01-08', 'touch')],
    outcome: 'slow-down',
    reason: { kind: 'some-signs', signs: [{ sign: 'touch', sessionIds: ['a', 'b'] }] },
  },
  {
    when: 'two different warning signs were logged once each',
    sessions: [session('a', '2024-01-01', 'touch'), session('b', '2024-01-08', 'special')],
    outcome: 'slow-down',
    reason: {
      kind: 'some-signs',
      signs: [
        { sign: 'special', sessionIds: ['b'] },
        { sign: 'touch', sessionIds: ['a'] },
      ],
    },
  },
  {
    when: 'one session was held somewhere other than the office',
    sessions: [
      session('a', '2024-01-01'),
      sessionWith('b', '2024-01-08', { place: 'elsewhere' }),
      session('c', '2024-01-15'),
    ],
    outcome: 'slow-down',
    reason: { kind: 'some-signs', signs: [{ sign: 'later-or-elsewhere', sessionIds: ['b'] }] },
  },
  {
    when: 'what draws the person is the therapist’s power',
    answers: { draws: ['power-or-charisma'] },
    outcome: 'slow-down',
    reason: { kind: 'draws-power-or-gaze', draws: ['power-or-charisma'] },
  },
  {
    when: 'what draws the person includes how the therapist looks at them',
    answers: { draws: ['how-they-listen', 'how-they-look-at-me'] },
    outcome: 'slow-down',
    reason: { kind: 'draws-power-or-gaze', draws: ['how-they-look-at-me'] },
  },
  {
    when: 'the draws go beyond warmth, safety, being heard and understood',
    answers: { draws: ['understands-me', 'looks', 'something-else'] },
    outcome: 'slow-down',
    reason: { kind: 'draws-other', draws: ['looks', 'something-else'] },
  },
  ...(['draws', 'suggestive', 'proposal', 'contact', 'comfort', 'gut'] as const).map(
    (question): Row => ({
      when: `the question “${question}” was skipped`,
      skip: [question],
      outcome: 'slow-down',
      reason: { kind: 'not-sure', question, skipped: true },
    }),
  ),
  {
    when: 'the draws were answered with an empty list',
    answers: { draws: [] },
    outcome: 'slow-down',
    reason: { kind: 'not-sure', question: 'draws', skipped: true },
  },
  // Probably safe to talk about it
  {
    when: 'what draws the person is warmth and safety, nothing crossed a line, and it is only awkward',
    answers: { comfort: 'only-awkward' },
    outcome: 'probably-safe',
    reason: { kind: 'at-most-awkward', comfort: 'only-awkward' },
  },
  {
    when: 'every answer is reassuring and the logged sessions show no sign',
    sessions: [session('a', '2024-01-01'), session('b', '2024-01-08')],
    outcome: 'probably-safe',
    reason: { kind: 'no-signs-logged', sessionCount: 2 },
  },
];

describe('decide follows the outcome table', () => {
  for (const row of rows) {
    it(`reaches “${row.outcome}” when ${row.when}`, () => {
      const answers: Record<string, unknown> = { ...calm, ...row.answers };
      for (const key of row.skip ?? []) delete answers[key];
      const decision = decide(answers as Answers, row.sessions ?? []);
      expect(decision.outcome).toBe(row.outcome);
      expect(decision.reasons).toContainEqual(row.reason);
    });
  }
});

describe('decide explains itself', () => {
  it('gives every reassurance when the outcome is probably safe', () => {
    expect(decide(calm, []).reasons).toEqual([
      { kind: 'warm-draws', draws: ['how-they-listen', 'makes-me-feel-safe'] },
      { kind: 'nothing-crossed' },
      { kind: 'no-signs-logged', sessionCount: 0 },
      { kind: 'at-most-awkward', comfort: 'comfortable' },
      { kind: 'gut-clear' },
    ]);
  });

  it('treats a person who answered nothing as not sure about everything, never as “no”', () => {
    const decision = decide({}, []);
    expect(decision.outcome).toBe('slow-down');
    expect(decision.reasons).toEqual([
      { kind: 'not-sure', question: 'contact', skipped: true },
      { kind: 'not-sure', question: 'proposal', skipped: true },
      { kind: 'not-sure', question: 'suggestive', skipped: true },
      { kind: 'not-sure', question: 'comfort', skipped: true },
      { kind: 'not-sure', question: 'gut', skipped: true },
      { kind: 'not-sure', question: 'draws', skipped: true },
    ]);
  });

  it('lets the most serious outcome win and keeps the lesser concerns as also noted', () => {
    const decision = decide(
      { ...calm, contact: 'yes', suggestive: 'more-than-once', gut: 'yes' },
      [],
    );
    expect(decision.outcome).toBe('stop');
    expect(decision.reasons).toEqual([{ kind: 'reported-contact' }]);
    expect(decision.alsoNoted).toEqual([
      { kind: 'suggestive-more-than-once' },
      { kind: 'gut-uneasy' },
    ]);
  });

  it('counts a sign logged twice in the same session once', () => {
    const decision = decide(calm, [session('a', '2024-01-01', 'body-comments', 'body-comments')]);
    expect(decision.outcome).toBe('slow-down');
    expect(decision.reasons).toEqual([
      { kind: 'some-signs', signs: [{ sign: 'body-comments', sessionIds: ['a'] }] },
    ]);
  });
});
