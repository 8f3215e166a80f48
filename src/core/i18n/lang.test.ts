import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { langOfPath, localizePath, stripLang } from './lang';

describe('languages in addresses', () => {
  it.each([
    ['/', 'en'],
    ['/learn', 'en'],
    ['/estate', 'en'],
    ['/es', 'es'],
    ['/es/', 'es'],
    ['/es/learn/quick', 'es'],
    ['/es?x=1', 'es'],
  ])('reads %s as %s', (path, lang) => {
    expect(langOfPath(path)).toBe(lang);
  });

  it.each([
    ['/es', '/'],
    ['/es/', '/'],
    ['/es/notice/session?id=3', '/notice/session?id=3'],
    ['/learn', '/learn'],
    ['/estate', '/estate'],
  ])('strips the language from %s', (path, neutral) => {
    expect(stripLang(path)).toBe(neutral);
  });

  it.each([
    ['/', 'es', '/es'],
    ['/learn', 'es', '/es/learn'],
    ['/es/learn', 'en', '/learn'],
    ['/es/learn', 'es', '/es/learn'],
    ['/notice/session?id=3', 'es', '/es/notice/session?id=3'],
  ] as const)('puts %s into %s as %s', (path, lang, localized) => {
    expect(localizePath(path, lang)).toBe(localized);
  });

  it('round-trips any path through Spanish and back', () => {
    const segment = fc.stringMatching(/^[a-z0-9-]{1,8}$/);
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 4 }), (parts) => {
        const path = `/${parts.join('/')}`;
        const spanish = localizePath(path, 'es');
        return langOfPath(spanish) === 'es' && localizePath(spanish, 'en') === stripLang(path);
      }),
    );
  });
});
