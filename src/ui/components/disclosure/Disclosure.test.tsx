// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Disclosure } from './Disclosure';

afterEach(cleanup);

describe('Disclosure', () => {
  it('shows the question, keeps the answer closed, and opens on request', () => {
    const { container } = render(
      <Disclosure summary="What if I forget?">
        <p>Nobody can open it.</p>
      </Disclosure>,
    );
    const details = container.querySelector('details');
    if (!details) throw new Error('no details');
    const summary = screen.getByText('What if I forget?');
    expect(summary.tagName).toBe('SUMMARY');
    expect(details.open).toBe(false);
    expect(details.contains(screen.getByText('Nobody can open it.'))).toBe(true);
  });

  it('can start open', () => {
    const { container } = render(
      <Disclosure summary="Why?" open>
        <p>Because.</p>
      </Disclosure>,
    );
    expect(container.querySelector('details')?.open).toBe(true);
  });

  it('tells its owner when it opens and closes', () => {
    const onToggle = vi.fn();
    const { container } = render(
      <Disclosure summary="Why?" onToggle={onToggle}>
        <p>Because.</p>
      </Disclosure>,
    );
    const details = container.querySelector('details');
    if (!details) throw new Error('no details');
    details.open = true;
    fireEvent(details, new Event('toggle'));
    expect(onToggle).toHaveBeenLastCalledWith(true);
    details.open = false;
    fireEvent(details, new Event('toggle'));
    expect(onToggle).toHaveBeenLastCalledWith(false);
  });
});
