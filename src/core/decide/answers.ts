/**
 * The person's answers to the "Is it safe to tell my therapist?" questions
 * (PRODUCT.md §4), worded after the reflection prompts of §2 so a finished
 * reflection can fill them in without asking again.
 *
 * Every answer is optional. A missing answer means the person skipped the
 * question, and the rules treat it as "not sure" — never as "no": a skipped
 * question about sexual contact must not count as "nothing happened".
 */

import { drawOptions, type suggestiveOptions } from '../reflect/prompts';

/** What draws the person to their therapist: the reflection's list (PRODUCT.md §2), so answers carry over. */
export const draws = drawOptions;
export type Draw = (typeof draws)[number];

/**
 * Draws that are about warmth, safety, being heard and being understood: the
 * only ones that fit "probably safe to talk about it".
 */
export const warmDraws: ReadonlySet<Draw> = new Set<Draw>([
  'how-they-listen',
  'makes-me-feel-safe',
  'how-they-show-care',
  'understands-me',
]);

/**
 * Plain attraction: their looks, how they talk. The guide names these as a natural
 * cause of feelings in therapy, so on their own they never slow a person down.
 */
export const plainAttractionDraws: ReadonlySet<Draw> = new Set<Draw>(['looks', 'how-they-talk']);

/** Draws the table names for slowing down: their power, or how they look at you. */
export const powerOrGazeDraws: ReadonlySet<Draw> = new Set<Draw>([
  'power-or-charisma',
  'how-they-look-at-me',
]);

/**
 * "Has your therapist said or done anything suggestive?" The reflection's answers,
 * plus one the reflection does not ask: it happened once and the therapist quickly
 * set the line back (the guide's well-meaning slip). Ordered least serious first.
 */
export const suggestiveAnswers = [
  'no',
  'once-repaired',
  'not-sure',
  'once',
  'more-than-once',
] as const satisfies readonly ((typeof suggestiveOptions)[number] | 'once-repaired')[];
export type SuggestiveAnswer = (typeof suggestiveAnswers)[number];

/** Yes / no / not sure, for the two events that override everything, and the gut check. */
export const yesNoAnswers = ['no', 'not-sure', 'yes'] as const;
export type YesNoAnswer = (typeof yesNoAnswers)[number];

/**
 * "Would you feel comfortable raising this with them?" Only awkward
 * (embarrassment) is the most a "probably safe" outcome allows; a sense that
 * they might respond in a way that makes you unsafe is "feeling unsafe".
 */
export const comfortAnswers = ['comfortable', 'only-awkward', 'not-sure', 'unsafe'] as const;
export type ComfortAnswer = (typeof comfortAnswers)[number];

export interface Answers {
  /** What draws you (pick any). An empty list counts as skipped. */
  readonly draws?: readonly Draw[];
  /** Has your therapist said or done anything suggestive? */
  readonly suggestive?: SuggestiveAnswer;
  /** Has your therapist hinted at or proposed a romantic or sexual relationship? */
  readonly proposal?: YesNoAnswer;
  /**
   * Has your therapist taken part in sexual contact of any kind? A client who made a
   * move and was kindly, clearly stopped answers no: that therapist did their job.
   */
  readonly contact?: YesNoAnswer;
  /** Would you feel comfortable raising it with them? */
  readonly comfort?: ComfortAnswer;
  /** Gut check: does anything about them make you uncomfortable, or stop you? */
  readonly gut?: YesNoAnswer;
}

/** The questions, in the order they are asked. Each is one page. */
export const questions = ['draws', 'suggestive', 'proposal', 'contact', 'comfort', 'gut'] as const;
export type Question = (typeof questions)[number];

/** True when the person gave no answer to the question (skipped it). */
export function isSkipped(answers: Answers, question: Question): boolean {
  const answer = answers[question];
  return answer === undefined || (Array.isArray(answer) && answer.length === 0);
}
