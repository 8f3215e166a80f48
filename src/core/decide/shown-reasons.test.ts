import { describe, expect, it } from 'vitest';
import type { LoggedSession } from '../notice/session';
import { on, session as sessionData } from '../notice/test-data';
import type { WarningSignId } from '../notice/warning-signs';
import type { Answers } from './answers';
import { decide } from './decide';
import type { Reason } from './reasons';
import { type ShownLine, shownReasons } from './shown-reasons';

function session(id: string, date: string, ...signs: WarningSignId[]): LoggedSession {
  return { id, data: sessionData({ date: on(date), signs }) };
}

const calm: Answers = {
  draws: ['how-they-listen'],
  suggestive: 'no',
  proposal: 'no',
  contact: 'no',
  comfort: 'comfortable',
  gut: 'no',
};

const reason = (r: Reason): ShownLine => ({ kind: 'reason', reason: r });

/** Every logged sign a list of lines names, once per time it is named. */
function signsSaid(lines: readonly ShownLine[]): string[] {
  return lines.flatMap((line) => {
    if (line.kind !== 'reason') return [];
    const r = line.reason;
    if (r.kind === 'suggestive-sign-recurs' || r.kind === 'logged-overriding') return [r.sign];
    if (r.kind === 'signs-recur' || r.kind === 'some-signs') return r.signs.map((s) => s.sign);
    return [];
  });
}

describe('what a result shows of its reasons', () => {
  it('says a sign that comes back once, not again among the one-off signs', () => {
    const log = [
      session('a', '2024-01-01', 'body-comments'),
      session('b', '2024-01-08', 'body-comments'),
    ];
    const decision = decide(calm, log);
    // The decision itself keeps both, as it did before; only the page says it once.
    expect(decision.alsoNoted).toHaveLength(1);
    const shown = shownReasons(decision);
    expect(shown.why).toEqual([
      reason({ kind: 'suggestive-sign-recurs', sign: 'body-comments', sessionIds: ['a', 'b'] }),
    ]);
    expect(shown.also).toEqual([]);
  });

  it('keeps the one-off signs that were not named above, and only those', () => {
    const log = [
      session('a', '2024-01-01', 'body-comments', 'favors'),
      session('b', '2024-01-08', 'body-comments'),
    ];
    const shown = shownReasons(decide(calm, log));
    expect(signsSaid(shown.why)).toEqual(['body-comments']);
    expect(shown.also).toEqual([
      reason({ kind: 'some-signs', signs: [{ sign: 'favors', sessionIds: ['a'] }] }),
    ]);
  });

  it('lists a recurring suggestive sign once, in "several signs came back"', () => {
    const log = [
      session('a', '2024-01-01', 'body-comments', 'special'),
      session('b', '2024-01-08', 'body-comments', 'special'),
    ];
    const decision = decide(calm, log);
    expect(decision.reasons.map((r) => r.kind)).toEqual(['suggestive-sign-recurs', 'signs-recur']);
    const shown = shownReasons(decision);
    expect(shown.why.map((l) => l.kind === 'reason' && l.reason.kind)).toEqual(['signs-recur']);
    expect(signsSaid(shown.why).sort()).toEqual(['body-comments', 'special']);
  });

  it('drops "you sense they might make you unsafe" under "suggestive and unsafe", not the draw', () => {
    const decision = decide(
      {
        ...calm,
        suggestive: 'once',
        comfort: 'unsafe',
        draws: ['how-they-listen', 'makes-me-feel-unsafe'],
      },
      [],
    );
    const shown = shownReasons(decision);
    expect(shown.why).toEqual([reason({ kind: 'suggestive-and-unsafe', sessionIds: [] })]);
    expect(shown.also).toEqual([
      reason({ kind: 'suggestive-once' }),
      reason({ kind: 'feels-unsafe', source: 'draw' }),
    ]);
  });

  it('keeps "you sense they might make you unsafe" when nothing else says it', () => {
    const shown = shownReasons(decide({ ...calm, comfort: 'unsafe' }, []));
    expect(shown.why).toEqual([reason({ kind: 'feels-unsafe', source: 'comfort' })]);
  });

  it('says every skipped question in one line, in question order, where the first one was', () => {
    const shown = shownReasons(
      decide({ suggestive: 'no', proposal: 'no', comfort: 'not-sure' }, []),
    );
    expect(shown.why).toEqual([
      { kind: 'skipped', questions: ['draws', 'contact', 'gut'] },
      reason({ kind: 'not-sure', question: 'comfort', skipped: false }),
    ]);
  });

  it('puts the skipped line among the other things when a more serious outcome won', () => {
    const shown = shownReasons(decide({ ...calm, contact: 'yes', gut: undefined, draws: [] }, []));
    expect(shown.why).toEqual([reason({ kind: 'reported-contact' })]);
    expect(shown.also).toEqual([{ kind: 'skipped', questions: ['draws', 'gut'] }]);
  });

  it('leaves a result with nothing repeated as the decision has it', () => {
    const decision = decide({ ...calm, suggestive: 'more-than-once', gut: 'yes' }, []);
    const shown = shownReasons(decision);
    expect(shown.why).toEqual(decision.reasons.map(reason));
    expect(shown.also).toEqual(decision.alsoNoted.map(reason));
    expect(shown.also).toHaveLength(1);
  });

  it('never names a logged sign twice, whatever the log', () => {
    const signs: WarningSignId[] = ['body-comments', 'sex-talk', 'special', 'favors'];
    for (let mask = 0; mask < 256; mask++) {
      const log = [0, 1].map((i) =>
        session(`s${i}`, `2024-01-0${i + 1}`, ...signs.filter((_, j) => mask & (1 << (j + 4 * i)))),
      );
      const decision = decide(calm, log);
      const shown = shownReasons(decision);
      const said = [...signsSaid(shown.why), ...signsSaid(shown.also)];
      expect(new Set(said).size).toBe(said.length);
      // Nothing the decision names is lost on the way.
      const named = [...decision.reasons, ...decision.alsoNoted].map(reason);
      expect(new Set(said)).toEqual(new Set(signsSaid(named)));
    }
  });
});
