import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileGuidePage } from './guide-content';

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

  it('compiles every page of the real guide', () => {
    const folder = join(process.cwd(), 'src/content/guide/en');
    for (const name of readdirSync(folder).filter((f) => f.endsWith('.md'))) {
      const { html } = compileGuidePage(readFileSync(join(folder, name), 'utf8'), name);
      expect(html).toContain('<section class="guide-sources">');
      expect(html).not.toMatch(/style=|<script/);
    }
  });
});
