// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { at, min, weekly } from '../../../core/notice/test-data';
import { Trends } from './Trends';

afterEach(cleanup);

const description = (img: HTMLElement) =>
  document.getElementById(img.getAttribute('aria-describedby') ?? '')?.textContent;

describe('the two trend charts', () => {
  it('say in words how far each session ran over and when it started', () => {
    render(
      <Trends
        sessions={weekly(
          { start: at('14:00') },
          { start: at('17:30'), actualMinutes: min(62) },
          { start: at('19:00'), actualMinutes: min(45) },
        )}
      />,
    );
    expect(screen.getByText('Your last 3 sessions, oldest on the left.')).toBeTruthy();
    expect(description(screen.getByRole('img', { name: 'Minutes over the planned time' }))).toBe(
      'Jan 8: on time, Jan 15: 12 min over, and Jan 22: 5 min short. One session ran 10 minutes or more over.',
    );
    expect(description(screen.getByRole('img', { name: 'Start time' }))).toBe(
      'Jan 8: 2 pm, Jan 15: 5:30 pm, and Jan 22: 7 pm. 2 started at 5 pm or later.',
    );
  });

  it('mark the bars at 10 minutes or more over, and the starts at 5 pm or later', () => {
    const { container } = render(
      <Trends
        sessions={weekly(
          { start: at('16:59'), actualMinutes: min(59) },
          { start: at('17:00'), actualMinutes: min(60) },
        )}
      />,
    );
    const marked = (selector: string) =>
      [...container.querySelectorAll(selector)].map((el) => el.classList.length > 1);
    expect(marked('rect.chart__bar')).toEqual([false, true]);
    expect(marked('circle.chart__dot')).toEqual([false, true]);
  });

  it('draw nothing for an empty log', () => {
    const { container } = render(<Trends sessions={[]} />);
    expect(container.innerHTML).toBe('');
  });
});
