import type { ReflectionAnswers } from '../reflect/reflection';
import type { Answers } from './answers';

/**
 * The decision answers a guided reflection already gave, so they are shown
 * (and can be changed) rather than asked again. Only prompts the person
 * answered with a choice carry over; the reflection does not ask about a
 * proposal or sexual contact, so those are always asked here.
 */
export function answersFromReflection(reflection: ReflectionAnswers): Answers {
  const answers: { -readonly [K in keyof Answers]: Answers[K] } = {};
  const draws = reflection.draws?.choices ?? [];
  if (draws.length > 0) answers.draws = draws;
  const suggestive = reflection.suggestive?.choices[0];
  if (suggestive) answers.suggestive = suggestive;
  const comfort = reflection.comfort?.choices[0];
  if (comfort) answers.comfort = comfort;
  const gut = reflection.gut?.choices[0];
  if (gut) answers.gut = gut;
  return answers;
}
