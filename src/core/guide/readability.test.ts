import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countSyllables,
  countText,
  fleschKincaidGrade,
  proseOf,
  readingGrade,
  sentencesOf,
  wordsOf,
} from './readability';

describe('counting syllables', () => {
  it.each([
    ['cat', 1],
    ['the', 1],
    ['feel', 1],
    ['make', 1],
    ['whole', 1],
    ['makes', 1],
    ['loved', 1],
    ['table', 2],
    ['people', 2],
    ['boxes', 2],
    ['wanted', 2],
    ['feelings', 2],
    ['therapist', 3],
    ['therapy', 3],
    ['relationship', 4],
    ['professional', 4],
    ['you’re', 1],
  ])('counts %s as %i', (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });

  it('reads a number digit by digit', () => {
    expect(countSyllables('988')).toBe(3);
    expect(countSyllables('2001')).toBe(4);
  });

  it('gives every word at least one syllable', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,15}$/), (word) => {
        expect(countSyllables(word)).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});

describe('splitting text', () => {
  it('splits words at spaces, hyphens and dashes, and drops punctuation', () => {
    expect(wordsOf('A two-minute read — “short”, calm.')).toEqual([
      'A',
      'two',
      'minute',
      'read',
      'short',
      'calm',
    ]);
  });

  it('ends a sentence at a full stop, question mark or exclamation mark', () => {
    expect(sentencesOf('Is this normal? Yes. It is common! 4.4 is one number.')).toEqual([
      'Is this normal?',
      'Yes.',
      'It is common!',
      '4.4 is one number.',
    ]);
  });
});

describe('the Flesch–Kincaid grade', () => {
  it('grades a short plain sentence below grade 1', () => {
    // 6 words, 6 syllables, 1 sentence: 0.39 × 6 + 11.8 × 1 − 15.59
    expect(fleschKincaidGrade(countText('The cat sat on the mat.'))).toBeCloseTo(-1.45, 5);
  });

  it('grades two sentences from their counts', () => {
    // Therapy(3) can feel close / That is normal(2): 7 words, 10 syllables, 2 sentences.
    const counts = countText('Therapy can feel close. That is normal.');
    expect(counts).toEqual({ sentences: 2, words: 7, syllables: 10 });
    expect(fleschKincaidGrade(counts)).toBeCloseTo(0.39 * 3.5 + (11.8 * 10) / 7 - 15.59, 5);
  });

  it('grades long sentences of long words far above grade 9', () => {
    const text =
      'Professional organisations universally characterise therapeutic relationships involving sexualised interactions as fundamentally exploitative violations of institutional responsibilities.';
    expect(fleschKincaidGrade(countText(text))).toBeGreaterThan(20);
  });

  it('gives empty text grade 0', () => {
    expect(fleschKincaidGrade(countText(''))).toBe(0);
  });

  it('gives the same grade to a text and to the same text repeated', () => {
    const sentence = fc
      .array(fc.stringMatching(/^[a-z]{1,12}$/), { minLength: 1, maxLength: 20 })
      .map((words) => `${words.join(' ')}.`);
    fc.assert(
      fc.property(
        fc.array(sentence, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 2, max: 4 }),
        (sentences, times) => {
          const text = sentences.join(' ');
          const repeated = Array.from({ length: times }, () => text).join(' ');
          expect(fleschKincaidGrade(countText(repeated))).toBeCloseTo(
            fleschKincaidGrade(countText(text)),
            9,
          );
        },
      ),
    );
  });

  it('lowers the grade when a long sentence is split in two', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { minLength: 2, maxLength: 30 }),
        (words) => {
          const half = Math.floor(words.length / 2);
          const whole = `${words.join(' ')}.`;
          const split = `${words.slice(0, half).join(' ')}. ${words.slice(half).join(' ')}.`;
          expect(fleschKincaidGrade(countText(split))).toBeLessThan(
            fleschKincaidGrade(countText(whole)),
          );
        },
      ),
    );
  });
});

describe('the prose of a guide page', () => {
  const page = [
    '## Why it happens',
    '',
    'Therapy gives you full attention (Pope, 2001). Few people get that',
    'anywhere else (Vesentini et al., 2022).',
    '',
    '- [Call or text 988](tel:988)',
    '- *Talk* to someone you trust',
    '',
    '## Sources',
    '',
    '- Pope, K. S. (2001). Sex between therapists and clients. Encyclopedia of Women and Gender.',
  ].join('\n');

  it('keeps headings, paragraphs and list items as sentences, without marks or citations', () => {
    expect(proseOf(page).split('\n')).toEqual([
      'Why it happens.',
      'Therapy gives you full attention. Few people get that anywhere else.',
      'Call or text 988.',
      'Talk to someone you trust.',
    ]);
  });

  it('leaves the list of sources out of the grade', () => {
    const withLongSources = `${page}\n- ${'Extraordinarily complicated institutional bibliographic information. '.repeat(20)}`;
    expect(readingGrade(withLongSources)).toBeCloseTo(readingGrade(page), 9);
  });
});
