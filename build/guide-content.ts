import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { Marked, type Tokens } from 'marked';
import type { Plugin } from 'vite';
import { sourceList } from '../src/core/guide/citations.ts';
import { guideFolder, readGuideFolder } from '../src/core/guide/guide-content.ts';
import { type GuidePage, parseGuideSource, splitSources } from '../src/core/guide/guide-page.ts';
import { numberNotes } from '../src/core/guide/notes.ts';
import { langs as appLangs } from '../src/core/i18n/lang.ts';

/**
 * The guide is written as Markdown files in src/content/guide/<lang>/ and compiled here, at
 * build time, to HTML strings: no Markdown parser reaches the browser.
 *
 * - `virtual:guide/<lang>` (`virtual:guide/en`, `virtual:guide/es`) exports `guidePages`: every
 *   page's front matter in reading order, and a `load()` that imports that page alone, so a
 *   page's first load carries only its own text, in its own language.
 * - Importing a guide `.md` file gives `{ slug, title, order, summary, html }`.
 *
 * The HTML must pass our Content-Security-Policy and our privacy rules, so the compiler
 * refuses raw HTML (no inline styles or scripts can slip in), images, and links that could
 * run code or leave quietly; outside links get rel="noreferrer".
 *
 * Citations written in the text, "(Pope, 2001)", become numbered notes: a small linked number
 * in the text, and the page's sources listed at the end in that order (src/core/guide/notes.ts).
 */

const ALLOWED_LINK = /^(?:\/|#|tel:|mailto:|https:\/\/)/;

function markdownFor(file: string): Marked {
  const fail = (problem: string): never => {
    throw new Error(`${file}: ${problem}`);
  };
  return new Marked({
    gfm: true,
    renderer: {
      html: ({ text }) => fail(`raw HTML is not allowed in guide pages: ${text.trim()}`),
      image: ({ href }) => fail(`images are not allowed in guide pages: ${href}`),
      heading({ depth }) {
        if (depth === 1) fail('the page title is the only level-1 heading; start sections at ##');
        return false;
      },
      link(this: { parser: { parseInline(tokens: Tokens.Link['tokens']): string } }, token) {
        if (!ALLOWED_LINK.test(token.href)) fail(`link not allowed: ${token.href}`);
        const text = this.parser.parseInline(token.tokens);
        const rel = token.href.startsWith('https://') ? ' rel="noreferrer"' : '';
        return `<a href="${escapeAttribute(token.href)}"${rel}>${text}</a>`;
      },
    },
  });
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** What a screen reader says before a note's number, by the language of the sources heading. */
const NOTE_LABEL: Readonly<Record<string, string>> = { Sources: 'Source', Fuentes: 'Fuente' };

/** Stands in for a citation while Marked runs: plain text that Markdown leaves alone. */
const NOTE_MARK = /\u27e6([\d,]+)\u27e7/g;

function noteLinks(numbers: string, label: string): string {
  const links = numbers
    .split(',')
    .map(
      (n) =>
        `<a class="note-ref" href="#note-${n}"><span class="visually-hidden">${label} </span>${n}</a>`,
    );
  return `<sup class="note-refs">${links.join('<span aria-hidden="true">,</span>')}</sup>`;
}

/** Compiles one guide content file. Its sources become numbered notes in a section of their own. */
export function compileGuidePage(source: string, file: string): GuidePage {
  const { meta, body } = parseGuideSource(source, file);
  const { prose, sources } = splitSources(body);
  const markdown = markdownFor(file);
  const heading =
    sources
      .split('\n')[0]
      ?.replace(/^#+\s*/, '')
      .trim() ?? '';
  const label = NOTE_LABEL[heading] ?? 'Source';
  let numbered: ReturnType<typeof numberNotes>;
  try {
    numbered = numberNotes(
      prose,
      sourceList(sources),
      (numbers) => `\u27e6${numbers.join(',')}\u27e7`,
    );
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
  const proseHtml = markdown
    .parse(numbered.prose, { async: false })
    .replace(NOTE_MARK, (_mark, numbers: string) => noteLinks(numbers, label));
  const notesHtml = numbered.notes
    .map(
      ({ line }, index) =>
        `<li id="note-${index + 1}">${markdown.parseInline(line.slice(2), { async: false })}</li>`,
    )
    .join('\n');
  const sourcesHtml = sources
    ? `<section class="guide-sources">${markdown.parse(sources.split('\n')[0] ?? '', { async: false })}<ol class="guide-notes">\n${notesHtml}\n</ol>\n</section>`
    : '';
  return { ...meta, html: `${proseHtml}${sourcesHtml}` };
}

/** The Vite plugin: `virtual:guide/<lang>` for each language the app speaks, and compiled `.md` imports. */
export function guideContent(langs: readonly string[] = appLangs): Plugin {
  let root = process.cwd();
  const virtual = (lang: string) => `virtual:guide/${lang}`;
  const isGuideFile = (id: string) =>
    id.endsWith('.md') &&
    relative(root, id).split(sep).slice(0, 3).join('/') === 'src/content/guide';
  return {
    name: 'terrarium:guide-content',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return langs.some((lang) => id === virtual(lang)) ? `\0${id}` : undefined;
    },
    load(id) {
      const lang = langs.find((l) => id === `\0${virtual(l)}`);
      if (lang) {
        const folder = guideFolder(root, lang);
        this.addWatchFile(folder);
        const entries = readGuideFolder(folder).map(({ file, meta }) => {
          const path = `/${relative(root, file).split(sep).join('/')}`;
          return `  { ...${JSON.stringify(meta)}, load: () => import(${JSON.stringify(path)}) },`;
        });
        return `export const guidePages = [\n${entries.join('\n')}\n];\n`;
      }
      if (isGuideFile(id)) {
        const page = compileGuidePage(readFileSync(id, 'utf8'), id);
        return `export default ${JSON.stringify(page)};\n`;
      }
      return undefined;
    },
  };
}
