// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Scale } from './Scale';

afterEach(cleanup);

const points = [
  { id: 'calm', label: 'Talk about it' },
  { id: 'mid', label: 'Slow down' },
  { id: 'serious', label: 'Walk away' },
];
const apart = { id: 'stop', label: 'Stop and get support' };

function show(at: string | null) {
  return render(
    <Scale label="Where your answers point" points={points} apart={apart} at={at} marker="You" />,
  );
}

describe('the scale', () => {
  it('is a figure named by its caption, with the points in order as a list', () => {
    show('mid');
    const group = screen.getByRole('figure', { name: 'Where your answers point' });
    const items = within(group).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'Talk about it',
      'Slow downYou',
      'Walk away',
    ]);
  });

  it('marks the place in words and with aria-current, and only that place', () => {
    show('serious');
    const current = screen.getAllByText('You');
    expect(current).toHaveLength(1);
    const place = current[0]?.closest('[aria-current="true"]');
    expect(place?.textContent).toContain('Walk away');
    expect(document.querySelectorAll('[aria-current]')).toHaveLength(1);
  });

  it('keeps the place apart off the list, and marks it there with no point on the scale marked', () => {
    show('stop');
    const list = screen.getByRole('list');
    expect(within(list).queryByText('Stop and get support')).toBeNull();
    expect(within(list).queryByText('You')).toBeNull();
    const place = screen.getByText('Stop and get support').closest('[aria-current="true"]');
    expect(place?.textContent).toBe('Stop and get supportYou');
  });

  it('marks nothing when there is no place', () => {
    show(null);
    expect(screen.queryByText('You')).toBeNull();
    expect(document.querySelectorAll('[aria-current]')).toHaveLength(0);
  });
});
