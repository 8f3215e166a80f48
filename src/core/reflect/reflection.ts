import { type OptionOf, type PromptId, promptById } from './prompts';

/** The answer to one prompt. Which parts matter depends on the prompt's kind. */
export interface PromptAnswer<O extends string = string> {
  /** Chosen option ids, in the order the prompt lists them (at most one for a single choice). */
  readonly choices: readonly O[];
  /** A day as YYYY-MM-DD, or '' when none was given. Only the date prompt has one. */
  readonly date: string;
  /** The person's own words. */
  readonly text: string;
}

/**
 * A guided reflection's answers. A prompt with no answer was skipped: every
 * prompt may be, and a skipped prompt is never read as "no".
 */
export type ReflectionAnswers = { readonly [P in PromptId]?: PromptAnswer<OptionOf<P>> };

export const noAnswers: ReflectionAnswers = {};

/** True when the answer says anything at all. */
export function isAnswered(answer: PromptAnswer | undefined): answer is PromptAnswer {
  return (
    answer !== undefined &&
    (answer.choices.length > 0 || answer.date !== '' || answer.text.trim() !== '')
  );
}

/**
 * Records the answer to one prompt. The answer is tidied to what the prompt
 * allows (known options only, in list order, one for a single choice, a date
 * only for the date prompt); an answer that says nothing counts as skipped.
 */
export function answerPrompt<P extends PromptId>(
  answers: ReflectionAnswers,
  id: P,
  answer: PromptAnswer<string>,
): ReflectionAnswers {
  const prompt = promptById(id);
  const options: readonly string[] = prompt.options;
  let choices = options.filter((option) => answer.choices.includes(option));
  if (prompt.kind === 'single') choices = choices.slice(0, 1);
  const tidy: PromptAnswer = {
    choices,
    date: prompt.kind === 'date' ? answer.date : '',
    text: answer.text,
  };
  if (!isAnswered(tidy)) return skipPrompt(answers, id);
  return { ...answers, [id]: tidy };
}

/** Forgets the answer to one prompt, as if it had been skipped. */
export function skipPrompt(answers: ReflectionAnswers, id: PromptId): ReflectionAnswers {
  if (!(id in answers)) return answers;
  const { [id]: _skipped, ...rest } = answers;
  return rest;
}

/** True when no prompt was answered. */
export function isEmptyReflection(answers: ReflectionAnswers): boolean {
  return Object.values(answers).every((answer) => !isAnswered(answer));
}

export type DayProblem = 'invalid' | 'future';

/**
 * Checks a day typed for "when did I first notice it". Empty is fine (the
 * person may not remember); a day after today is a typing slip.
 */
export function checkDay(day: string, today: string): DayProblem | null {
  if (day === '') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return 'invalid';
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const parsed = new Date(Date.UTC(year, month - 1, date));
  if (
    year < 1900 ||
    parsed.getUTCFullYear() !== year ||
    parsed.getUTCMonth() !== month - 1 ||
    parsed.getUTCDate() !== date
  )
    return 'invalid';
  return day > today ? 'future' : null;
}
