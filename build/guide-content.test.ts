import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileGuidePage, guideContent } from './guide-content';

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

  it('puts the list of sources in a section of its own', () => {
    const { html } = compileGuidePage(
      page('Text (Pope, 2001).\n\n## Sources\n\n- Pope (2001).'),
      'x',
    );
    expect(html).toBe(
      '<p>Text (Pope, 2001).</p>\n<section class="guide-sources"><h2>Sources</h2>\n<ul>\n<li>Pope (2001).</li>\n</ul>\n</section>',
    );
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
    expect(names).toHaveLength(8);
    for (const name of names) {
      const { html } = compileGuidePage(readFileSync(join(folder, name), 'utf8'), name);
      expect(html).toContain('<section class="guide-sources">');
      expect(html).not.toMatch(/style=|<script/);
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
    expect(code.match(/import\("\/src\/content\/guide\/es\/[a-z-]+\.md"\)/g)).toHaveLength(8);
    expect(code).not.toContain('/guide/en/');
  });
});
