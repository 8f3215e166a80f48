import type { Reason } from './reasons';

/*
 * "Trust your gut — slow down" covers two different places a person can be in. Some are
 * only unsure (a skipped question, a single sign); there, "nothing may be wrong" is
 * true and calming. Others already sense danger, or cannot rule out that a line was
 * crossed; telling them "that does not mean something is wrong" would talk them out of
 * their gut. The result page reads these two functions to choose its words and links.
 */

/**
 * The person's own sense says hold back: feeling unsafe, a gut "yes, something stops
 * me", or "not sure" (or skipped) about sexual contact or a proposal. They need no proof
 * to hold back or to leave, and the result must never say nothing may be wrong.
 */
export function heedsGut(reasons: readonly Reason[]): boolean {
  return reasons.some(
    (reason) =>
      reason.kind === 'feels-unsafe' || reason.kind === 'gut-uneasy' || unsureAboutLine([reason]),
  );
}

/** Not sure (or skipped) whether there was sexual contact or a proposal: link "If it already happened". */
export function unsureAboutLine(reasons: readonly Reason[]): boolean {
  return reasons.some(
    (reason) =>
      reason.kind === 'not-sure' &&
      (reason.question === 'contact' || reason.question === 'proposal'),
  );
}
