// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LangContext } from '../../i18n';
import { PartCards } from './PartCards';

afterEach(cleanup);

describe('the cards into parts of Terrarium', () => {
  it('give each part its name from the navigation, its address and the page’s sentence, in order', () => {
    render(<PartCards parts={['notice', 'happened']} say={(part) => `About ${part}.`} />);
    const links = screen.getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Notice', '/notice'],
      ['If it already happened', '/happened'],
    ]);
    expect(screen.getByText('About notice.').closest('li')?.textContent).toContain('Notice');
    expect(screen.getByText('About happened.')).toBeTruthy();
  });

  it('name the parts in the page’s language', () => {
    render(
      <LangContext.Provider value="es">
        <PartCards parts={['learn']} say={() => 'Por qué pasa.'} />
      </LangContext.Provider>,
    );
    expect(screen.getByRole('heading', { level: 3, name: 'Aprender' })).toBeTruthy();
  });
});
