import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEntry, editEntry } from './entry';
import { createEntrySearch, fold, type Searchable, searchEntries } from './search';
import { freeEntry } from './test-data';

const journal = (...bodies: string[]): Searchable[] =>
  bodies.map((body, i) => ({ id: `e${i}`, data: freeEntry(body) }));
const ids = (matches: { item: Searchable }[]) => matches.map((m) => m.item.id);

describe('searching the journal', () => {
  it('ignores case and accents, both ways', () => {
    const entries = journal('We met at the Café on Friday', 'Nothing about coffee', 'cafe again');
    expect(ids(searchEntries(entries, 'CAFE'))).toEqual(['e0', 'e2']);
    expect(ids(searchEntries(entries, 'café'))).toEqual(['e0', 'e2']);
  });

  it('matches full-width letters and ligatures like their plain forms', () => {
    const entries = journal('Ｔｈｅｒａｐｙ notes', 'a ﬁne day');
    expect(ids(searchEntries(entries, 'therapy'))).toEqual(['e0']);
    expect(ids(searchEntries(entries, 'fine'))).toEqual(['e1']);
  });

  it('finds a Greek word ending in sigma inside a longer word', () => {
    expect(ids(searchEntries(journal('ΘΕΟΣΑ'), 'θεος'))).toEqual(['e0']);
  });

  it('finds right-to-left text and emoji', () => {
    const entries = journal('אני מרגישה בטוחה איתו 🌱', 'أشعر بالأمان', 'plain');
    expect(ids(searchEntries(entries, 'בטוחה'))).toEqual(['e0']);
    expect(ids(searchEntries(entries, '🌱'))).toEqual(['e0']);
    expect(ids(searchEntries(entries, 'بالأمان'))).toEqual(['e1']);
  });

  it('needs every word of the query, in any order', () => {
    const entries = journal('the session ran long again', 'a long walk', 'session notes');
    expect(ids(searchEntries(entries, 'long   session'))).toEqual(['e0']);
  });

  it('shows the whole query in the snippet where it appears as typed', () => {
    const [match] = searchEntries(
      journal('long before, the session ran long again'),
      'Session  RAN',
    );
    expect(match?.snippet.match).toBe('session ran');
    const [apart] = searchEntries(journal('ran out of the session'), 'session ran');
    expect(apart?.snippet.match).toBe('session');
  });

  it('matches nothing for a blank query', () => {
    expect(searchEntries(journal('anything'), '   ')).toEqual([]);
  });

  it('finds pasted HTML as the plain text it is', () => {
    const [match] = searchEntries(journal('he sent <img src=x onerror=alert(1)> to me'), '<img');
    expect(match?.snippet.match).toBe('<img');
    expect(match?.snippet.after).toBe(' src=x onerror=alert(1)> to me');
  });

  it('shows the original words around the match, accents kept', () => {
    const [match] = searchEntries(journal('Dans le café, il a souri.'), 'cafe');
    expect(match?.snippet).toEqual({
      foundIn: 'body',
      before: 'Dans le ',
      match: 'café',
      after: ', il a souri.',
      cutBefore: false,
      cutAfter: false,
    });
  });

  it('keeps an accent written as a separate mark with the matched letter', () => {
    const [match] = searchEntries(journal('un cafe\u0301 noir'), 'cafe');
    expect(match?.snippet.match).toBe('cafe\u0301');
    expect(match?.snippet.after).toBe(' noir');
  });

  it('shortens long text around the match without splitting an emoji', () => {
    const long = `${'🌱'.repeat(100)} needle ${'🌿'.repeat(100)}`;
    const [match] = searchEntries(journal(long), 'needle');
    const snippet = match?.snippet;
    expect(snippet?.cutBefore).toBe(true);
    expect(snippet?.cutAfter).toBe(true);
    expect(snippet?.before.length).toBeLessThanOrEqual(62);
    expect(snippet?.before).toMatch(/^(🌱)+ $/u);
    expect(snippet?.after).toMatch(/^ (🌿)+$/u);
  });

  it('looks in the answers of a guided reflection and says which prompt matched', () => {
    const entry = createEntry(
      'guided',
      {
        answers: {
          'first-moment': { choices: [], date: '2024-10-01', text: 'When he said I was special' },
        },
      },
      new Date('2025-01-01T00:00:00Z'),
    );
    const [match] = searchEntries([{ id: 'g', data: entry }], 'special');
    expect(match?.snippet.foundIn).toBe('first-moment');
  });

  it('finds chosen options by the words shown for them, when given those words', () => {
    const entry = createEntry(
      'guided',
      { answers: { draws: { choices: ['how-they-listen'], date: '', text: '' } } },
      new Date('2025-01-01T00:00:00Z'),
    );
    const withLabels = createEntrySearch({
      choiceLabel: (_, option) => option.replaceAll('-', ' '),
    });
    expect(ids(withLabels([{ id: 'g', data: entry }], 'they listen'))).toEqual(['g']);
    expect(ids(searchEntries([{ id: 'g', data: entry }], 'listen'))).toEqual([]);
  });

  it('finds an edited entry by its new words, not the words it replaced', () => {
    const entries = journal('old words');
    searchEntries(entries, 'old');
    const edited = [
      {
        id: 'e0',
        data: editEntry(entries[0]?.data ?? freeEntry(''), { body: 'new words' }, new Date()),
      },
    ];
    expect(ids(searchEntries(edited, 'new'))).toEqual(['e0']);
    expect(ids(searchEntries(edited, 'old'))).toEqual([]);
  });

  it('searches a 100 KB entry', () => {
    const body = `${'x'.repeat(100_000)} the end`;
    expect(ids(searchEntries(journal(body), 'the end'))).toEqual(['e0']);
  });
});

describe('search, whatever the text', () => {
  const anyText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.stringMatching(/^[a-zA-ZÀ-ÿ ]{0,40}$/),
  );
  // A piece of the text, cut at code points, that has something to search for.
  const textAndPiece = anyText
    .chain((text) => {
      const points = [...text];
      return fc
        .tuple(fc.nat(points.length), fc.nat(points.length))
        .map(([a, b]) => [text, points.slice(Math.min(a, b), Math.max(a, b)).join('')] as const);
    })
    .filter(([, piece]) => fold(piece).trim() !== '');

  it('finds every entry containing the query', () => {
    fc.assert(
      fc.property(textAndPiece, fc.array(anyText, { maxLength: 5 }), ([text, piece], others) => {
        const entries = journal(...others, text);
        expect(ids(searchEntries(entries, piece))).toContain(`e${others.length}`);
      }),
      { numRuns: 500 },
    );
  });

  it('returns only entries that contain every word, with a snippet cut from the entry around it', () => {
    fc.assert(
      fc.property(
        fc.array(anyText, { maxLength: 6 }),
        fc.oneof(
          anyText,
          textAndPiece.map(([, piece]) => piece),
        ),
        (bodies, query) => {
          const words = fold(query).split(/\s+/).filter(Boolean);
          const entries = journal(...bodies, ...(query.length % 2 ? [`x${query}y`] : []));
          for (const { item, snippet } of searchEntries(entries, query)) {
            const folded = fold(item.data.body);
            for (const word of words) expect(folded).toContain(word);
            expect(item.data.body).toContain(snippet.before + snippet.match + snippet.after);
            expect(fold(snippet.match)).toContain(words[0]);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
