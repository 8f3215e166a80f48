// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Button, ButtonLink } from './Button';

afterEach(cleanup);

describe('the button', () => {
  it('does not submit the form it sits in unless it is a submit button', () => {
    const submitted = vi.fn((event: Event) => event.preventDefault());
    const pressed = vi.fn();
    render(
      <form autoComplete="off" onSubmit={submitted}>
        <Button onClick={pressed}>Show all</Button>
        <Button type="submit">Search</Button>
      </form>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Show all' }));
    expect(pressed).toHaveBeenCalledTimes(1);
    expect(submitted).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(submitted).toHaveBeenCalledTimes(1);
  });

  it('carries the look of its variant, and any extra class', () => {
    render(
      <>
        <Button>Save</Button>
        <Button variant="secondary" class="lock-button">
          Lock
        </Button>
        <Button variant="warning">Erase</Button>
      </>,
    );
    expect(screen.getByRole('button', { name: 'Save' }).className).toBe('button');
    expect(screen.getByRole('button', { name: 'Lock' }).className).toBe(
      'button button--secondary lock-button',
    );
    expect(screen.getByRole('button', { name: 'Erase' }).className).toBe('button button--warning');
  });

  it('passes on what a button needs, such as being turned off', () => {
    render(<Button disabled>Wait</Button>);
    expect((screen.getByRole('button', { name: 'Wait' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('the button link', () => {
  it('stays a link that goes somewhere, drawn as a button', () => {
    const clicked = vi.fn((event: Event) => event.preventDefault());
    render(
      <ButtonLink href="/learn/next" rel="next" variant="secondary" onClick={clicked}>
        Next: the line
      </ButtonLink>,
    );
    const link = screen.getByRole('link', { name: 'Next: the line' });
    expect(link.getAttribute('href')).toBe('/learn/next');
    expect(link.getAttribute('rel')).toBe('next');
    expect(link.className).toBe('button button--secondary');
    expect(screen.queryByRole('button')).toBeNull();
    fireEvent.click(link);
    expect(clicked).toHaveBeenCalledTimes(1);
  });
});
