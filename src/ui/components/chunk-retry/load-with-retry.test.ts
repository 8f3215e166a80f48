import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadWithRetry } from './load-with-retry';

const noWait = () => Promise.resolve();

/** A loader that fails its first `failures` calls, and counts them. */
function flaky(failures: number) {
  let calls = 0;
  return {
    load: async () => {
      calls += 1;
      if (calls <= failures) throw new TypeError('Failed to fetch dynamically imported module');
      return 'page';
    },
    calls: () => calls,
  };
}

describe('loadWithRetry', () => {
  it('loads once when the first try works', async () => {
    const part = flaky(0);
    expect(await loadWithRetry(part.load, 'failed', noWait)()).toBe('page');
    expect(part.calls()).toBe(1);
  });

  it('tries once more after a failure, after waiting', async () => {
    const part = flaky(1);
    const waits: number[] = [];
    const load = loadWithRetry(
      part.load,
      'failed',
      async (ms) => {
        waits.push(ms);
      },
      300,
    );
    expect(await load()).toBe('page');
    expect(part.calls()).toBe(2);
    expect(waits).toEqual([300]);
  });

  it('gives the fallback, never a rejection, when both tries fail', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 10 }), async (failures) => {
        const part = flaky(failures);
        await expect(loadWithRetry(part.load, 'failed', noWait)()).resolves.toBe('failed');
        expect(part.calls()).toBe(2);
      }),
    );
  });
});
