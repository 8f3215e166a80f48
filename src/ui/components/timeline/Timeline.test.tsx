// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { detectDrift } from '../../../core/notice/drift';
import type { LoggedSession } from '../../../core/notice/session';
import { weekly } from '../../../core/notice/test-data';
import { Timeline } from './Timeline';

afterEach(cleanup);

function show(log: LoggedSession[]) {
  return render(<Timeline sessions={log} findings={detectDrift(log)} />);
}

describe('the timeline', () => {
  it('describes the chart in words, for one session', () => {
    show(weekly({}));
    expect(
      screen.getByRole('img', {
        name: 'Timeline chart of one session on Mon, Jan 8, 2024. The same information is in the table.',
      }),
    ).toBeTruthy();
  });

  it('builds the table when it is opened, one row per session, patterns marked in words', () => {
    const { container } = show(weekly({}, { fee: 'waived' }, { fee: 'reduced' }));
    expect(screen.queryByRole('table')).toBeNull();
    const details = container.querySelector('details');
    if (!details) throw new Error('no details');
    details.open = true;
    fireEvent(details, new Event('toggle'));
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(rows[2]?.textContent).toContain(
      'Nothing: the fee was waived (part of a pattern named above)',
    );
    expect(rows[1]?.textContent).not.toContain('part of a pattern');
  });

  it('opens at the newest sessions, with a cue to scroll back only when there is more', () => {
    // jsdom has no layout: give the scroll area a width, and the chart inside it more.
    const sizes = { clientWidth: 240, scrollWidth: 52 * 8 };
    const restore = Object.entries(sizes).map(([key, value]) => {
      const before = Object.getOwnPropertyDescriptor(HTMLElement.prototype, key);
      Object.defineProperty(HTMLElement.prototype, key, {
        configurable: true,
        get(this: HTMLElement) {
          return this.classList.contains('timeline__scroll') ? value : 0;
        },
      });
      return () => {
        if (before) Object.defineProperty(HTMLElement.prototype, key, before);
        else Reflect.deleteProperty(HTMLElement.prototype, key);
      };
    });
    try {
      const { container } = show(weekly({}, {}, {}, {}, {}, {}, {}, {}));
      const area = container.querySelector<HTMLElement>('.timeline__scroll');
      expect(area?.scrollLeft).toBe(52 * 8);
      expect(screen.getByText('← Scroll sideways for earlier sessions')).toBeTruthy();
      cleanup();
    } finally {
      for (const undo of restore) undo();
    }
    // Back to no layout: nothing overflows, so no cue, but the order is still said.
    show(weekly({}));
    expect(screen.queryByText('← Scroll sideways for earlier sessions')).toBeNull();
    expect(screen.getByText(/Oldest on the left, newest on the right\./)).toBeTruthy();
  });

  it('opens and builds the table for printing', async () => {
    const { container } = show(weekly({}));
    window.dispatchEvent(new Event('beforeprint'));
    expect(container.querySelector('details')?.open).toBe(true);
    expect(await screen.findByRole('table')).toBeTruthy();
  });
});
