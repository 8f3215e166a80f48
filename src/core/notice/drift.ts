import {
  chronological,
  type LocalDate,
  type LocalTime,
  type LoggedSession,
  minutesOfDay,
  overrun,
  type Session,
} from './session';
import { type OverridingId, type SignId, signIds } from './warning-signs';

/*
 * Drift detection: boundary violations seldom begin with a proposition; they
 * creep in as small favors and crossings over weeks (research/domain.md §2.2).
 * Each rule below looks for one kind of creep and names the sessions behind it.
 *
 * Rules read the whole log, not only its end: a pattern that ran through last
 * spring is still part of the story (and of a complaint). `recent` says
 * whether it reaches into the last few sessions, for screens that care about now.
 *
 * Every rule is monotone in one sense the tests check: logging a session in
 * which nothing happened can never create a finding.
 */

/**
 * A run of sessions is judged four at a time: about a month of weekly therapy,
 * long enough that one odd session does not decide, short enough that a
 * pattern is caught while it is forming. A log shorter than this is one window.
 */
export const WINDOW_SESSIONS = 4;

/**
 * Ten minutes over is where "a bit late to finish" becomes extra time given:
 * the American Psychiatric Association's cues for patients speak of sessions
 * regularly extended by 10 to 15 minutes or more (research/domain.md §2.5).
 */
export const OVERRUN_MINUTES = 10;
/** Twice in a month is a habit forming; once can be a hard session that needed a few more minutes. */
export const OVERRUNS_IN_WINDOW = 2;

/**
 * A session that runs a little longer every time is drift even below ten
 * minutes. Four sessions in a row, each longer than the last, is unlikely to be
 * chance; the last must be at least five minutes over so that 1, 2, 3, 4
 * minutes of ordinary wrap-up is not named.
 */
export const RISING_MIN_LAST_OVERRUN = 5;

/**
 * From 5 pm a session is usually the last of a working day, when the building
 * empties: the California brochure names "late appointments when no one is
 * around" (research/domain.md §2.5).
 */
export const LATE_START = '17:00' as LocalTime;
/**
 * A session counts as moved later when it starts after every earlier session
 * in the log, so the person's own pattern is the yardstick (someone who always
 * comes at 6 pm is never flagged). It needs at least two earlier sessions to
 * be a pattern at all.
 */
export const EARLIER_SESSIONS_FOR_PATTERN = 2;
/** Two such moves within a month is the drift; one can be a rescheduling. */
export const LATER_STARTS_IN_WINDOW = 2;

/** Contact outside sessions before two sessions in a month is a pattern; once can be a crisis call. */
export const CONTACT_SESSIONS_IN_WINDOW = 2;

/** "Routine" means most sessions: three of four ended with a hug or other touch. */
export const TOUCH_SESSIONS_IN_WINDOW = 3;

/** A sign noted twice is recurring; once is shown on the timeline but not named as a pattern. */
export const SIGN_RECURRENCES = 2;

/** `recent` means the finding involves at least one of this many latest sessions. */
export const RECENT_SESSIONS = WINDOW_SESSIONS;

export type DriftRule =
  | 'overriding-event'
  | 'running-over'
  | 'getting-longer'
  | 'later-start'
  | 'off-site'
  | 'fee-reduced'
  | 'contact-between'
  | 'touch-routine'
  | 'sign-recurring';

/** Findings come in this order: overriding events always first, then drift, then recurring signs. */
export const ruleOrder: readonly DriftRule[] = [
  'overriding-event',
  'running-over',
  'getting-longer',
  'later-start',
  'off-site',
  'fee-reduced',
  'contact-between',
  'touch-routine',
  'sign-recurring',
];

interface FindingBase {
  /** The sessions behind the finding, oldest first. Never empty. */
  readonly sessionIds: readonly string[];
  readonly first: LocalDate;
  readonly last: LocalDate;
  readonly recent: boolean;
}

/** What each rule reports besides the sessions: the numbers its plain sentence needs. */
export type FindingDetail =
  | { readonly rule: 'overriding-event'; readonly event: OverridingId }
  | { readonly rule: 'running-over'; readonly longestOverrun: number }
  | { readonly rule: 'getting-longer'; readonly longestOverrun: number }
  | { readonly rule: 'later-start'; readonly latestStart: LocalTime }
  | { readonly rule: 'off-site' }
  | { readonly rule: 'fee-reduced'; readonly reduced: number; readonly waived: number }
  | { readonly rule: 'contact-between'; readonly contacts: number }
  | { readonly rule: 'touch-routine'; readonly hugs: number; readonly otherTouch: number }
  | { readonly rule: 'sign-recurring'; readonly sign: SignId };

export type Finding = FindingBase & FindingDetail;

/** Every finding in the log, most serious first. Pure: same sessions, same findings. */
export function detectDrift(sessions: readonly LoggedSession[]): Finding[] {
  const log = chronological(sessions);
  const recentIds = new Set(log.slice(-RECENT_SESSIONS).map((s) => s.id));
  const findings: Finding[] = [];
  const add = (behind: LoggedSession[], detail: FindingDetail) => {
    const first = behind[0];
    const last = behind[behind.length - 1];
    if (!first || !last) return;
    findings.push({
      ...detail,
      sessionIds: behind.map((s) => s.id),
      first: first.data.date,
      last: last.data.date,
      recent: behind.some((s) => recentIds.has(s.id)),
    });
  };

  // Sexual contact outranks a proposal: both override everything else.
  for (const event of ['sexual-contact', 'romantic-proposal'] as const) {
    add(
      log.filter((s) => s.data.signs.includes(event)),
      { rule: 'overriding-event', event },
    );
  }

  const overruns = inBusyWindows(log, (s) => overrun(s) >= OVERRUN_MINUTES, OVERRUNS_IN_WINDOW);
  add(overruns, { rule: 'running-over', longestOverrun: longest(overruns) });

  const rising = risingOverruns(log);
  add(rising, { rule: 'getting-longer', longestOverrun: longest(rising) });

  const later = inBusyWindows(log, movedLater(log), LATER_STARTS_IN_WINDOW);
  add(later, { rule: 'later-start', latestStart: latestStart(later) });

  add(
    log.filter((s) => s.data.place === 'elsewhere'),
    { rule: 'off-site' },
  );

  const cheaper = log.filter((s) => s.data.fee !== 'usual');
  add(cheaper, {
    rule: 'fee-reduced',
    reduced: cheaper.filter((s) => s.data.fee === 'reduced').length,
    waived: cheaper.filter((s) => s.data.fee === 'waived').length,
  });

  const contact = inBusyWindows(log, (s) => s.contactsBetween > 0, CONTACT_SESSIONS_IN_WINDOW);
  add(contact, {
    rule: 'contact-between',
    contacts: contact.reduce((sum, s) => sum + s.data.contactsBetween, 0),
  });

  const touched = inBusyWindows(
    log,
    (s) => s.touch === 'hug' || s.touch === 'other',
    TOUCH_SESSIONS_IN_WINDOW,
  );
  add(touched, {
    rule: 'touch-routine',
    hugs: touched.filter((s) => s.data.touch === 'hug').length,
    otherTouch: touched.filter((s) => s.data.touch === 'other').length,
  });

  for (const sign of signIds) {
    const noted = log.filter((s) => s.data.signs.includes(sign));
    if (noted.length >= SIGN_RECURRENCES) add(noted, { rule: 'sign-recurring', sign });
  }

  return findings;
}

/**
 * The sessions that match `flagged` and sit in at least one window of
 * WINDOW_SESSIONS consecutive sessions holding `needed` or more matches.
 */
function inBusyWindows(
  log: readonly LoggedSession[],
  flagged: (session: Session, index: number) => boolean,
  needed: number,
): LoggedSession[] {
  const flags = log.map((s, i) => flagged(s.data, i));
  const size = Math.min(WINDOW_SESSIONS, log.length);
  const keep = new Set<number>();
  for (let start = 0; start + size <= log.length && size > 0; start++) {
    const hits: number[] = [];
    for (let i = start; i < start + size; i++) if (flags[i]) hits.push(i);
    if (hits.length >= needed) for (const i of hits) keep.add(i);
  }
  return log.filter((_, i) => keep.has(i));
}

/** Sessions in a run of WINDOW_SESSIONS, each running over by more than the one before. */
function risingOverruns(log: readonly LoggedSession[]): LoggedSession[] {
  const keep = new Set<number>();
  for (let start = 0; start + WINDOW_SESSIONS <= log.length; start++) {
    const run = log.slice(start, start + WINDOW_SESSIONS).map((s) => overrun(s.data));
    const climbing = run.every((over, i) => over >= 1 && (i === 0 || over > (run[i - 1] ?? 0)));
    if (climbing && (run[run.length - 1] ?? 0) >= RISING_MIN_LAST_OVERRUN) {
      for (let i = start; i < start + WINDOW_SESSIONS; i++) keep.add(i);
    }
  }
  return log.filter((_, i) => keep.has(i));
}

/** A start in the late slot that is later than every earlier session in the log. */
function movedLater(log: readonly LoggedSession[]): (session: Session, index: number) => boolean {
  const latestBefore: number[] = [];
  let latest = -1;
  for (const s of log) {
    latestBefore.push(latest);
    latest = Math.max(latest, minutesOfDay(s.data.start));
  }
  const lateFrom = minutesOfDay(LATE_START);
  return (session, index) => {
    const start = minutesOfDay(session.start);
    return (
      index >= EARLIER_SESSIONS_FOR_PATTERN &&
      start >= lateFrom &&
      start > (latestBefore[index] ?? Number.POSITIVE_INFINITY)
    );
  };
}

function longest(sessions: readonly LoggedSession[]): number {
  return Math.max(0, ...sessions.map((s) => overrun(s.data)));
}

function latestStart(sessions: readonly LoggedSession[]): LocalTime {
  const starts = sessions.map((s) => s.data.start).sort();
  return starts[starts.length - 1] ?? LATE_START;
}
