/**
 * The guided reflection of PRODUCT.md §2 as data: one prompt per page, in the
 * order they are asked. The wording lives in the UI catalog
 * (src/ui/i18n/en/reflect.ts); here are only ids, kinds and option ids.
 *
 * The decision aid (src/core/decide/answers.ts) reuses these option ids where
 * it asks the same question, so a reflection can answer it there without asking
 * again.
 */

/** "What is it about my therapist that draws me?" (pick any, add your own). */
export const drawOptions = [
  'looks',
  'how-they-talk',
  'how-they-look-at-me',
  'how-they-talk-to-me',
  'what-they-say-to-me',
  'how-they-listen',
  'makes-me-feel-safe',
  'makes-me-feel-unsafe',
  'how-they-show-care',
  'understands-me',
  'power-or-charisma',
  'something-suggestive',
  'something-else',
] as const;

/**
 * "Has my therapist said or done anything suggestive?" Yes is split into once
 * and more than once, because repeated remarks are a warning sign of their own.
 */
export const suggestiveOptions = ['no', 'not-sure', 'once', 'more-than-once'] as const;

/**
 * "Would I feel comfortable raising this with them?" If not: is it only
 * awkward, or do I sense they might respond in a way that makes me unsafe?
 */
export const comfortOptions = ['comfortable', 'only-awkward', 'unsafe', 'not-sure'] as const;

/** Gut check: does anything about them make me uncomfortable, or stop me? */
export const gutOptions = ['yes', 'no', 'not-sure'] as const;

/**
 * - multi: pick any of the options, plus the person's own words;
 * - single: pick one option, plus the person's own words;
 * - date: a day (optional, may be approximate), plus what happened;
 * - free: the person's own words only.
 */
export type PromptKind = 'multi' | 'single' | 'date' | 'free';

export const prompts = [
  { id: 'draws', kind: 'multi', options: drawOptions },
  { id: 'first-moment', kind: 'date', options: [] },
  { id: 'suggestive', kind: 'single', options: suggestiveOptions },
  { id: 'comfort', kind: 'single', options: comfortOptions },
  { id: 'gut', kind: 'single', options: gutOptions },
  { id: 'notes', kind: 'free', options: [] },
] as const satisfies readonly {
  id: string;
  kind: PromptKind;
  options: readonly string[];
}[];

export type Prompt = (typeof prompts)[number];
export type PromptId = Prompt['id'];
/** The option ids of one prompt. */
export type OptionOf<P extends PromptId> = Extract<Prompt, { id: P }>['options'][number];

export function promptById<P extends PromptId>(id: P): Extract<Prompt, { id: P }> {
  return prompts.find((prompt) => prompt.id === id) as Extract<Prompt, { id: P }>;
}
