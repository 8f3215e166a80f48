import { SIGN_RECURRENCES } from '../notice/drift';
import { chronological, type LoggedSession } from '../notice/session';
import { isOverriding } from '../notice/warning-signs';
import {
  type Answers,
  type Draw,
  isSkipped,
  plainAttractionDraws,
  powerOrGazeDraws,
  type Question,
  warmDraws,
} from './answers';
import { type Outcome, seriousness } from './outcomes';
import type { Reason, SignInSessions } from './reasons';
import { isSuggestiveSign, signsInLog } from './session-facts';

/*
 * The outcome table of PRODUCT.md §4. The most serious outcome that applies wins.
 *
 * | outcome                        | when                                                           |
 * |--------------------------------|----------------------------------------------------------------|
 * | Stop and get support           | any sexual contact, or the therapist hinted at or proposed a   |
 * |   (stop)                       | romantic/sexual relationship — answered or logged              |
 * | Walk away                      | repeated suggestive remarks; or anything suggestive together   |
 * |   (walk-away)                  | with feeling unsafe; or several warning signs that recur       |
 * | Trust your gut — slow down     | feeling unsafe or unsure, unsure whether something was         |
 * |   (slow-down)                  | suggestive, a single warning sign, draws that are mostly about |
 * |                                | their power or how they look at you; a locked session log      |
 * | Probably safe to talk about it | what draws you is warmth, safety, being heard and understood,  |
 * |   (probably-safe)              | or plain attraction (their looks, how they talk); no warning   |
 * |                                | signs; at most embarrassment                                   |
 *
 * How we read it:
 * - A skipped question counts as "not sure", never as "no".
 * - Sexual contact means contact the therapist took part in: a client who made a move and
 *   was kindly stopped answers "no" (the question says so).
 * - "Repeated suggestive remarks": the person says "more than once", or a suggestive sign
 *   (comments on body or looks, sex talk) was logged in RECURS_IN_SESSIONS sessions or more.
 * - "Anything suggestive": a suggestive remark once or more, "something suggestive they said
 *   or did" among the draws, or a suggestive sign logged at least once.
 * - A slip repaired: the person says something suggestive happened once and the therapist
 *   quickly set the line back. Crossings can be neutral and a well-meaning therapist can slip
 *   (research/domain.md §2.1), so this is noted, not a verdict: it neither slows down nor
 *   counts as "anything suggestive". If it comes back, the person answers "more than once".
 * - "Feeling unsafe": the person senses they might respond in a way that makes them unsafe,
 *   or "how unsafe they make me feel" is among the draws.
 * - Plain attraction (their looks, how they talk) is natural, the guide says, and is never a
 *   reason by itself. Power or charisma and how they look at you still slow down.
 * - Logged signs are those ticked in the session log and those its drift findings show
 *   (sessions running over, fees waived or cut, touch becoming routine…), see session-facts.ts.
 *   A sliding-scale fee agreed from the start is not a sign.
 * - What matters in the log is a pattern: signs that come back. "Several warning signs that
 *   recur" is RECURRING_SIGNS_TO_WALK_AWAY different signs, each logged in RECURS_IN_SESSIONS
 *   sessions or more. One-off entries, however many, are noted and slow down ("a single
 *   warning sign"), never walk away on their own.
 * - A locked session log is never left out silently: while it is locked the result cannot be
 *   "probably safe", and a reason says the log was not read.
 * - "Probably safe" needs every answer given and reassuring: a single answer of "not sure",
 *   a draw beyond warmth, safety, being heard or understood and plain attraction, a
 *   suggestive remark once (not repaired), or any logged sign slows down. Anything the table
 *   does not cover therefore falls to "slow down": the app never promises safety.
 */

/** A sign "recurs" when it was logged in at least this many sessions: the session log's own measure. */
export const RECURS_IN_SESSIONS = SIGN_RECURRENCES;

/**
 * "Several warning signs that recur": at least this many different signs, each recurring.
 * One sign that comes back can have an innocent reason (a session that ran over twice);
 * two different ones coming back are a pattern across the frame of therapy, which is how
 * crossings usually build up before a violation (research/domain.md §2.2). A single
 * recurring sign is "a single warning sign" in the table, and slows down.
 */
export const RECURRING_SIGNS_TO_WALK_AWAY = 2;

/** What the decision could read of the session log: its sessions, or that it is locked. */
export type SessionLog = readonly LoggedSession[] | 'locked';

export interface Decision {
  readonly outcome: Outcome;
  /** Why this outcome: the answers and logged sessions that led to it. Never empty. */
  readonly reasons: readonly Reason[];
  /** Concerns that pointed to a less serious outcome than the one that won. */
  readonly alsoNoted: readonly Reason[];
}

type Concern = { readonly outcome: Exclude<Outcome, 'probably-safe'>; readonly reason: Reason };

export function decide(answers: Answers, log: SessionLog): Decision {
  const sessions = log === 'locked' ? [] : log;
  const concerns = [...answerConcerns(answers), ...logConcerns(answers, sessions)];
  if (log === 'locked') concerns.push({ outcome: 'slow-down', reason: { kind: 'log-locked' } });
  const slip: Reason[] = answers.suggestive === 'once-repaired' ? [{ kind: 'slip-repaired' }] : [];
  if (concerns.length === 0) {
    return { outcome: 'probably-safe', reasons: reassurances(answers, sessions), alsoNoted: [] };
  }
  const outcome = concerns.reduce<Outcome>(
    (worst, c) => (seriousness(c.outcome) > seriousness(worst) ? c.outcome : worst),
    'slow-down',
  );
  return {
    outcome,
    reasons: concerns.filter((c) => c.outcome === outcome).map((c) => c.reason),
    alsoNoted: [...concerns.filter((c) => c.outcome !== outcome).map((c) => c.reason), ...slip],
  };
}

function answerConcerns(answers: Answers): Concern[] {
  const concerns: Concern[] = [];
  const add = (outcome: Concern['outcome'], reason: Reason) => concerns.push({ outcome, reason });
  const notSure = (question: Question) =>
    add('slow-down', { kind: 'not-sure', question, skipped: isSkipped(answers, question) });

  if (answers.contact === 'yes') add('stop', { kind: 'reported-contact' });
  else if (answers.contact !== 'no') notSure('contact');

  if (answers.proposal === 'yes') add('stop', { kind: 'reported-proposal' });
  else if (answers.proposal !== 'no') notSure('proposal');

  if (answers.suggestive === 'more-than-once')
    add('walk-away', { kind: 'suggestive-more-than-once' });
  else if (answers.suggestive === 'once') add('slow-down', { kind: 'suggestive-once' });
  else if (answers.suggestive !== 'no' && answers.suggestive !== 'once-repaired') {
    notSure('suggestive');
  }

  if (answers.comfort === 'unsafe') add('slow-down', { kind: 'feels-unsafe', source: 'comfort' });
  else if (answers.comfort !== 'comfortable' && answers.comfort !== 'only-awkward') {
    notSure('comfort');
  }

  if (answers.gut === 'yes') add('slow-down', { kind: 'gut-uneasy' });
  else if (answers.gut !== 'no') notSure('gut');

  const drawn = answers.draws ?? [];
  if (drawn.length === 0) notSure('draws');
  if (drawn.includes('makes-me-feel-unsafe')) {
    add('slow-down', { kind: 'feels-unsafe', source: 'draw' });
  }
  if (drawn.includes('something-suggestive')) add('slow-down', { kind: 'suggestive-draw' });
  const powerOrGaze = drawn.filter((d) => powerOrGazeDraws.has(d));
  if (powerOrGaze.length > 0) add('slow-down', { kind: 'draws-power-or-gaze', draws: powerOrGaze });
  const other = drawn.filter(
    (d) =>
      !warmDraws.has(d) &&
      !plainAttractionDraws.has(d) &&
      !powerOrGazeDraws.has(d) &&
      !ownReason(d),
  );
  if (other.length > 0) add('slow-down', { kind: 'draws-other', draws: other });

  return concerns;
}

/** Draws that carry a reason of their own (feeling unsafe, something suggestive). */
function ownReason(draw: Draw): boolean {
  return draw === 'makes-me-feel-unsafe' || draw === 'something-suggestive';
}

function logConcerns(answers: Answers, sessions: readonly LoggedSession[]): Concern[] {
  const concerns: Concern[] = [];
  const logged = signsInLog(sessions);

  const suggestive: SignInSessions[] = [];
  for (const { sign, sessionIds } of logged) {
    if (isOverriding(sign)) {
      concerns.push({ outcome: 'stop', reason: { kind: 'logged-overriding', sign, sessionIds } });
    } else if (isSuggestiveSign(sign)) {
      suggestive.push({ sign, sessionIds });
      if (sessionIds.length >= RECURS_IN_SESSIONS) {
        const reason: Reason = { kind: 'suggestive-sign-recurs', sign, sessionIds };
        concerns.push({ outcome: 'walk-away', reason });
      }
    }
  }

  const anythingSuggestive =
    answers.suggestive === 'once' ||
    answers.suggestive === 'more-than-once' ||
    (answers.draws ?? []).includes('something-suggestive') ||
    suggestive.length > 0;
  const feelsUnsafe =
    answers.comfort === 'unsafe' || (answers.draws ?? []).includes('makes-me-feel-unsafe');
  if (anythingSuggestive && feelsUnsafe) {
    const behind = new Set(suggestive.flatMap((e) => e.sessionIds));
    const sessionIds = chronological(sessions)
      .map((s) => s.id)
      .filter((id) => behind.has(id));
    concerns.push({ outcome: 'walk-away', reason: { kind: 'suggestive-and-unsafe', sessionIds } });
  }

  const warning = logged.filter((e) => !isOverriding(e.sign));
  const recurring = warning.filter(recurs);
  if (recurring.length >= RECURRING_SIGNS_TO_WALK_AWAY) {
    concerns.push({ outcome: 'walk-away', reason: { kind: 'signs-recur', signs: recurring } });
  } else if (warning.length > 0) {
    concerns.push({ outcome: 'slow-down', reason: { kind: 'some-signs', signs: warning } });
  }
  return concerns;
}

function recurs(entry: SignInSessions): boolean {
  return entry.sessionIds.length >= RECURS_IN_SESSIONS;
}

/**
 * Only called when nothing raised a concern, so every answer is given and reassuring, and
 * every draw is warm or plain attraction. A repaired slip is said here, with why it counts
 * as noted, in place of "nothing crossed a line".
 */
function reassurances(answers: Answers, sessions: readonly LoggedSession[]): Reason[] {
  const comfort = answers.comfort === 'only-awkward' ? 'only-awkward' : 'comfortable';
  const drawn = answers.draws ?? [];
  const warm = drawn.filter((d) => warmDraws.has(d));
  const plain = drawn.filter((d) => plainAttractionDraws.has(d));
  return [
    ...(warm.length > 0 ? [{ kind: 'warm-draws', draws: warm } as const] : []),
    ...(plain.length > 0 ? [{ kind: 'plain-attraction', draws: plain } as const] : []),
    answers.suggestive === 'once-repaired'
      ? { kind: 'slip-repaired' }
      : { kind: 'nothing-crossed' },
    { kind: 'no-signs-logged', sessionCount: sessions.length },
    { kind: 'at-most-awkward', comfort },
    { kind: 'gut-clear' },
  ];
}
