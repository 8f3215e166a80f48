import { describe, expect, it } from 'vitest';
import type { ReflectionAnswers } from '../reflect/reflection';
import { answersFromReflection } from './from-reflection';

const answer = <O extends string>(...choices: O[]) => ({ choices, date: '', text: '' });

describe('answersFromReflection', () => {
  it('carries over the draws, suggestive, comfort and gut answers of a reflection', () => {
    const reflection: ReflectionAnswers = {
      draws: answer('how-they-listen', 'power-or-charisma'),
      suggestive: answer('once'),
      comfort: answer('only-awkward'),
      gut: answer('not-sure'),
    };
    expect(answersFromReflection(reflection)).toEqual({
      draws: ['how-they-listen', 'power-or-charisma'],
      suggestive: 'once',
      comfort: 'only-awkward',
      gut: 'not-sure',
    });
  });

  it('leaves out prompts answered only in words or skipped, so they are still asked', () => {
    const reflection: ReflectionAnswers = {
      draws: { choices: [], date: '', text: 'Hard to say' },
      gut: answer('yes'),
    };
    expect(answersFromReflection(reflection)).toEqual({ gut: 'yes' });
  });
});
