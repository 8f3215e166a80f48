import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prompts } from './prompts';
import { answerPrompt, checkDay, isEmptyReflection, skipPrompt } from './reflection';
import { anyAnswers } from './test-data';

const blank = { choices: [], date: '', text: '' };

describe('answering the prompts', () => {
  it('keeps only known options, in the order the prompt lists them', () => {
    const answers = answerPrompt({}, 'draws', {
      choices: ['how-they-listen', 'nonsense', 'looks', 'looks'],
      date: '',
      text: '',
    });
    expect(answers.draws?.choices).toEqual(['looks', 'how-they-listen']);
  });

  it('keeps one option for a single-choice prompt', () => {
    const answers = answerPrompt({}, 'comfort', {
      choices: ['unsafe', 'only-awkward'],
      date: '',
      text: '',
    });
    expect(answers.comfort?.choices).toEqual(['only-awkward']);
  });

  it('keeps a date only for the prompt that asks for one', () => {
    const answers = answerPrompt({}, 'gut', { choices: ['yes'], date: '2024-01-01', text: '' });
    expect(answers.gut?.date).toBe('');
    const moment = answerPrompt({}, 'first-moment', { choices: [], date: '2024-01-01', text: '' });
    expect(moment['first-moment']?.date).toBe('2024-01-01');
  });

  it('counts an answer that says nothing as skipped', () => {
    const answered = answerPrompt({}, 'notes', { ...blank, text: 'something' });
    expect(answerPrompt(answered, 'notes', { ...blank, text: '  \n ' })).toEqual({});
  });

  it('forgets an answer when the prompt is skipped', () => {
    const answers = answerPrompt({}, 'gut', { choices: ['no'], date: '', text: '' });
    expect(skipPrompt(answers, 'gut')).toEqual({});
    expect(isEmptyReflection(skipPrompt(answers, 'gut'))).toBe(true);
  });

  it('keeps the person’s words exactly as typed, markup included', () => {
    const text = '  <b>bold?</b>\n\tשלום 🌱  ';
    expect(answerPrompt({}, 'notes', { ...blank, text }).notes?.text).toBe(text);
  });

  it('only ever holds answered prompts with allowed options', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        for (const prompt of prompts) {
          const answer = answers[prompt.id];
          if (!answer) continue;
          const options: readonly string[] = prompt.options;
          expect(answer.choices.every((c) => options.includes(c))).toBe(true);
          if (prompt.kind === 'single') expect(answer.choices.length).toBeLessThanOrEqual(1);
          expect(answer.choices.length > 0 || answer.date !== '' || answer.text.trim() !== '').toBe(
            true,
          );
        }
      }),
    );
  });
});

describe('the day something was first noticed', () => {
  const today = '2025-03-10';
  it('may be left empty', () => expect(checkDay('', today)).toBeNull());
  it('may be today or earlier', () => {
    expect(checkDay('2025-03-10', today)).toBeNull();
    expect(checkDay('2020-02-29', today)).toBeNull();
  });
  it('cannot be after today', () => expect(checkDay('2025-03-11', today)).toBe('future'));
  it('must be a real day', () => {
    expect(checkDay('2023-02-29', today)).toBe('invalid');
    expect(checkDay('2023-13-01', today)).toBe('invalid');
    expect(checkDay('last spring', today)).toBe('invalid');
  });
});

describe('the prompts', () => {
  it('have distinct ids and options, and only choice prompts have options', () => {
    expect(new Set(prompts.map((p) => p.id)).size).toBe(prompts.length);
    for (const prompt of prompts) {
      expect(new Set(prompt.options).size).toBe(prompt.options.length);
      expect(prompt.options.length > 0).toBe(prompt.kind === 'multi' || prompt.kind === 'single');
    }
  });
});
