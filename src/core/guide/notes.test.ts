import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sourceList } from './citations';
import { numberNotes } from './notes';

const listed = sourceList(
  [
    '- Hairston, S. (n.d.). Why.',
    '- Pope, K. S. (1988). Harm.',
    '- Pope, K. S., & Vetter, V. A. (1991). Prior.',
  ].join('\n'),
);
const mark = (numbers: readonly number[]) => `[${numbers.join(',')}]`;

describe('numbering a page’s citations', () => {
  it('numbers sources in the order they are first cited and reuses a number when cited again', () => {
    const { prose, notes } = numberNotes(
      'A (Pope & Vetter, 1991). B (Hairston, n.d.; Pope & Vetter, 1991). C (Pope & Vetter, 1991).',
      listed,
      mark,
    );
    expect(prose).toBe('A[1]. B[2,1]. C[1].');
    expect(notes.map((note) => note.year)).toEqual(['1991', 'n.d.']);
  });

  it('tells a one-author source from the same author with others', () => {
    const { notes } = numberNotes('X (Pope, 1988). Y (Pope & Vetter, 1991).', listed, mark);
    expect(notes.map((note) => note.line)).toEqual([listed[1]?.line, listed[2]?.line]);
  });

  it('leaves brackets that are not citations alone', () => {
    const text = 'Call [988](tel:988) (any hour) or text it (free).';
    expect(numberNotes(text, listed, mark)).toEqual({ prose: text, notes: [] });
  });

  it('refuses a citation that matches no listed source', () => {
    expect(() => numberNotes('Z (Vetter et al., 2022).', listed, mark)).toThrow(
      /no listed source for \(Vetter, 2022\)/,
    );
  });

  it('gives every cited source exactly one number, 1 to n, whatever the order of citing', () => {
    const keys = ['Hairston, n.d.', 'Pope, 1988', 'Pope & Vetter, 1991'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...keys), { minLength: 1, maxLength: 12 }), (order) => {
        const text = order.map((key, i) => `Sentence ${i} (${key}).`).join(' ');
        const { prose, notes } = numberNotes(text, listed, mark);
        expect(notes).toHaveLength(new Set(order).size);
        const used = [...prose.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
        expect(new Set(used)).toEqual(new Set(notes.map((_, i) => i + 1)));
        expect(used[0]).toBe(1);
      }),
    );
  });
});
