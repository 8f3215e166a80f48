import { signsFromAnswers } from '../notice/answered-signs';
import { type DriftRule, detectDrift } from '../notice/drift';
import { chronological, type LoggedSession } from '../notice/session';
import { type SignId, type WarningSignId, warningSigns } from '../notice/warning-signs';
import type { SignInSessions } from './reasons';

/** Logged signs that are suggestive remarks in themselves: comments on body or looks, sex talk. */
export const suggestiveSigns = ['body-comments', 'sex-talk'] as const satisfies readonly SignId[];
export type SuggestiveSign = (typeof suggestiveSigns)[number];

export function isSuggestiveSign(id: WarningSignId): id is SuggestiveSign {
  return (suggestiveSigns as readonly string[]).includes(id);
}

/**
 * Drift the session log finds from the facts of each session (length, time,
 * place, contact, touch), read as the warning sign it is. A person who logs
 * three sessions running long but never ticks "favors" has still logged favors.
 * Overriding events and recurring ticked signs are read from the ticks directly.
 * Fees are read by feeCuts below, not by the drift rule that names every fee
 * below the usual one.
 */
const signOfDrift: Partial<Record<DriftRule, SignId>> = {
  'running-over': 'favors',
  'getting-longer': 'favors',
  'later-start': 'later-or-elsewhere',
  'off-site': 'later-or-elsewhere',
  'contact-between': 'outside-contact',
  'touch-routine': 'touch',
};

/**
 * Every sign in the log, ticked, shown by a session's answers or found as drift, with the sessions behind
 * it (oldest first, each session once), in the order of the sign catalogue.
 */
export function signsInLog(sessions: readonly LoggedSession[]): SignInSessions[] {
  const behind = new Map<WarningSignId, Set<string>>();
  const note = (sign: WarningSignId, id: string) =>
    behind.set(sign, (behind.get(sign) ?? new Set()).add(id));
  for (const session of sessions) {
    for (const sign of session.data.signs) note(sign, session.id);
    // The form no longer asks these four as tick boxes: a hug or a waived fee is answered once,
    // and counts here exactly as the old tick did.
    for (const sign of signsFromAnswers(session.data)) note(sign, session.id);
  }
  for (const finding of detectDrift(sessions)) {
    const sign = signOfDrift[finding.rule];
    if (sign) for (const id of finding.sessionIds) note(sign, id);
  }
  for (const id of feeCuts(sessions)) note('favors', id);
  const order = chronological(sessions).map((s) => s.id);
  return warningSigns.flatMap(({ id: sign }) => {
    const ids = behind.get(sign);
    return ids ? [{ sign, sessionIds: order.filter((id) => ids.has(id)) }] : [];
  });
}

/**
 * Sessions where the fee was waived, or cut below a fee the person paid before.
 * A fee that is reduced from the first logged session on is a sliding scale agreed at
 * the start, not a sign by itself; the warning cue is a therapist who offers not to
 * charge, or cuts the fee (research/domain.md §2.5).
 */
export function feeCuts(sessions: readonly LoggedSession[]): string[] {
  let paidUsual = false;
  const cuts: string[] = [];
  for (const { id, data } of chronological(sessions)) {
    if (data.fee === 'waived' || (data.fee === 'reduced' && paidUsual)) cuts.push(id);
    if (data.fee === 'usual') paidUsual = true;
  }
  return cuts;
}
