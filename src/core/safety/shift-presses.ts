/**
 * Counts Shift presses for the "Exit this page" shortcut (GOV.UK pattern):
 * three clean presses of Shift, each within the window of the one before, leave.
 *
 * A press counts when Shift is released, and only if nothing else was pressed
 * while it was down: a Shift held to type a capital letter (or with a click)
 * never counts. Any other key starts the count again, so typing never leaves by
 * accident. The window restarts at every press, so slow, unsteady hands still leave.
 */
export const SHIFT_PRESSES_TO_EXIT = 3;
export const SHIFT_WINDOW_MS = 5000;

export interface ShiftCount {
  readonly presses: number;
  /** When the last counted press ended. */
  readonly lastAt: number;
  /** Shift is down and nothing else has been pressed since. */
  readonly cleanPress: boolean;
}

export const noPresses: ShiftCount = { presses: 0, lastAt: 0, cleanPress: false };

/** A key pressed or released, or a pointer pressed (Shift with a click selects text). */
export type ShiftInput =
  | { kind: 'down'; key: string; at: number; repeat?: boolean }
  | { kind: 'up'; key: string; at: number }
  | { kind: 'pointer'; at: number };

export function isExpired(count: ShiftCount, at: number): boolean {
  return count.presses > 0 && at - count.lastAt > SHIFT_WINDOW_MS;
}

/** The next count after an input. `shouldExit` of the result says whether to leave now. */
export function countShift(count: ShiftCount, input: ShiftInput): ShiftCount {
  if (input.kind === 'pointer') return { ...count, cleanPress: false };
  if (input.key !== 'Shift') {
    // Other keys released do not matter; one pressed starts the count again.
    return input.kind === 'up' ? count : noPresses;
  }
  if (input.kind === 'down') {
    if (input.repeat) return count;
    return { ...(isExpired(count, input.at) ? noPresses : count), cleanPress: true };
  }
  if (!count.cleanPress) return count;
  const before = isExpired(count, input.at) ? noPresses : count;
  return {
    presses: Math.min(before.presses + 1, SHIFT_PRESSES_TO_EXIT),
    lastAt: input.at,
    cleanPress: false,
  };
}

export function shouldExit(count: ShiftCount): boolean {
  return count.presses >= SHIFT_PRESSES_TO_EXIT;
}
