// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SummaryList } from './SummaryList';

afterEach(cleanup);

describe('SummaryList', () => {
  it('pairs every label with its value, in order', () => {
    const { container } = render(
      <SummaryList
        rows={[
          { key: 'a', label: 'Backup file', value: 'Last backup: never' },
          { key: 'b', label: 'Locking', value: 'After 15 minutes' },
        ]}
      />,
    );
    const terms = [...container.querySelectorAll('dt')].map((dt) => dt.textContent);
    const values = [...container.querySelectorAll('dd.summary-list__value')].map(
      (dd) => dd.textContent,
    );
    expect(terms).toEqual(['Backup file', 'Locking']);
    expect(values).toEqual(['Last backup: never', 'After 15 minutes']);
  });

  it('links each changeable row to its page, naming the row for screen readers', () => {
    render(
      <SummaryList
        rows={[
          {
            key: 'a',
            label: 'Backup file',
            value: 'never',
            href: '/settings/backup',
            action: 'Change',
          },
          { key: 'b', label: 'Status', value: 'Locked' },
        ]}
      />,
    );
    const link = screen.getByRole('link', { name: 'Change backup file' });
    expect(link.getAttribute('href')).toBe('/settings/backup');
    expect(screen.getAllByRole('link')).toHaveLength(1);
    const row = link.closest('.summary-list__row');
    if (!(row instanceof HTMLElement)) throw new Error('no row');
    expect(within(row).getByText('never')).toBeTruthy();
  });
});
