import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proseOf, wordsOf } from './readability';
import {
  countSpanishSyllables,
  countSpanishText,
  fernandezHuerta,
  spanishReadingEase,
} from './readability-es';

const spanishWord = fc.stringMatching(/^[a-záéíóúüñ]{1,15}$/);

describe('counting Spanish syllables', () => {
  it.each([
    ['sol', 1],
    ['casa', 2],
    ['árbol', 2],
    ['también', 2],
    ['psicólogo', 4],
    ['relación', 3],
    // A weak vowel (i, u) joins the vowel beside it: a diphthong.
    ['terapia', 3],
    ['terapeuta', 4],
    ['sentimientos', 4],
    ['confianza', 3],
    ['ciudad', 2],
    ['cuidado', 3],
    ['huir', 1],
    // Three vowels, weak–strong–weak: a triphthong.
    ['buey', 1],
    // Two strong vowels: a hiatus.
    ['leer', 2],
    ['creer', 2],
    ['poeta', 3],
    // An accent on the weak vowel breaks the diphthong.
    ['día', 2],
    ['país', 2],
    ['baúl', 2],
    ['oído', 3],
    ['reír', 2],
    // Silent u in que, qui, gue, gui; sounded ü.
    ['que', 1],
    ['aquí', 2],
    ['guerra', 2],
    ['guion', 1],
    ['pingüino', 3],
    ['averigüé', 4],
    // y: a vowel at the end of a word and on its own, a consonant before a vowel.
    ['hoy', 1],
    ['muy', 1],
    ['y', 1],
    ['ya', 1],
    ['leyes', 2],
    ['ayuda', 3],
    // h is a consonant, as written.
    ['ahora', 3],
    ['vehículo', 4],
  ])('counts %s as %i', (word, syllables) => {
    expect(countSpanishSyllables(word)).toBe(syllables);
  });

  it('ignores capitals, opening marks and how an accent is encoded', () => {
    expect(countSpanishSyllables('ÁRBOL')).toBe(2);
    expect(countSpanishSyllables('¿Qué')).toBe(1);
    expect(countSpanishSyllables('di\u0301a')).toBe(2);
  });

  it('reads a number digit by digit, each digit as its Spanish name', () => {
    expect(countSpanishSyllables('988')).toBe(6); // nue-ve o-cho o-cho
    expect(countSpanishSyllables('2022')).toBe(5); // dos ce-ro dos dos
    expect(countSpanishSyllables('7')).toBe(2); // sie-te
  });

  it('gives every word at least one syllable', () => {
    fc.assert(
      fc.property(spanishWord, (word) => {
        expect(countSpanishSyllables(word)).toBeGreaterThanOrEqual(1);
      }),
    );
  });

  it('never counts more syllables than a word has vowels', () => {
    fc.assert(
      fc.property(spanishWord, (word) => {
        const vowels = word.match(/[aeiouáéíóúüy]/g)?.length ?? 0;
        expect(countSpanishSyllables(word)).toBeLessThanOrEqual(Math.max(1, vowels));
      }),
    );
  });
});

describe('splitting Spanish text', () => {
  it('treats ¿ and ¡ as punctuation and ends sentences at ? and !', () => {
    // Es nor-mal / Sí / Es muy co-mún: 6 words, 8 syllables, 3 sentences.
    const counts = countSpanishText('¿Es normal? Sí. ¡Es muy común!');
    expect(counts).toEqual({ sentences: 3, words: 6, syllables: 8 });
  });
});

describe('the Fernández-Huerta score', () => {
  it('scores a short plain sentence from its counts', () => {
    // El(1) ga-to(2) co-me(2) pan(1): 4 words, 6 syllables, 1 sentence.
    const counts = countSpanishText('El gato come pan.');
    expect(counts).toEqual({ sentences: 1, words: 4, syllables: 6 });
    expect(fernandezHuerta(counts)).toBeCloseTo(206.84 - 0.6 * 150 - 1.02 * 4, 5);
  });

  it('scores two sentences from their counts', () => {
    // La te-ra-pia pue-de a-yu-dar (9) / E-so es nor-mal (5): 7 words, 14 syllables, 2 sentences.
    const counts = countSpanishText('La terapia puede ayudar. Eso es normal.');
    expect(counts).toEqual({ sentences: 2, words: 7, syllables: 14 });
    expect(fernandezHuerta(counts)).toBeCloseTo(206.84 - 0.6 * 200 - 1.02 * 3.5, 5);
  });

  it('scores long sentences of long words as very hard, below 30', () => {
    const text =
      'Las organizaciones profesionales caracterizan universalmente las relaciones terapéuticas sexualizadas como violaciones fundamentalmente explotadoras de responsabilidades institucionales.';
    expect(fernandezHuerta(countSpanishText(text))).toBeLessThan(30);
  });

  it('gives text with no words a score of 0, so an empty page never passes', () => {
    expect(fernandezHuerta(countSpanishText(''))).toBe(0);
  });

  it('gives the same score to a text and to the same text repeated', () => {
    const sentence = fc
      .array(spanishWord, { minLength: 1, maxLength: 20 })
      .map((words) => `${words.join(' ')}.`);
    fc.assert(
      fc.property(
        fc.array(sentence, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 2, max: 4 }),
        (sentences, times) => {
          const text = sentences.join(' ');
          const repeated = Array.from({ length: times }, () => text).join(' ');
          expect(fernandezHuerta(countSpanishText(repeated))).toBeCloseTo(
            fernandezHuerta(countSpanishText(text)),
            9,
          );
        },
      ),
    );
  });

  // The often-quoted form, with sentences per 100 words, would fail this (Law, 2011).
  it('raises the score when a long sentence is split in two', () => {
    fc.assert(
      fc.property(fc.array(spanishWord, { minLength: 2, maxLength: 30 }), (words) => {
        const half = Math.floor(words.length / 2);
        const whole = `${words.join(' ')}.`;
        const split = `${words.slice(0, half).join(' ')}. ${words.slice(half).join(' ')}.`;
        expect(fernandezHuerta(countSpanishText(split))).toBeGreaterThan(
          fernandezHuerta(countSpanishText(whole)),
        );
      }),
    );
  });

  it('lowers the score when words get longer', () => {
    const short = 'Tu voz es tuya. Nadie te la quita.';
    const long = 'Tu comunicación es absolutamente personal. Nadie consigue arrebatártela.';
    expect(wordsOf(short).length).toBeGreaterThanOrEqual(wordsOf(long).length);
    expect(fernandezHuerta(countSpanishText(long))).toBeLessThan(
      fernandezHuerta(countSpanishText(short)),
    );
  });
});

describe('the prose of a Spanish guide page', () => {
  const page = [
    '## Por qué pasa',
    '',
    'La terapia te da toda la atención (Pope, 2001). Poca gente recibe eso',
    'en otro lugar (Vesentini et al., 2022).',
    '',
    '- [Llama o manda un texto al 988](tel:988)',
    '- *Habla* con alguien de confianza',
    '',
    '## Fuentes',
    '',
    '- Pope, K. S. (2001). Sex between therapists and clients. Encyclopedia of Women and Gender.',
  ].join('\n');

  it('keeps headings, paragraphs and list items as sentences, without marks or citations', () => {
    expect(proseOf(page).split('\n')).toEqual([
      'Por qué pasa.',
      'La terapia te da toda la atención. Poca gente recibe eso en otro lugar.',
      'Llama o manda un texto al 988.',
      'Habla con alguien de confianza.',
    ]);
  });

  it('leaves the list of sources under “Fuentes” out of the score', () => {
    const withLongSources = `${page}\n- ${'Extraordinariamente complicadísima información bibliográfica institucional. '.repeat(20)}`;
    expect(spanishReadingEase(withLongSources)).toBeCloseTo(spanishReadingEase(page), 9);
  });
});
