import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileGuidePage, guideContent } from './guide-content';

/** The two-minute version and the sections of the full guide, in each language. */
const guidePageCount = 13;

const page = (body: string) =>
  ['---', 'slug: sample', 'title: A sample', 'order: 1', 'summary: Short.', '---', body].join('\n');

describe('compiling a guide page', () => {
  it('turns front matter and Markdown into the page and its HTML', () => {
    const compiled = compileGuidePage(page('## Why\n\nYou are **not** alone.'), 'sample.md');
    expect(compiled).toEqual({
      slug: 'sample',
      title: 'A sample',
      order: 1,
      summary: 'Short.',
      html: '<h2>Why</h2>\n<p>You are <strong>not</strong> alone.</p>\n',
    });
  });

  it('turns citations into numbered notes, listed at the end in the order first cited', () => {
    const { html } = compileGuidePage(
      page(
        [
          'One (Vetter, 2022). Two (Pope, 2001; Vetter, 2022).',
          '',
          '## Sources',
          '',
          '- Pope, K. (2001). _Sex_.',
          '- Vetter, L. (2022). Intimacy.',
        ].join('\n'),
      ),
      'x',
    );
    const ref = (n: number) =>
      `<a class="note-ref" href="#note-${n}"><span class="visually-hidden">Source </span>${n}</a>`;
    expect(html).toBe(
      `<p>One<sup class="note-refs">${ref(1)}</sup>. Two<sup class="note-refs">${ref(2)}<span aria-hidden="true">,</span>${ref(1)}</sup>.</p>\n` +
        '<section class="guide-sources"><h2>Sources</h2>\n<ol class="guide-notes">\n' +
        '<li id="note-1">Vetter, L. (2022). Intimacy.</li>\n' +
        '<li id="note-2">Pope, K. (2001). <em>Sex</em>.</li>\n</ol>\n</section>',
    );
  });

  it('labels the note numbers in Spanish under “Fuentes”', () => {
    const { html } = compileGuidePage(
      page('Uno (Pope, 2001).\n\n## Fuentes\n\n- Pope, K. (2001). Sex.'),
      'x',
    );
    expect(html).toContain('<span class="visually-hidden">Fuente </span>1</a>');
    expect(html).toContain('<h2>Fuentes</h2>');
  });

  it('fails the build on a citation that matches no listed source', () => {
    expect(() =>
      compileGuidePage(
        page('Text (Poppe, 2001).\n\n## Sources\n\n- Pope, K. (2001). X.'),
        'bad.md',
      ),
    ).toThrow(/bad\.md: no listed source for \(Poppe, 2001\)/);
  });

  it('leaves a page without sources, like the two-minute version, without notes', () => {
    const { html } = compileGuidePage(page('Plain words, no citations.'), 'x');
    expect(html).toBe('<p>Plain words, no citations.</p>\n');
  });

  it('refuses raw HTML, so no inline style or script can reach a page', () => {
    expect(() => compileGuidePage(page('<p style="color:red">Hi</p>'), 'bad.md')).toThrow(
      /bad\.md: raw HTML/,
    );
    expect(() => compileGuidePage(page('Hi <script>alert(1)</script>'), 'bad.md')).toThrow(
      /raw HTML/,
    );
  });

  it('refuses a second level-1 heading, since the page title is the h1', () => {
    expect(() => compileGuidePage(page('# Title again'), 'bad.md')).toThrow(/level-1/);
  });

  it('refuses images and links that could run code', () => {
    expect(() => compileGuidePage(page('![plant](/icon.svg)'), 'bad.md')).toThrow(/images/);
    expect(() => compileGuidePage(page('[x](javascript:alert(1))'), 'bad.md')).toThrow(/link/);
    expect(() => compileGuidePage(page('[x](http://example.com)'), 'bad.md')).toThrow(/link/);
  });

  it('keeps phone links and sends no referrer to other sites', () => {
    const { html } = compileGuidePage(
      page('[988](tel:988) and [TELL](https://therapyabuse.org)'),
      'x',
    );
    expect(html).toContain('<a href="tel:988">988</a>');
    expect(html).toContain('<a href="https://therapyabuse.org" rel="noreferrer">TELL</a>');
  });

  it.each(['en', 'es'])('compiles every page of the real guide in %s', (lang) => {
    const folder = join(process.cwd(), 'src/content/guide', lang);
    const names = readdirSync(folder).filter((f) => f.endsWith('.md'));
    expect(names).toHaveLength(guidePageCount);
    for (const name of names) {
      const { html } = compileGuidePage(readFileSync(join(folder, name), 'utf8'), name);
      expect(html).not.toMatch(/style=|<script|\u27e6/);
      if (name === 'quick.md') {
        expect(html).not.toContain('guide-sources');
        continue;
      }
      expect(html).toContain('<section class="guide-sources">');
      // Every note the text points to is on the page, and no citation is left in brackets.
      const refs = [...html.matchAll(/href="#(note-\d+)"/g)].map((m) => m[1]);
      expect(refs.length).toBeGreaterThan(0);
      for (const ref of refs) expect(html).toContain(`<li id="${ref}">`);
      const text = html.slice(0, html.indexOf('<section class="guide-sources">'));
      expect(text).not.toMatch(/\([^()]*, (?:(?:1[89]|20)\d\d|n\.d\.)\)/);
    }
  });
});

describe('the guide plugin', () => {
  type Hook = (this: { addWatchFile(file: string): void }, id: string) => string | undefined;
  const plugin = guideContent();
  (plugin.configResolved as (config: { root: string }) => void)({ root: process.cwd() });
  const resolveId = plugin.resolveId as Hook;
  const load = plugin.load as Hook;
  const context = { addWatchFile: () => {} };

  it('serves the guide in every language the app speaks, and no other', () => {
    expect(resolveId.call(context, 'virtual:guide/en')).toBe('\0virtual:guide/en');
    expect(resolveId.call(context, 'virtual:guide/es')).toBe('\0virtual:guide/es');
    expect(resolveId.call(context, 'virtual:guide/fr')).toBeUndefined();
  });

  it('lists the Spanish pages with their Spanish titles, each loading its own Spanish file', () => {
    const code = load.call(context, '\0virtual:guide/es') ?? '';
    expect(code).toContain('"title":"La versión de dos minutos"');
    expect(code.match(/import\("\/src\/content\/guide\/es\/[a-z-]+\.md"\)/g)).toHaveLength(
      guidePageCount,
    );
    expect(code).not.toContain('/guide/en/');
  });
});
