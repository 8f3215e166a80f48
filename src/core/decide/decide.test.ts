import { describe, expect, it } from 'vitest';
import type { LoggedSession, Session } from '../notice/session';
import { on, session as sessionData } from '../notice/test-data';
import type { WarningSignId } from '../notice/warning-signs';
import type { Answers, Draw } from './answers';
import { decide, type SessionLog } from './decide';
import type { Outcome } from './outcomes';
import type { Reason } from './reasons';

/** The reasons of a "probably safe" result for the calm answers, changed where a row says. */
function reassured(
  changes: {
    warm?: Draw[];
    plain?: Draw[];
    slip?: boolean;
    sessionCount?: number;
    awkward?: boolean;
  } = {},
): Reason[] {
  const warm = changes.warm ?? ['how-they-listen', 'makes-me-feel-safe'];
  const plain = changes.plain ?? [];
  return [
    ...(warm.length > 0 ? [{ kind: 'warm-draws', draws: warm } as const] : []),
    ...(plain.length > 0 ? [{ kind: 'plain-attraction', draws: plain } as const] : []),
    changes.slip ? { kind: 'slip-repaired' } : { kind: 'nothing-crossed' },
    { kind: 'no-signs-logged', sessionCount: changes.sessionCount ?? 0 },
    { kind: 'at-most-awkward', comfort: changes.awkward ? 'only-awkward' : 'comfortable' },
    { kind: 'gut-clear' },
  ];
}

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
  /** The session log, or 'locked' when it could not be read. */
  sessions?: SessionLog;
  outcome: Outcome;
  /** Every reason for the outcome, exactly: an extra or a missing one fails. */
  reasons: Reason[];
}

const rows: Row[] = [
  // Stop and get support
  {
    when: 'the person reports sexual contact',
    answers: { contact: 'yes' },
    outcome: 'stop',
    reasons: [{ kind: 'reported-contact' }],
  },
  {
    when: 'the person reports a hint or proposal of a relationship',
    answers: { proposal: 'yes' },
    outcome: 'stop',
    reasons: [{ kind: 'reported-proposal' }],
  },
  {
    when: 'sexual contact was logged in a session',
    sessions: [session('s1', '2024-03-01'), session('s2', '2024-03-08', 'sexual-contact')],
    outcome: 'stop',
    reasons: [{ kind: 'logged-overriding', sign: 'sexual-contact', sessionIds: ['s2'] }],
  },
  {
    when: 'a romantic proposal was logged, even once and with everything else calm',
    sessions: [session('s1', '2024-03-01', 'romantic-proposal')],
    outcome: 'stop',
    reasons: [{ kind: 'logged-overriding', sign: 'romantic-proposal', sessionIds: ['s1'] }],
  },
  // Walk away
  {
    when: 'the person reports suggestive remarks more than once',
    answers: { suggestive: 'more-than-once' },
    outcome: 'walk-away',
    reasons: [{ kind: 'suggestive-more-than-once' }],
  },
  {
    when: 'comments on body or looks were logged in two sessions',
    sessions: [
      session('a', '2024-01-01', 'body-comments'),
      session('b', '2024-01-08', 'body-comments'),
    ],
    outcome: 'walk-away',
    reasons: [{ kind: 'suggestive-sign-recurs', sign: 'body-comments', sessionIds: ['a', 'b'] }],
  },
  {
    when: 'sex talk was logged in two sessions',
    sessions: [session('b', '2024-01-08', 'sex-talk'), session('a', '2024-01-01', 'sex-talk')],
    outcome: 'walk-away',
    reasons: [{ kind: 'suggestive-sign-recurs', sign: 'sex-talk', sessionIds: ['a', 'b'] }],
  },
  {
    when: 'one suggestive remark comes with feeling unsafe',
    answers: { suggestive: 'once', comfort: 'unsafe' },
    outcome: 'walk-away',
    reasons: [{ kind: 'suggestive-and-unsafe', sessionIds: [] }],
  },
  {
    when: 'the draws include something suggestive and how unsafe they make the person feel',
    answers: { draws: ['something-suggestive', 'makes-me-feel-unsafe'] },
    outcome: 'walk-away',
    reasons: [{ kind: 'suggestive-and-unsafe', sessionIds: [] }],
  },
  {
    when: 'a body comment logged once comes with feeling unsafe (only that session is cited)',
    answers: { comfort: 'unsafe' },
    sessions: [
      session('w', '2024-01-26', 'touch'),
      session('x', '2024-02-02', 'body-comments'),
      session('y', '2024-02-09'),
    ],
    outcome: 'walk-away',
    reasons: [{ kind: 'suggestive-and-unsafe', sessionIds: ['x'] }],
  },
  {
    when: 'two different warning signs each recur',
    sessions: [
      session('a', '2024-01-01', 'touch', 'favors'),
      session('b', '2024-01-08', 'touch'),
      session('c', '2024-01-15', 'favors'),
    ],
    outcome: 'walk-away',
    reasons: [
      {
        kind: 'signs-recur',
        signs: [
          { sign: 'favors', sessionIds: ['a', 'c'] },
          { sign: 'touch', sessionIds: ['a', 'b'] },
        ],
      },
    ],
  },
  {
    when: 'three different warning signs were logged, once each: noted, not a verdict',
    sessions: [
      session('a', '2024-01-01', 'touch', 'favors'),
      session('b', '2024-01-08', 'special'),
    ],
    outcome: 'slow-down',
    reasons: [
      {
        kind: 'some-signs',
        signs: [
          { sign: 'special', sessionIds: ['b'] },
          { sign: 'favors', sessionIds: ['a'] },
          { sign: 'touch', sessionIds: ['a'] },
        ],
      },
    ],
  },
  {
    when: 'the log shows the fee cut after the usual fee, and touch ticked, in two sessions each',
    sessions: [
      sessionWith('z', '2023-12-25', { fee: 'usual' }),
      sessionWith('a', '2024-01-01', { fee: 'reduced' }),
      sessionWith('b', '2024-01-08', { fee: 'waived', signs: ['touch'] }),
      sessionWith('c', '2024-01-15', { signs: ['touch'] }),
    ],
    outcome: 'walk-away',
    reasons: [
      {
        kind: 'signs-recur',
        signs: [
          { sign: 'favors', sessionIds: ['a', 'b'] },
          { sign: 'touch', sessionIds: ['b', 'c'] },
        ],
      },
    ],
  },
  // Trust your gut — slow down
  {
    when: 'the person senses the therapist might respond in a way that makes them unsafe',
    answers: { comfort: 'unsafe' },
    outcome: 'slow-down',
    reasons: [{ kind: 'feels-unsafe', source: 'comfort' }],
  },
  {
    when: 'how unsafe the therapist makes the person feel is among the draws',
    answers: { draws: ['how-they-listen', 'makes-me-feel-unsafe'] },
    outcome: 'slow-down',
    reasons: [{ kind: 'feels-unsafe', source: 'draw' }],
  },
  {
    when: 'the person is not sure they would feel comfortable raising it',
    answers: { comfort: 'not-sure' },
    outcome: 'slow-down',
    reasons: [{ kind: 'not-sure', question: 'comfort', skipped: false }],
  },
  {
    when: 'something about the therapist makes the person uncomfortable',
    answers: { gut: 'yes' },
    outcome: 'slow-down',
    reasons: [{ kind: 'gut-uneasy' }],
  },
  {
    when: 'the person is not sure about their gut feeling',
    answers: { gut: 'not-sure' },
    outcome: 'slow-down',
    reasons: [{ kind: 'not-sure', question: 'gut', skipped: false }],
  },
  {
    when: 'the person is not sure whether something was suggestive',
    answers: { suggestive: 'not-sure' },
    outcome: 'slow-down',
    reasons: [{ kind: 'not-sure', question: 'suggestive', skipped: false }],
  },
  {
    when: 'there was one suggestive remark, without feeling unsafe',
    answers: { suggestive: 'once' },
    outcome: 'slow-down',
    reasons: [{ kind: 'suggestive-once' }],
  },
  {
    when: 'something suggestive is among the draws, without feeling unsafe',
    answers: { draws: ['how-they-listen', 'something-suggestive'] },
    outcome: 'slow-down',
    reasons: [{ kind: 'suggestive-draw' }],
  },
  {
    when: 'the person is not sure whether the therapist hinted at a relationship',
    answers: { proposal: 'not-sure' },
    outcome: 'slow-down',
    reasons: [{ kind: 'not-sure', question: 'proposal', skipped: false }],
  },
  {
    when: 'the person is not sure whether there was sexual contact',
    answers: { contact: 'not-sure' },
    outcome: 'slow-down',
    reasons: [{ kind: 'not-sure', question: 'contact', skipped: false }],
  },
  {
    when: 'a single warning sign was logged once',
    sessions: [session('a', '2024-01-01', 'touch'), session('b', '2024-01-08')],
    outcome: 'slow-down',
    reasons: [{ kind: 'some-signs', signs: [{ sign: 'touch', sessionIds: ['a'] }] }],
  },
  {
    when: 'one warning sign recurs, but no other',
    sessions: [session('a', '2024-01-01', 'touch'), session('b', '2024-01-08', 'touch')],
    outcome: 'slow-down',
    reasons: [{ kind: 'some-signs', signs: [{ sign: 'touch', sessionIds: ['a', 'b'] }] }],
  },
  {
    when: 'two different warning signs were logged once each',
    sessions: [session('a', '2024-01-01', 'touch'), session('b', '2024-01-08', 'special')],
    outcome: 'slow-down',
    reasons: [
      {
        kind: 'some-signs',
        signs: [
          { sign: 'special', sessionIds: ['b'] },
          { sign: 'touch', sessionIds: ['a'] },
        ],
      },
    ],
  },
  {
    when: 'one session was held somewhere other than the office',
    sessions: [
      session('a', '2024-01-01'),
      sessionWith('b', '2024-01-08', { place: 'elsewhere' }),
      session('c', '2024-01-15'),
    ],
    outcome: 'slow-down',
    reasons: [{ kind: 'some-signs', signs: [{ sign: 'later-or-elsewhere', sessionIds: ['b'] }] }],
  },
  {
    when: 'what draws the person is the therapist’s power',
    answers: { draws: ['power-or-charisma'] },
    outcome: 'slow-down',
    reasons: [{ kind: 'draws-power-or-gaze', draws: ['power-or-charisma'] }],
  },
  {
    when: 'what draws the person includes how the therapist looks at them',
    answers: { draws: ['how-they-listen', 'how-they-look-at-me'] },
    outcome: 'slow-down',
    reasons: [{ kind: 'draws-power-or-gaze', draws: ['how-they-look-at-me'] }],
  },
  {
    when: 'the draws go beyond warmth, safety, being heard and understood, and plain attraction',
    answers: { draws: ['understands-me', 'looks', 'what-they-say-to-me', 'something-else'] },
    outcome: 'slow-down',
    reasons: [{ kind: 'draws-other', draws: ['what-they-say-to-me', 'something-else'] }],
  },
  {
    when: 'power or charisma comes with plain attraction',
    answers: { draws: ['looks', 'power-or-charisma'] },
    outcome: 'slow-down',
    reasons: [{ kind: 'draws-power-or-gaze', draws: ['power-or-charisma'] }],
  },
  {
    when: 'one waived fee, “you’re special” once and one hug: one-off entries, not a pattern',
    sessions: [
      sessionWith('a', '2024-01-01', { fee: 'waived' }),
      session('b', '2024-01-08', 'special'),
      sessionWith('c', '2024-01-15', { touch: 'hug', signs: ['touch'] }),
      session('d', '2024-01-22'),
    ],
    outcome: 'slow-down',
    reasons: [
      {
        kind: 'some-signs',
        signs: [
          { sign: 'special', sessionIds: ['b'] },
          { sign: 'favors', sessionIds: ['a'] },
          { sign: 'touch', sessionIds: ['c'] },
        ],
      },
    ],
  },
  {
    when: 'the fee was cut once after the usual fee',
    sessions: [
      sessionWith('a', '2024-01-01', { fee: 'usual' }),
      sessionWith('b', '2024-01-08', { fee: 'reduced' }),
    ],
    outcome: 'slow-down',
    reasons: [{ kind: 'some-signs', signs: [{ sign: 'favors', sessionIds: ['b'] }] }],
  },
  {
    when: 'the session log is locked and every answer is reassuring',
    sessions: 'locked',
    outcome: 'slow-down',
    reasons: [{ kind: 'log-locked' }],
  },
  {
    when: 'the log is locked and the person is unsure about their gut',
    answers: { gut: 'not-sure' },
    sessions: 'locked',
    outcome: 'slow-down',
    reasons: [{ kind: 'not-sure', question: 'gut', skipped: false }, { kind: 'log-locked' }],
  },
  {
    when: 'a repaired slip comes with feeling unsafe: the unsafe feeling slows down on its own',
    answers: { suggestive: 'once-repaired', comfort: 'unsafe' },
    outcome: 'slow-down',
    reasons: [{ kind: 'feels-unsafe', source: 'comfort' }],
  },
  ...(['draws', 'suggestive', 'proposal', 'contact', 'comfort', 'gut'] as const).map(
    (question): Row => ({
      when: `the question “${question}” was skipped`,
      skip: [question],
      outcome: 'slow-down',
      reasons: [{ kind: 'not-sure', question, skipped: true }],
    }),
  ),
  {
    when: 'the draws were answered with an empty list',
    answers: { draws: [] },
    outcome: 'slow-down',
    reasons: [{ kind: 'not-sure', question: 'draws', skipped: true }],
  },
  // Probably safe to talk about it
  {
    when: 'what draws the person is warmth and safety, nothing crossed a line, and it is only awkward',
    answers: { comfort: 'only-awkward' },
    outcome: 'probably-safe',
    reasons: reassured({ awkward: true }),
  },
  {
    when: 'every answer is reassuring and the logged sessions show no sign',
    sessions: [session('a', '2024-01-01'), session('b', '2024-01-08')],
    outcome: 'probably-safe',
    reasons: reassured({ sessionCount: 2 }),
  },
  {
    when: 'what draws the person is plain attraction alone: their looks, how they talk',
    answers: { draws: ['looks', 'how-they-talk'] },
    outcome: 'probably-safe',
    reasons: reassured({ warm: [], plain: ['looks', 'how-they-talk'] }),
  },
  {
    when: 'plain attraction comes with warmth',
    answers: { draws: ['looks', 'how-they-listen'] },
    outcome: 'probably-safe',
    reasons: reassured({ warm: ['how-they-listen'], plain: ['looks'] }),
  },
  {
    when: 'every fee in the log is reduced from the start: a sliding scale, not a sign',
    sessions: [
      sessionWith('a', '2024-01-01', { fee: 'reduced' }),
      sessionWith('b', '2024-01-08', { fee: 'reduced' }),
      sessionWith('c', '2024-01-15', { fee: 'reduced' }),
    ],
    outcome: 'probably-safe',
    reasons: reassured({ sessionCount: 3 }),
  },
  {
    when: 'a suggestive slip happened once and the therapist quickly set the line back',
    answers: { suggestive: 'once-repaired' },
    outcome: 'probably-safe',
    reasons: reassured({ slip: true }),
  },
];

describe('decide follows the outcome table', () => {
  for (const row of rows) {
    it(`reaches “${row.outcome}” when ${row.when}`, () => {
      const answers: Record<string, unknown> = { ...calm, ...row.answers };
      for (const key of row.skip ?? []) delete answers[key];
      const decision = decide(answers as Answers, row.sessions ?? []);
      expect(decision.outcome).toBe(row.outcome);
      expect(decision.reasons).toEqual(row.reasons);
      // "Probably safe" means nothing was of concern, so nothing else is noted either.
      if (row.outcome === 'probably-safe') expect(decision.alsoNoted).toEqual([]);
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

  it('names both reasons when suggestive remarks came more than once and the person feels unsafe', () => {
    const decision = decide({ ...calm, suggestive: 'more-than-once', comfort: 'unsafe' }, []);
    expect(decision.outcome).toBe('walk-away');
    expect(decision.reasons).toEqual([
      { kind: 'suggestive-more-than-once' },
      { kind: 'suggestive-and-unsafe', sessionIds: [] },
    ]);
    expect(decision.alsoNoted).toEqual([{ kind: 'feels-unsafe', source: 'comfort' }]);
  });

  it('names a logged proposal once, as what decides, never again as a recurring warning sign', () => {
    const decision = decide(calm, [
      session('a', '2024-01-01', 'romantic-proposal'),
      session('b', '2024-01-08', 'romantic-proposal'),
    ]);
    expect(decision.outcome).toBe('stop');
    expect(decision.reasons).toEqual([
      { kind: 'logged-overriding', sign: 'romantic-proposal', sessionIds: ['a', 'b'] },
    ]);
    expect(decision.alsoNoted).toEqual([]);
  });

  it('keeps a locked log in view even when something more serious decides', () => {
    const decision = decide({ ...calm, contact: 'yes' }, 'locked');
    expect(decision.outcome).toBe('stop');
    expect(decision.reasons).toEqual([{ kind: 'reported-contact' }]);
    expect(decision.alsoNoted).toEqual([{ kind: 'log-locked' }]);
  });

  it('notes a repaired slip when something else decides, and never lets it decide', () => {
    const decision = decide({ ...calm, suggestive: 'once-repaired', gut: 'yes' }, []);
    expect(decision.outcome).toBe('slow-down');
    expect(decision.reasons).toEqual([{ kind: 'gut-uneasy' }]);
    expect(decision.alsoNoted).toEqual([{ kind: 'slip-repaired' }]);
  });

  it('counts a sign logged twice in the same session once', () => {
    const decision = decide(calm, [session('a', '2024-01-01', 'body-comments', 'body-comments')]);
    expect(decision.outcome).toBe('slow-down');
    expect(decision.reasons).toEqual([
      { kind: 'some-signs', signs: [{ sign: 'body-comments', sessionIds: ['a'] }] },
    ]);
  });
});
