import { OVERRUN_MINUTES } from './drift';
import { overrun, type Session } from './session';
import { type SignId, signIds } from './warning-signs';

/*
 * Four of the nine signs are already asked by the session form's own
 * questions: length and fee (favors), place (later or elsewhere), touch, and
 * contact between sessions. Asking them again as tick boxes made people answer
 * the same thing twice, so the form asks only the other five (and the two
 * overriding events) under "Did anything else happen?", and these four are
 * read from the answers.
 */
export const answeredSigns = [
  'favors',
  'later-or-elsewhere',
  'touch',
  'outside-contact',
] as const satisfies readonly SignId[];

/** The signs the form still asks as tick boxes, in catalogue order. */
export const askedSigns: readonly SignId[] = signIds.filter(
  (id) => !(answeredSigns as readonly SignId[]).includes(id),
);

export function isAnsweredSign(id: string): boolean {
  return (answeredSigns as readonly string[]).includes(id);
}

/**
 * The signs one session's answers show by themselves. Two cautions keep this
 * to what a single session can say: a reduced fee may be a sliding scale agreed
 * at the start (only a waived fee counts here; the drift rules judge cuts over
 * time), and a late start is only drift against the person's own earlier
 * sessions, which one session cannot know.
 */
export function signsFromAnswers(session: Session): SignId[] {
  const shown = new Set<SignId>();
  if (session.fee === 'waived' || overrun(session) >= OVERRUN_MINUTES) shown.add('favors');
  if (session.place === 'elsewhere') shown.add('later-or-elsewhere');
  if (session.touch === 'hug' || session.touch === 'other') shown.add('touch');
  if (session.contactsBetween > 0) shown.add('outside-contact');
  return signIds.filter((id) => shown.has(id));
}
