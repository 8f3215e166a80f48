import type * as entry from '../src/core/reflect/entry';
import type * as search from '../src/core/reflect/search';
import { type BenchContext, type BenchRow, median } from './types';

type Modules = typeof search & typeof entry;

const ENTRIES = 1000;
const BUDGET_MS = 50;

/**
 * Full-text search over 1,000 decrypted journal entries in Chromium, as the
 * journal page runs it on every key press. "Repeated" is the case that page
 * lives in (each entry folded once, then reused); "first" folds every entry
 * again, as right after unlocking.
 */
export async function run({ page }: BenchContext): Promise<BenchRow[]> {
  // Loaded from a string: the runner loads this file through Vite's SSR transform,
  // which would rewrite an import() written inside the evaluated function.
  await page.evaluate(`Promise.all([
    import('/src/core/reflect/search.ts'),
    import('/src/core/reflect/entry.ts'),
  ]).then(([search, entry]) => { window.reflectBench = { ...search, ...entry }; })`);
  const result = await page.evaluate(
    ({ count }) => {
      const { createEntrySearch, createEntry } = (window as unknown as { reflectBench: Modules })
        .reflectBench;

      // A seeded generator, so every run searches the same journal.
      let seed = 42;
      const random = () => {
        seed = (seed * 1664525 + 1013904223) >>> 0;
        return seed / 2 ** 32;
      };
      const words = [
        'therapy',
        'session',
        'felt',
        'today',
        'she',
        'he',
        'they',
        'said',
        'listen',
        'safe',
        'nervous',
        'café',
        'naïve',
        'résumé',
        'hug',
        'late',
        'again',
        'office',
        'text',
        'message',
        'warm',
        'understood',
        'awkward',
        'week',
        'dream',
        'boundary',
        'Angst',
        'Ärger',
        'señal',
        'שלום',
        'مرحبا',
        '🌱',
        '💬',
        'maybe',
        'whether',
        'should',
        'tell',
        'feelings',
        'close',
      ];
      const sentence = () =>
        Array.from(
          { length: 8 + Math.floor(random() * 12) },
          () => words[Math.floor(random() * words.length)],
        ).join(' ');
      const paragraph = () =>
        Array.from({ length: 4 + Math.floor(random() * 8) }, sentence).join('. ');
      const entries = Array.from({ length: count }, (_, i) => {
        const at = new Date(Date.UTC(2023, 0, 1) + i * 36e5 * 20);
        const data =
          i % 4 === 0
            ? createEntry(
                'guided',
                {
                  answers: {
                    draws: {
                      choices: ['how-they-listen', 'makes-me-feel-safe'],
                      date: '',
                      text: sentence(),
                    },
                    'first-moment': { choices: [], date: '2022-05-04', text: paragraph() },
                    gut: { choices: ['not-sure'], date: '', text: sentence() },
                    notes: { choices: [], date: '', text: paragraph() },
                  },
                },
                at,
              )
            : createEntry('free', { body: `${paragraph()}\n\n${paragraph()}` }, at);
        return { id: `entry-${i}`, data };
      });
      const characters = entries.reduce(
        (sum, { data }) =>
          sum +
          data.body.length +
          Object.values(data.answers).reduce((n, a) => n + (a?.text.length ?? 0), 0),
        0,
      );

      // Common words, a rare phrase, accents typed without them, and nothing at all.
      const queries = ['session', 'cafe', 'RESUME naive', 'boundary hug late', 'שלום', 'zebra'];
      const time = (fn: () => unknown) => {
        const start = performance.now();
        fn();
        return performance.now() - start;
      };

      const first: number[] = [];
      for (let i = 0; i < 7; i++) {
        const search = createEntrySearch();
        first.push(time(() => search(entries, queries[i % queries.length] as string)));
      }

      const search = createEntrySearch();
      search(entries, 'warm up');
      const repeated: number[] = [];
      const matches: number[] = [];
      for (let round = 0; round < 10; round++) {
        for (const query of queries) {
          repeated.push(time(() => matches.push(search(entries, query).length)));
        }
      }
      return { first, repeated, characters, matches: matches.slice(0, queries.length) };
    },
    { count: ENTRIES },
  );

  return [
    {
      area: 'reflect search',
      metric: `journal searched: ${ENTRIES} entries`,
      value: result.characters / 1e6,
      unit: 'M characters',
    },
    {
      area: 'reflect search',
      metric: `search ${ENTRIES} entries, repeated (median of ${result.repeated.length})`,
      value: median(result.repeated),
      unit: 'ms',
      budget: BUDGET_MS,
    },
    {
      area: 'reflect search',
      metric: `first search after unlock (median of ${result.first.length})`,
      value: median(result.first),
      unit: 'ms',
      budget: BUDGET_MS,
    },
  ];
}
