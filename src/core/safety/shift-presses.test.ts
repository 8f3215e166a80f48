import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countShift,
  noPresses,
  SHIFT_WINDOW_MS,
  type ShiftCount,
  shouldExit,
} from './shift-presses';

function press(keys: Array<[string, number]>): ShiftCount {
  return keys.reduce((count, [key, at]) => countShift(count, { key, at }), noPresses);
}

describe('the Shift shortcut', () => {
  it('exits after three Shift presses within five seconds', () => {
    expect(
      shouldExit(
        press([
          ['Shift', 0],
          ['Shift', 1000],
          ['Shift', 4000],
        ]),
      ),
    ).toBe(true);
  });

  it('does not exit after two presses', () => {
    expect(
      shouldExit(
        press([
          ['Shift', 0],
          ['Shift', 100],
        ]),
      ),
    ).toBe(false);
  });

  it('starts again when the window has passed', () => {
    const count = press([
      ['Shift', 0],
      ['Shift', 100],
      ['Shift', SHIFT_WINDOW_MS + 1],
    ]);
    expect(count.presses).toBe(1);
    expect(shouldExit(count)).toBe(false);
  });

  it('starts again when another key is pressed in between', () => {
    expect(
      shouldExit(
        press([
          ['Shift', 0],
          ['A', 50],
          ['Shift', 100],
          ['Shift', 200],
        ]),
      ),
    ).toBe(false);
  });

  it('ignores a held key repeating', () => {
    let count = countShift(noPresses, { key: 'Shift', at: 0 });
    count = countShift(count, { key: 'Shift', at: 30, repeat: true });
    count = countShift(count, { key: 'Shift', at: 60, repeat: true });
    expect(count.presses).toBe(1);
  });

  it('never exits unless the last three keys were Shift inside the window', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('Shift', 'a', 'Enter'), fc.nat(3000)), {
          maxLength: 30,
        }),
        (steps) => {
          let at = 0;
          const events = steps.map(([key, gap]) => {
            at += gap;
            return { key, at };
          });
          const count = events.reduce(countShift, noPresses);
          if (!shouldExit(count)) return true;
          const lastThree = events.slice(-3);
          const [first, , last] = lastThree;
          return (
            lastThree.length === 3 &&
            lastThree.every((e) => e.key === 'Shift') &&
            last !== undefined &&
            first !== undefined &&
            last.at - first.at <= SHIFT_WINDOW_MS
          );
        },
      ),
    );
  });
});
