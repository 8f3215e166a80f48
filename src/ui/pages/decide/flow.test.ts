import { describe, expect, it } from 'vitest';
import type { DecisionState } from './decision-store';
import { firstStep, hrefBefore, questionAt, stepAfter, stepHref } from './flow';

const fresh: DecisionState = {
  answers: {},
  step: null,
  fromJournal: [],
  keep: false,
  progressId: null,
};
const afterReflection: DecisionState = {
  ...fresh,
  answers: { draws: ['how-they-listen'], suggestive: 'no', comfort: 'comfortable', gut: 'no' },
  fromJournal: ['draws', 'suggestive', 'comfort', 'gut'],
};

describe('the question flow', () => {
  it('asks every question in order when nothing came from the journal', () => {
    expect(firstStep(fresh)).toBe('draws');
    expect(stepAfter(fresh, 'draws')).toBe('suggestive');
    expect(stepAfter(fresh, 'gut')).toBe('check');
    expect(hrefBefore(fresh, 'draws')).toBe('/decide');
    expect(hrefBefore(fresh, 'proposal')).toBe('/decide/q/2');
  });

  it('does not ask again what a reflection already answered', () => {
    expect(firstStep(afterReflection)).toBe('proposal');
    expect(stepAfter(afterReflection, 'proposal')).toBe('contact');
    expect(stepAfter(afterReflection, 'contact')).toBe('check');
    expect(hrefBefore(afterReflection, 'proposal')).toBe('/decide');
  });

  it('numbers question pages from 1 and finds no question outside 1 to 6', () => {
    expect(stepHref('draws')).toBe('/decide/q/1');
    expect(stepHref('gut')).toBe('/decide/q/6');
    expect(stepHref('check')).toBe('/decide/check');
    expect(questionAt('4')).toBe('contact');
    for (const bad of ['0', '7', 'x', undefined, '1.5']) expect(questionAt(bad)).toBeUndefined();
  });
});
