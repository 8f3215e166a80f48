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
 * place, fee, contact, touch), read as the warning sign it is. A person who
 * logs three waived fees but never ticks "favors" has still logged favors.
 * Overriding events and recurring ticked signs are read from the ticks directly.
 */
const signOfDrift: Partial<Record<DriftRule, SignId>> = {
  'running-over': 'favors',
  'getting-longer': 'favors',
  'fee-reduced': 'favors',
  'later-start': 'later-or-elsewhere',
  'off-site': 'later-or-elsewhere',
  'contact-between': 'outside-contact',
  'touch-routine': 'touch',
};

/**
 * Every sign in the log, ticked or found as drift, with the sessions behind
 * it (oldest first, each session once), in the order of the sign catalogue.
 */
export function signsInLog(sessions: readonly LoggedSession[]): SignInSessions[] {
  const behind = new Map<WarningSignId, Set<string>>();
  const note = (sign: WarningSignId, id: string) =>
    behind.set(sign, (behind.get(sign) ?? new Set()).add(id));
  for (const session of sessions) for (const sign of session.data.signs) note(sign, session.id);
  for (const finding of detectDrift(sessions)) {
    const sign = signOfDrift[finding.rule];
    if (sign) for (const id of finding.sessionIds) note(sign, id);
  }
  const order = chronological(sessions).map((s) => s.id);
  return warningSigns.flatMap(({ id: sign }) => {
    const ids = behind.get(sign);
    return ids ? [{ sign, sessionIds: order.filter((id) => ids.has(id)) }] : [];
  });
}
