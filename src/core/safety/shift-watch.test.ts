import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EXPIRED_NOTICE_MS, type ShiftNews, watchShift } from './shift-watch';

/** A watch on a fake clock: `at(ms)` moves the clock, `news` is everything it said. */
function setup() {
  const news: ShiftNews[] = [];
  const send = watchShift((item) => news.push(item), {
    setTimeout: (run, ms) => setTimeout(run, ms),
    clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
  });
  const at = (ms: number) => vi.setSystemTime(ms);
  const input = (event: { kind: 'down' | 'up'; key: string }) => send({ ...event, at: Date.now() });
  const tap = () => {
    input({ kind: 'down', key: 'Shift' });
    input({ kind: 'up', key: 'Shift' });
  };
  const wait = (ms: number) => vi.advanceTimersByTime(ms);
  return { news, at, input, tap, wait };
}

describe('the Shift shortcut over time', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(0);
  });
  afterEach(() => vi.useRealTimers());

  it('leaves after presses at 0, 3 and 6 seconds', () => {
    const { news, tap, wait } = setup();
    tap();
    wait(3000);
    tap();
    wait(3000);
    tap();
    expect(news).toEqual([
      { kind: 'progress', presses: 1, left: 2 },
      { kind: 'progress', presses: 2, left: 1 },
      { kind: 'exit' },
    ]);
  });

  it('after five seconds of quiet says the count timed out, clears it, and starts again', () => {
    const { news, tap, wait } = setup();
    tap();
    tap();
    wait(4999);
    expect(news.at(-1)).toEqual({ kind: 'progress', presses: 2, left: 1 });
    wait(1);
    expect(news.at(-1)).toEqual({ kind: 'expired' });
    wait(EXPIRED_NOTICE_MS - 1);
    expect(news.at(-1)).toEqual({ kind: 'expired' });
    wait(1);
    expect(news.at(-1)).toEqual({ kind: 'quiet' });
    tap();
    expect(news.at(-1)).toEqual({ kind: 'progress', presses: 1, left: 2 });
  });

  it('never counts or announces a Shift held for capital letters', () => {
    const { news, input, wait } = setup();
    for (const letter of ['H', 'S', 'N']) {
      input({ kind: 'down', key: 'Shift' });
      input({ kind: 'down', key: letter });
      input({ kind: 'up', key: letter });
      input({ kind: 'up', key: 'Shift' });
      input({ kind: 'down', key: 'e' });
      input({ kind: 'up', key: 'e' });
      wait(300);
    }
    wait(10_000);
    expect(news).toEqual([]);
  });

  it('goes quiet, without a time-out notice, when another key interrupts the count', () => {
    const { news, input, tap, wait } = setup();
    tap();
    input({ kind: 'down', key: 'a' });
    expect(news.at(-1)).toEqual({ kind: 'quiet' });
    wait(10_000);
    expect(news).toEqual([{ kind: 'progress', presses: 1, left: 2 }, { kind: 'quiet' }]);
  });

  it('a press just before the time-out keeps the count going', () => {
    const { news, tap, wait } = setup();
    tap();
    wait(4900);
    tap();
    wait(4900);
    tap();
    expect(news.map((item) => item.kind)).toEqual(['progress', 'progress', 'exit']);
  });
});
