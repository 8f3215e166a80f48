import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../i18n/lang';
import { addDays, at, min, on, session } from '../notice/test-data';
import { editEntry, type JournalEntry, markAsEvidence } from '../reflect/entry';
import { answerPrompt } from '../reflect/reflection';
import { anyAnswers, freeEntry } from '../reflect/test-data';
import { collectEvidence, type EvidenceItem, emptySelection } from './evidence';
import { draftNarrative, entryWords, sessionFacts } from './narrative';

// Midday instants keep each entry on the same calendar day in any US time zone.
const evidence = (body: string, day: string): JournalEntry =>
  markAsEvidence(freeEntry(body, `${day}T12:00:00.000Z`), true);

describe('the drafted “what happened”', () => {
  it('is empty when nothing is marked as evidence, so the person can write it themselves', () => {
    expect(draftNarrative([])).toBe('');
    const items = collectEvidence([{ id: 'e1', data: freeEntry('private') }], [], emptySelection);
    expect(draftNarrative(items)).toBe('');
  });

  it('puts entries and chosen sessions in date order, each paragraph led by its date', () => {
    const entries = [
      { id: 'late', data: evidence('He texted me at midnight.', '2024-03-20') },
      { id: 'early', data: evidence('She said I was special.', '2024-01-10') },
    ];
    const sessions = [
      { id: 's1', data: session({ date: on('2024-02-14'), start: at('19:30'), touch: 'hug' }) },
      { id: 's2', data: session({ date: on('2024-02-21') }) },
    ];
    const items = collectEvidence(entries, sessions, { ...emptySelection, sessionIds: ['s1'] });
    expect(draftNarrative(items)).toBe(
      [
        'January 10, 2024 (from my notes): She said I was special.',
        'February 14, 2024, session at 7:30 PM: in the usual office; a hug.',
        'March 20, 2024 (from my notes): He texted me at midnight.',
      ].join('\n\n'),
    );
  });

  it('keeps date order whatever order the items arrive in', () => {
    const item = fc
      .record({ day: fc.integer({ min: 0, max: 2000 }), id: fc.uuid(), isSession: fc.boolean() })
      .map(({ day, id, isSession }): EvidenceItem => {
        const date = addDays('2020-01-01', day);
        return isSession
          ? {
              kind: 'session',
              id,
              when: { date, time: at('14:00') },
              session: session({ date, notes: id }),
            }
          : { kind: 'entry', id, when: { date, time: at('12:00') }, entry: evidence(id, date) };
      });
    fc.assert(
      fc.property(fc.uniqueArray(item, { selector: (x) => x.id, maxLength: 12 }), (items) => {
        const text = draftNarrative(items);
        const positions = [...items]
          .sort((a, b) => (a.when.date < b.when.date ? -1 : a.when.date > b.when.date ? 1 : 0))
          .map((x) => ({ date: x.when.date, at: text.indexOf(x.id) }));
        for (const p of positions) expect(p.at).toBeGreaterThanOrEqual(0);
        for (let i = 1; i < positions.length; i++) {
          const [a, b] = [positions[i - 1], positions[i]];
          if (a && b && a.date < b.date) expect(a.at).toBeLessThan(b.at);
        }
      }),
    );
  });

  it('uses the current version of an edited entry', () => {
    const entry = evidence('First try', '2024-05-01');
    const edited = editEntry(
      entry,
      { body: 'What really happened' },
      new Date('2024-05-02T12:00:00Z'),
    );
    expect(entryWords(edited)).toBe('What really happened');
  });

  it('keeps accents, emoji and right-to-left words exactly as written', () => {
    const body = 'Dr. Zoë Ångström 😀 אמרה לי ש… قال لي';
    const items = collectEvidence(
      [{ id: 'e', data: evidence(body, '2024-01-01') }],
      [],
      emptySelection,
    );
    expect(draftNarrative(items)).toContain(body);
  });

  it('takes the suggestive answer and the person’s own words from a guided entry, but not what drew them', () => {
    let answers = answerPrompt({}, 'suggestive', {
      choices: ['more-than-once'],
      date: '',
      text: 'comments on my dress',
    });
    answers = answerPrompt(answers, 'draws', { choices: ['looks'], date: '', text: '' });
    answers = answerPrompt(answers, 'first-moment', {
      choices: [],
      date: '2023-11-02',
      text: 'a long hug',
    });
    const entry: JournalEntry = { ...evidence('', '2024-01-01'), kind: 'guided', answers };
    expect(entryWords(entry)).toBe(
      'When I first noticed it (November 2, 2023): a long hug\nMy therapist said or did suggestive things more than once: comments on my dress',
    );
  });

  it('never includes what draws the person or their “anything else”, whatever they wrote', () => {
    const privateText = fc.string({ minLength: 1, maxLength: 40 }).map((s) => `\u{E000}${s}`);
    fc.assert(
      fc.property(
        anyAnswers,
        privateText,
        privateText,
        fc.string({ maxLength: 20 }),
        fc.constantFrom<Lang>('en', 'es'),
        (answers, draws, notes, body, lang) => {
          const withPrivate = answerPrompt(
            answerPrompt(answers, 'draws', { choices: ['looks'], date: '', text: draws }),
            'notes',
            { choices: [], date: '', text: notes },
          );
          const entry = (a: typeof answers): EvidenceItem => ({
            kind: 'entry',
            id: 'e',
            when: { date: on('2024-01-01'), time: at('12:00') },
            entry: { ...evidence(body, '2024-01-01'), kind: 'guided', answers: a },
          });
          const withoutPrivate = answerPrompt(
            answerPrompt(answers, 'draws', { choices: ['looks'], date: '', text: '' }),
            'notes',
            { choices: [], date: '', text: '' },
          );
          const draft = draftNarrative([entry(withPrivate)], lang);
          expect(draft).not.toContain('\u{E000}');
          expect(draft).toBe(draftNarrative([entry(withoutPrivate)], lang));
        },
      ),
    );
  });

  it('describes what was out of the ordinary in a session in plain words', () => {
    const facts = sessionFacts(
      session({
        place: 'elsewhere',
        plannedMinutes: min(50),
        actualMinutes: min(90),
        fee: 'waived',
        contactsBetween: 1,
        signs: ['special', 'sexual-contact'],
      }),
    );
    expect(facts).toEqual([
      'somewhere other than the office',
      'it lasted 90 minutes (50 planned)',
      'fee waived',
      '1 contact since the last session that was not about scheduling',
      'what happened: told me I was special, unlike other clients, sexual contact',
    ]);
  });
});

describe('the drafted “what happened” in Spanish', () => {
  it('leads each paragraph with a Spanish date and says the logged facts in Spanish', () => {
    const entries = [{ id: 'e', data: evidence('Me escribió a medianoche.', '2024-03-20') }];
    const sessions = [
      { id: 's1', data: session({ date: on('2024-02-14'), start: at('19:30'), touch: 'hug' }) },
      { id: 's2', data: session({ date: on('2024-02-21'), start: at('13:15'), fee: 'waived' }) },
    ];
    const items = collectEvidence(entries, sessions, {
      ...emptySelection,
      sessionIds: ['s1', 's2'],
    });
    expect(draftNarrative(items, 'es')).toBe(
      [
        '14 de febrero de 2024, sesión a las 7:30 p. m.: en el consultorio de siempre; un abrazo.',
        '21 de febrero de 2024, sesión a la 1:15 p. m.: en el consultorio de siempre; sin cobro.',
        '20 de marzo de 2024 (de mis notas): Me escribió a medianoche.',
      ].join('\n\n'),
    );
  });

  it('says what was out of the ordinary in a session in Spanish', () => {
    const facts = sessionFacts(
      session({
        place: 'elsewhere',
        plannedMinutes: min(50),
        actualMinutes: min(90),
        contactsBetween: 2,
        signs: ['sexual-contact'],
      }),
      'es',
    );
    expect(facts).toEqual([
      'en un lugar que no era el consultorio',
      'duró 90 minutos (previstos: 50)',
      '2 contactos desde la sesión anterior que no fueron para acordar citas',
      'lo que pasó: contacto sexual',
    ]);
  });

  it('takes the same answers from a guided entry as in English', () => {
    let answers = answerPrompt({}, 'suggestive', { choices: ['once'], date: '', text: '' });
    answers = answerPrompt(answers, 'first-moment', {
      choices: [],
      date: '2023-11-02',
      text: 'un abrazo largo',
    });
    const entry: JournalEntry = { ...evidence('', '2024-01-01'), kind: 'guided', answers };
    expect(entryWords(entry, 'es')).toBe(
      'La primera vez que lo noté (2 de noviembre de 2023): un abrazo largo\nMi terapeuta dijo o hizo algo insinuante una vez.',
    );
  });
});
