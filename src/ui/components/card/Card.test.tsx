// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/preact';
import { BookOpen } from 'lucide';
import { afterEach, describe, expect, it } from 'vitest';
import { Card, CardList } from './Card';

afterEach(cleanup);

describe('the card', () => {
  it('has one link, named by its heading, and the description outside it', () => {
    const { container } = render(
      <CardList>
        <li>
          <Card href="/learn" heading="Learn" headingLevel={3} icon={BookOpen}>
            <p>Why these feelings happen.</p>
          </Card>
        </li>
      </CardList>,
    );
    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]?.getAttribute('href')).toBe('/learn');
    expect(links[0]?.textContent).toBe('Learn');
    const heading = screen.getByRole('heading', { level: 3, name: 'Learn' });
    expect(heading.contains(links[0] ?? null)).toBe(true);
    // The description is read after the link, not as part of its name.
    expect(screen.getByText('Why these feelings happen.').closest('a')).toBeNull();
    expect(container.querySelectorAll('ul.card-list > li > .card--link')).toHaveLength(1);
  });

  it('draws its icon inline and hides it from assistive technology', () => {
    const { container } = render(<Card href="/learn" heading="Learn" icon={BookOpen} />);
    const svg = container.querySelector('svg');
    expect(svg?.getAttribute('aria-hidden')).toBe('true');
    expect(svg?.querySelectorAll('path')).toHaveLength(BookOpen.length);
    expect(container.querySelector('img, use, image')).toBeNull();
  });

  it('uses a second-level heading unless told otherwise, and leaves out what it is not given', () => {
    const { container } = render(<Card href="/notice" heading="Notice" />);
    expect(screen.getByRole('heading', { level: 2, name: 'Notice' })).toBeTruthy();
    expect(container.querySelector('svg')).toBeNull();
    expect(container.querySelector('.card__text')).toBeNull();
  });
});
