import { afterEach, describe, expect, it } from 'vitest';
import { type DriftRule, detectDrift, type Finding, ruleOrder } from './drift';
import type { LoggedSession, Session } from './session';
import { at, min, on, session, weekly } from './test-data';

interface Case {
  name: string;
  log: LoggedSession[];
  /** The sessions behind the rule's finding, or null when the rule must stay silent. */
  named: string[] | null;
}

/** Runs a table of cases against one rule: each row is a whole log and what that rule should say. */
function table(rule: DriftRule, cases: Case[]) {
  it.each(cases)('$name', ({ log, named }) => {
    const found = detectDrift(log).filter((f) => f.rule === rule);
    if (named === null) expect(found).toEqual([]);
    else expect(found.map((f) => f.sessionIds)).toEqual([named]);
  });
}

const over = (minutes: number): Partial<Session> => ({
  plannedMinutes: min(50),
  actualMinutes: min(50 + minutes),
});
const calm: Partial<Session> = {};
const calmWeeks = (n: number) => Array.from({ length: n }, () => calm);

describe('sessions running over', () => {
  table('running-over', [
    {
      name: 'two sessions 10 or more minutes over within four are named',
      log: weekly(calm, calm, over(15), over(10)),
      named: ['s3', 's4'],
    },
    {
      name: 'one session running over is not named',
      log: weekly(calm, over(30), calm, calm),
      named: null,
    },
    {
      name: 'nine minutes over is below the threshold',
      log: weekly(over(9), over(9), over(9), over(9)),
      named: null,
    },
    {
      name: 'two overruns never inside the same four sessions are not named',
      log: weekly(over(20), calm, calm, calm, over(20)),
      named: null,
    },
    { name: 'a log of one long session is not named', log: weekly(over(60)), named: null },
    {
      name: 'a log of two sessions, both long, is read as one window and named',
      log: weekly(over(12), over(12)),
      named: ['s1', 's2'],
    },
    {
      name: 'every overrun in a run of them is named, not only the last four',
      log: weekly(over(10), over(10), calm, over(10), over(10), calm, calm, calm, calm),
      named: ['s1', 's2', 's4', 's5'],
    },
    {
      name: 'a long gap between sessions does not break a pattern: the log is read session by session',
      log: [
        ...weekly(over(15)),
        { id: 's2', data: session({ ...over(15), date: on('2026-01-05') }) },
      ],
      named: ['s1', 's2'],
    },
  ]);

  it('reports the longest overrun behind the finding', () => {
    const [finding] = detectDrift(weekly(over(12), over(40), calm));
    expect(finding).toMatchObject({ rule: 'running-over', longestOverrun: 40 });
  });
});

describe('sessions getting longer', () => {
  table('getting-longer', [
    {
      name: 'running 2, 4, 6 then 8 minutes over is named as getting longer',
      log: weekly(calm, over(2), over(4), over(6), over(8)),
      named: ['s2', 's3', 's4', 's5'],
    },
    {
      name: 'a rise from exactly 1 to exactly 5 minutes over is named: both ends count',
      log: weekly(over(1), over(2), over(3), over(5)),
      named: ['s1', 's2', 's3', 's4'],
    },
    {
      name: 'the session after a rise is not part of it',
      log: weekly(over(1), over(2), over(3), over(5), calm),
      named: ['s1', 's2', 's3', 's4'],
    },
    {
      name: 'a rise that starts on time (0 minutes over) is not named',
      log: weekly(over(0), over(2), over(3), over(5)),
      named: null,
    },
    {
      name: 'a rise that stays under five minutes over is ordinary wrap-up',
      log: weekly(over(1), over(2), over(3), over(4)),
      named: null,
    },
    {
      name: 'a dip in the middle breaks the rise',
      log: weekly(over(2), over(6), over(4), over(8)),
      named: null,
    },
    {
      name: 'a session that ended early cannot start a rise',
      log: weekly(over(-5), over(2), over(4), over(8)),
      named: null,
    },
    {
      name: 'the same overrun every time is not a rise',
      log: weekly(over(6), over(6), over(6), over(6)),
      named: null,
    },
    {
      name: 'three sessions are too few to call a rise',
      log: weekly(over(2), over(5), over(9)),
      named: null,
    },
  ]);
});

const startAt = (time: string): Partial<Session> => ({ start: at(time) });

describe('start times moving later', () => {
  table('later-start', [
    {
      name: 'an evening start earlier than the session just before it has not moved later',
      log: weekly(startAt('14:00'), startAt('14:00'), startAt('18:00'), startAt('17:30')),
      named: null,
    },
    {
      name: 'two evening starts, each later than any session before, are named',
      log: weekly(
        startAt('14:00'),
        startAt('14:00'),
        startAt('15:00'),
        startAt('16:00'),
        startAt('17:30'),
        startAt('18:30'),
      ),
      named: ['s5', 's6'],
    },
    {
      name: 'someone who always comes at 6 pm is never named',
      log: weekly(...Array.from({ length: 8 }, () => startAt('18:00'))),
      named: null,
    },
    {
      name: 'a single move into the evening is not named',
      log: weekly(
        startAt('14:00'),
        startAt('14:00'),
        startAt('14:00'),
        startAt('18:30'),
        startAt('14:00'),
        startAt('14:00'),
      ),
      named: null,
    },
    {
      name: 'moving later within the working day is not named',
      log: weekly(
        startAt('09:00'),
        startAt('10:00'),
        startAt('12:00'),
        startAt('13:00'),
        startAt('15:00'),
        startAt('16:30'),
      ),
      named: null,
    },
    {
      name: 'a move needs two earlier sessions to compare with',
      log: weekly(startAt('14:00'), startAt('18:00'), startAt('19:00')),
      named: null,
    },
    {
      name: 'an evening start no later than an earlier one is the person’s own pattern',
      log: weekly(
        startAt('19:00'),
        startAt('14:00'),
        startAt('14:00'),
        startAt('18:00'),
        startAt('18:30'),
      ),
      named: null,
    },
    {
      name: 'two sessions on one day are put in order by start time',
      log: [
        ...weekly(startAt('14:00'), startAt('14:00')),
        { id: 'late', data: session({ date: on('2024-01-22'), ...startAt('19:00') }) },
        { id: 'early', data: session({ date: on('2024-01-22'), ...startAt('18:00') }) },
      ],
      named: ['early', 'late'],
    },
  ]);

  it('reports the latest start behind the finding', () => {
    const log = weekly(startAt('13:00'), startAt('13:00'), startAt('17:00'), startAt('19:15'));
    expect(detectDrift(log)).toContainEqual(
      expect.objectContaining({ rule: 'later-start', latestStart: '19:15' }),
    );
  });
});

describe('sessions off-site', () => {
  table('off-site', [
    {
      name: 'a single session somewhere else is named',
      log: weekly(calm, { place: 'elsewhere' }, calm),
      named: ['s2'],
    },
    {
      name: 'video sessions are not off-site',
      log: weekly({ place: 'video' }, { place: 'video' }),
      named: null,
    },
    {
      name: 'one session, held somewhere else, is named on its own',
      log: weekly({ place: 'elsewhere' }),
      named: ['s1'],
    },
  ]);
});

describe('fees reduced or waived', () => {
  table('fee-reduced', [
    {
      name: 'reduced and waived fees are both named',
      log: weekly(calm, { fee: 'reduced' }, { fee: 'waived' }),
      named: ['s2', 's3'],
    },
    { name: 'the usual fee is never named', log: weekly(...calmWeeks(6)), named: null },
  ]);

  it('counts reduced and waived fees apart', () => {
    const log = weekly({ fee: 'reduced' }, { fee: 'waived' }, { fee: 'waived' });
    expect(detectDrift(log)).toContainEqual(
      expect.objectContaining({ rule: 'fee-reduced', reduced: 1, waived: 2 }),
    );
  });
});

const texts = (n: number): Partial<Session> => ({ contactsBetween: n });

describe('contact between sessions', () => {
  table('contact-between', [
    {
      name: 'contact before two sessions within four is named',
      log: weekly(calm, texts(1), calm, texts(3)),
      named: ['s2', 's4'],
    },
    { name: 'contact once is not named', log: weekly(calm, texts(5), calm, calm), named: null },
    {
      name: 'contacts never inside the same four sessions are not named',
      log: weekly(texts(1), calm, calm, calm, texts(1)),
      named: null,
    },
  ]);

  it('adds up the contacts behind the finding', () => {
    expect(detectDrift(weekly(texts(2), texts(4)))).toContainEqual(
      expect.objectContaining({ rule: 'contact-between', contacts: 6 }),
    );
  });
});

const touch = (kind: Session['touch']): Partial<Session> => ({ touch: kind });

describe('touch becoming routine', () => {
  table('touch-routine', [
    {
      name: 'a hug at three of four sessions is named',
      log: weekly(touch('hug'), calm, touch('hug'), touch('hug')),
      named: ['s1', 's3', 's4'],
    },
    {
      name: 'two hugs in four sessions are not yet routine',
      log: weekly(touch('hug'), calm, calm, touch('hug')),
      named: null,
    },
    {
      name: 'handshakes never count',
      log: weekly(...Array.from({ length: 5 }, () => touch('handshake'))),
      named: null,
    },
    {
      name: 'other touch counts alongside hugs',
      log: weekly(touch('other'), touch('hug'), touch('other')),
      named: ['s1', 's2', 's3'],
    },
  ]);

  it('counts hugs and other touch apart', () => {
    const log = weekly(touch('other'), touch('hug'), touch('hug'));
    expect(detectDrift(log)).toContainEqual(
      expect.objectContaining({ rule: 'touch-routine', hugs: 2, otherTouch: 1 }),
    );
  });
});

describe('warning signs recurring', () => {
  it('names a sign noted in two sessions, once per sign, in catalogue order', () => {
    const log = weekly(
      { signs: ['special', 'own-love-life'] },
      calm,
      { signs: ['own-love-life'] },
      { signs: ['special', 'body-comments'] },
    );
    const recurring = detectDrift(log).filter((f) => f.rule === 'sign-recurring');
    expect(recurring.map((f) => [f.rule === 'sign-recurring' && f.sign, f.sessionIds])).toEqual([
      ['special', ['s1', 's4']],
      ['own-love-life', ['s1', 's3']],
    ]);
  });

  it('does not name a sign noted once', () => {
    expect(detectDrift(weekly({ signs: ['sex-talk'] }, calm, calm))).toEqual([]);
  });

  it('names a sign however far apart the two sessions are', () => {
    const log = weekly({ signs: ['touch'] }, ...calmWeeks(30), { signs: ['touch'] });
    expect(detectDrift(log)).toEqual([
      expect.objectContaining({ rule: 'sign-recurring', sign: 'touch', sessionIds: ['s1', 's32'] }),
    ]);
  });
});

describe('overriding events', () => {
  it('names a single hint of a romantic relationship', () => {
    expect(detectDrift(weekly(calm, { signs: ['romantic-proposal'] }))).toEqual([
      expect.objectContaining({
        rule: 'overriding-event',
        event: 'romantic-proposal',
        sessionIds: ['s2'],
      }),
    ]);
  });

  it('puts sexual contact first, then a proposal, then every other finding', () => {
    const log = weekly(
      { signs: ['romantic-proposal', 'special'], fee: 'waived' },
      { signs: ['special'], place: 'elsewhere' },
      { signs: ['sexual-contact'] },
    );
    expect(detectDrift(log).map((f) => (f.rule === 'overriding-event' ? f.event : f.rule))).toEqual(
      ['sexual-contact', 'romantic-proposal', 'off-site', 'fee-reduced', 'sign-recurring'],
    );
  });

  it('never counts an overriding event as a recurring sign: it is already named', () => {
    const log = weekly({ signs: ['sexual-contact'] }, { signs: ['sexual-contact'] });
    expect(detectDrift(log).map((f) => f.rule)).toEqual(['overriding-event']);
  });
});

describe('every finding', () => {
  const drifting = weekly(
    { start: at('14:00') },
    { start: at('14:00') },
    { start: at('17:30'), ...over(12), fee: 'reduced', touch: 'hug' },
    { start: at('18:30'), ...over(20), fee: 'waived', ...texts(4), touch: 'hug' },
    { start: at('19:00'), ...over(25), ...texts(9), touch: 'hug', signs: ['special'] },
    { start: at('19:00'), ...over(30), ...texts(12), touch: 'hug', signs: ['special'] },
  );

  it('comes in the fixed rule order', () => {
    expect(ruleOrder).toEqual([
      'overriding-event',
      'running-over',
      'getting-longer',
      'later-start',
      'off-site',
      'fee-reduced',
      'contact-between',
      'touch-routine',
      'sign-recurring',
    ]);
    const rules = detectDrift(drifting).map((f) => f.rule);
    expect(rules).toEqual([
      'running-over',
      'getting-longer',
      'later-start',
      'fee-reduced',
      'contact-between',
      'touch-routine',
      'sign-recurring',
    ]);
    const positions = rules.map((rule) => ruleOrder.indexOf(rule));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('carries the dates of its first and last session', () => {
    const fee = detectDrift(drifting).find((f) => f.rule === 'fee-reduced');
    expect(fee).toMatchObject({ first: '2024-01-22', last: '2024-01-29' });
  });

  it('says whether it reaches into the last four sessions', () => {
    const old = weekly({ place: 'elsewhere' }, ...calmWeeks(4));
    const recent = weekly(...calmWeeks(4), { place: 'elsewhere' });
    expect(detectDrift(old)[0]?.recent).toBe(false);
    expect(detectDrift(recent)[0]?.recent).toBe(true);
  });

  it('counts the fourth-latest session as recent, and the fifth-latest as not', () => {
    const fourthLatest = weekly(calm, { place: 'elsewhere' }, ...calmWeeks(3));
    const fifthLatest = weekly({ place: 'elsewhere' }, ...calmWeeks(4));
    expect(detectDrift(fourthLatest)).toMatchObject([{ sessionIds: ['s2'], recent: true }]);
    expect(detectDrift(fifthLatest)).toMatchObject([{ sessionIds: ['s1'], recent: false }]);
  });

  it('is recent when any one of its sessions is recent, not only when all are', () => {
    const log = weekly({ place: 'elsewhere' }, ...calmWeeks(3), { place: 'elsewhere' });
    expect(detectDrift(log)).toMatchObject([{ sessionIds: ['s1', 's5'], recent: true }]);
  });

  it('is the same whatever order the sessions are handed over in', () => {
    expect(detectDrift([...drifting].reverse())).toEqual(detectDrift(drifting));
  });

  it('is nothing at all for an empty log', () => {
    expect(detectDrift([])).toEqual([]);
  });

  it('for a single session, names only what one session can show', () => {
    const one = weekly({
      start: at('21:00'),
      ...over(90),
      place: 'elsewhere',
      fee: 'waived',
      ...texts(20),
      touch: 'other',
      signs: ['special'],
    });
    expect(detectDrift(one).map((f: Finding) => f.rule)).toEqual(['off-site', 'fee-reduced']);
  });
});

describe('time zones and daylight saving', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  // 10 March 2024 is the US spring-forward Sunday; 7 April 2024 the New Zealand fall-back.
  const acrossChanges = [
    { id: 'a', data: session({ date: on('2024-03-09'), start: at('14:00') }) },
    { id: 'b', data: session({ date: on('2024-03-10'), start: at('14:00') }) },
    { id: 'c', data: session({ date: on('2024-03-10'), start: at('17:30'), ...over(15) }) },
    { id: 'd', data: session({ date: on('2024-04-07'), start: at('18:00'), ...over(15) }) },
  ];

  it('gives the same findings in every time zone, across clock changes', () => {
    const seen = ['UTC', 'America/New_York', 'Pacific/Auckland', 'Asia/Kolkata'].map((zone) => {
      process.env.TZ = zone;
      return detectDrift(acrossChanges);
    });
    for (const findings of seen) expect(findings).toEqual(seen[0]);
    expect(seen[0]?.map((f) => [f.rule, f.sessionIds])).toEqual([
      ['running-over', ['c', 'd']],
      ['later-start', ['c', 'd']],
    ]);
  });
});
