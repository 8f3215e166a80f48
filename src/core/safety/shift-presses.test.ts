import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countShift,
  noPresses,
  SHIFT_WINDOW_MS,
  type ShiftCount,
  type ShiftInput,
  shouldExit,
} from './shift-presses';

/** A clean Shift press released at `at`. */
function tap(at: number): ShiftInput[] {
  return [
    { kind: 'down', key: 'Shift', at: at - 80 },
    { kind: 'up', key: 'Shift', at },
  ];
}

/** A capital letter typed with Shift held. */
function capital(letter: string, at: number): ShiftInput[] {
  return [
    { kind: 'down', key: 'Shift', at },
    { kind: 'down', key: letter, at: at + 40 },
    { kind: 'up', key: letter, at: at + 90 },
    { kind: 'up', key: 'Shift', at: at + 120 },
  ];
}

function run(inputs: ShiftInput[]): ShiftCount {
  return inputs.reduce(countShift, noPresses);
}

describe('the Shift shortcut', () => {
  it('leaves after presses at 0, 3 and 6 seconds: the window restarts at every press', () => {
    expect(shouldExit(run([...tap(0), ...tap(3000), ...tap(6000)]))).toBe(true);
  });

  it('does not leave after two presses', () => {
    expect(run([...tap(0), ...tap(300)]).presses).toBe(2);
    expect(shouldExit(run([...tap(0), ...tap(300)]))).toBe(false);
  });

  it('starts again after more than five seconds of quiet', () => {
    const count = run([...tap(0), ...tap(100), ...tap(100 + SHIFT_WINDOW_MS + 1)]);
    expect(count.presses).toBe(1);
    expect(shouldExit(count)).toBe(false);
  });

  it('counts on release, not on press', () => {
    const down = countShift(noPresses, { kind: 'down', key: 'Shift', at: 0 });
    expect(down.presses).toBe(0);
    expect(countShift(down, { kind: 'up', key: 'Shift', at: 90 }).presses).toBe(1);
  });

  it('never counts a Shift used for a capital letter', () => {
    const typing = [...capital('H', 0), ...capital('S', 400), ...capital('N', 900)];
    expect(run(typing).presses).toBe(0);
  });

  it('never counts a Shift used with a click', () => {
    expect(
      run([
        { kind: 'down', key: 'Shift', at: 0 },
        { kind: 'pointer', at: 50 },
        { kind: 'up', key: 'Shift', at: 100 },
      ]).presses,
    ).toBe(0);
  });

  it('starts again when another key is pressed in between', () => {
    const count = run([...tap(0), ...tap(200), { kind: 'down', key: 'a', at: 300 }, ...tap(500)]);
    expect(count.presses).toBe(1);
  });

  it('ignores a held Shift repeating', () => {
    const count = run([
      { kind: 'down', key: 'Shift', at: 0 },
      { kind: 'down', key: 'Shift', at: 30, repeat: true },
      { kind: 'down', key: 'Shift', at: 60, repeat: true },
      { kind: 'up', key: 'Shift', at: 90 },
    ]);
    expect(count.presses).toBe(1);
  });

  it('never counts a release without its press', () => {
    expect(run([{ kind: 'up', key: 'Shift', at: 0 }]).presses).toBe(0);
  });

  it('leaves only on the release of a clean Shift press', () => {
    const input = fc.oneof(
      fc.record({
        kind: fc.constantFrom('down' as const, 'up' as const),
        key: fc.constantFrom('Shift', 'a', 'Enter', 'Control'),
        at: fc.constant(0),
      }),
      fc.record({ kind: fc.constant('pointer' as const), at: fc.constant(0) }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(input, fc.nat(7000)), { maxLength: 40 }), (steps) => {
        let at = 0;
        let count = noPresses;
        let previous: ShiftInput | undefined;
        for (const [step, gap] of steps) {
          at += gap;
          const event = { ...step, at } as ShiftInput;
          const next = countShift(count, event);
          if (shouldExit(next) && !shouldExit(count)) {
            expect(event).toMatchObject({ kind: 'up', key: 'Shift' });
            expect(previous).toMatchObject({ kind: 'down', key: 'Shift' });
          }
          if (next.presses > count.presses) {
            expect(next.lastAt).toBe(at);
          }
          count = next;
          previous = event;
        }
      }),
    );
  });

  it('a capital letter typed at any pace never counts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('A', 'B', 'Z'), fc.nat(8000)), { maxLength: 20 }),
        (letters) => {
          let at = 0;
          const inputs = letters.flatMap(([letter, gap]) => {
            at += gap;
            return capital(letter, at);
          });
          expect(run(inputs).presses).toBe(0);
        },
      ),
    );
  });
});
