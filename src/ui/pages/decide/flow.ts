import { type Question, questions } from '../../../core/decide/answers';
import type { DecisionStep } from '../../../core/decide/decision-record';
import type { DecisionState } from './decision-store';

/** Where each step lives. Questions are numbered from 1 in the address, as they are on screen. */
export function stepHref(step: DecisionStep): string {
  if (step === 'check') return '/decide/check';
  if (step === 'result') return '/decide/result';
  return `/decide/q/${questions.indexOf(step) + 1}`;
}

export function questionAt(number: string | undefined): Question | undefined {
  const index = Number(number);
  return Number.isInteger(index) ? questions[index - 1] : undefined;
}

/** Questions still to ask: a reflection's answers are shown on the check page, not asked again. */
function asked(state: DecisionState): Question[] {
  return questions.filter((q) => !state.fromJournal.includes(q));
}

export function firstStep(state: DecisionState): DecisionStep {
  return asked(state)[0] ?? 'check';
}

export function stepAfter(state: DecisionState, question: Question): DecisionStep {
  return asked(state).find((q) => questions.indexOf(q) > questions.indexOf(question)) ?? 'check';
}

export function hrefBefore(state: DecisionState, question: Question): string {
  const before = asked(state).filter((q) => questions.indexOf(q) < questions.indexOf(question));
  const previous = before[before.length - 1];
  return previous ? stepHref(previous) : '/decide';
}
