import fc from 'fast-check';
import { createEntry, type JournalEntry } from './entry';
import { prompts } from './prompts';
import { answerPrompt, type ReflectionAnswers } from './reflection';

/** Any reflection the prompts allow, built the way the pages build it. */
export const anyAnswers: fc.Arbitrary<ReflectionAnswers> = fc
  .array(
    fc.record({
      prompt: fc.constantFrom(...prompts),
      picks: fc.array(fc.nat(20), { maxLength: 4 }),
      date: fc.constantFrom('', '2024-02-29', '1999-12-31'),
      text: fc.string({ maxLength: 40 }),
    }),
    { maxLength: 8 },
  )
  .map((steps) =>
    steps.reduce<ReflectionAnswers>((answers, { prompt, picks, date, text }) => {
      const options: readonly string[] = prompt.options;
      const choices = picks.flatMap((i) =>
        options.length ? [options[i % options.length] as string] : [],
      );
      return answerPrompt(answers, prompt.id, { choices, date, text });
    }, {}),
  );

export function freeEntry(body: string, at = '2025-03-01T10:00:00.000Z'): JournalEntry {
  return createEntry('free', { body }, new Date(at));
}
