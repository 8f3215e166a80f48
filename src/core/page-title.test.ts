import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutralTitle, type TitlePart, titlePartOf, titleParts } from './page-title';

const words = Object.fromEntries(titleParts.map((p) => [p, `<${p}>`])) as Record<TitlePart, string>;

describe('neutral page titles', () => {
  it.each([
    ['/', 'start'],
    ['/es', 'start'],
    ['/learn', 'reading'],
    ['/learn/warning-signs', 'reading'],
    ['/es/learn/if-it-already-happened', 'reading'],
    ['/reflect/entry?id=abc', 'journal'],
    ['/notice/new', 'log'],
    ['/decide/q/3', 'questions'],
    ['/prepare/practice', 'notes'],
    ['/happened/complaint/print', 'documents'],
    ['/es/settings', 'settings'],
    ['/safety', 'tips'],
    ['/no-such-page', 'missing'],
    ['/constructor', 'missing'],
  ])('%s belongs to the part %s', (path, part) => {
    expect(titlePartOf(path)).toBe(part);
  });

  it('is the app name alone on the start page, and the part word elsewhere', () => {
    expect(neutralTitle('/es', 'Terrarium', words)).toBe('Terrarium');
    expect(neutralTitle('/happened/complaint/print', 'Terrarium', words)).toBe(
      'Terrarium · <documents>',
    );
  });

  it('never carries anything from the address beyond its part', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (first, rest) => {
        expect(neutralTitle(`/reflect/${rest}?q=${rest}`, 'Terrarium', words)).toBe(
          'Terrarium · <journal>',
        );
        const title = neutralTitle(`/${first}/${rest}`, 'Terrarium', words);
        expect(title === 'Terrarium' || title.startsWith('Terrarium · <')).toBe(true);
        expect(title.includes(rest) && rest.length > 3 && !title.includes(`<${rest}>`)).toBe(false);
      }),
    );
  });
});
