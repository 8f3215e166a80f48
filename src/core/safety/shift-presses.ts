/**
 * Counts Shift presses for the "Exit this page" shortcut (GOV.UK pattern):
 * three presses of Shift alone within a time window trigger the exit.
 * Any other key in between starts the count again, so typing capital
 * letters never leaves the app by accident.
 */
export const SHIFT_PRESSES_TO_EXIT = 3;
export const SHIFT_WINDOW_MS = 5000;

export interface ShiftCount {
  readonly presses: number;
  readonly firstAt: number;
}

export const noPresses: ShiftCount = { presses: 0, firstAt: 0 };

export type KeyEvent = { key: string; at: number; repeat?: boolean };

/** The next count after a key press. `presses === SHIFT_PRESSES_TO_EXIT` means: exit now. */
export function countShift(count: ShiftCount, event: KeyEvent): ShiftCount {
  if (event.key !== 'Shift') return noPresses;
  if (event.repeat) return count;
  const expired = count.presses > 0 && event.at - count.firstAt > SHIFT_WINDOW_MS;
  if (count.presses === 0 || expired) return { presses: 1, firstAt: event.at };
  return { presses: Math.min(count.presses + 1, SHIFT_PRESSES_TO_EXIT), firstAt: count.firstAt };
}

export function shouldExit(count: ShiftCount): boolean {
  return count.presses >= SHIFT_PRESSES_TO_EXIT;
}
