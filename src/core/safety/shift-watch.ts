import {
  countShift,
  noPresses,
  SHIFT_PRESSES_TO_EXIT,
  SHIFT_WINDOW_MS,
  type ShiftInput,
} from './shift-presses';

/** How long "timed out" stays in the live region before it is cleared. */
export const EXPIRED_NOTICE_MS = 3000;

/** What the person should be told (and shown) after an input or when time runs out. */
export type ShiftNews =
  | { kind: 'progress'; presses: number; left: number }
  | { kind: 'expired' }
  | { kind: 'quiet' }
  | { kind: 'exit' };

export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

/**
 * The Shift shortcut over time: counts presses, and when the window runs out
 * resets the count and says so, so a stale "press once more" is never left behind.
 */
export function watchShift(tell: (news: ShiftNews) => void, timers: Timers) {
  let count = noPresses;
  let timer: unknown;
  const restartTimer = (run?: () => void, ms?: number) => {
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = run && ms !== undefined ? timers.setTimeout(run, ms) : undefined;
  };
  const expire = () => {
    count = noPresses;
    tell({ kind: 'expired' });
    restartTimer(() => tell({ kind: 'quiet' }), EXPIRED_NOTICE_MS);
  };

  return (input: ShiftInput) => {
    const counted = input.kind === 'up' && input.key === 'Shift' && count.cleanPress;
    const before = count;
    count = countShift(count, input);
    if (counted) {
      if (count.presses >= SHIFT_PRESSES_TO_EXIT) {
        count = noPresses;
        restartTimer();
        tell({ kind: 'exit' });
      } else {
        restartTimer(expire, SHIFT_WINDOW_MS);
        tell({
          kind: 'progress',
          presses: count.presses,
          left: SHIFT_PRESSES_TO_EXIT - count.presses,
        });
      }
    } else if (count.presses === 0 && before.presses > 0) {
      restartTimer();
      tell({ kind: 'quiet' });
    }
  };
}
