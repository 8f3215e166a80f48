/**
 * The guide is a set of pages written as content files (src/content/guide/<lang>/*.md).
 * Each file starts with front matter: simple `key: value` lines between two `---` lines.
 */

/** The slug of the two-minute version: the key points on one screen. */
export const QUICK_SLUG = 'quick';

/** What the front matter of a guide page says about it. */
export interface GuidePageMeta {
  /** The last part of the page's address: /learn/<slug>. Also the file name. */
  readonly slug: string;
  readonly title: string;
  /** Reading order: the two-minute version is 0, the topics 1, 2, 3… */
  readonly order: number;
  /** One or two plain sentences shown in the list of sections. */
  readonly summary: string;
}

/** A guide page as it reaches the browser: its Markdown compiled to HTML at build time. */
export interface GuidePage extends GuidePageMeta {
  readonly html: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const REQUIRED = ['slug', 'title', 'order', 'summary'] as const;

/**
 * Splits a content file into its front matter and its Markdown body.
 * Throws with the file name on anything missing or malformed, so a broken page fails the build.
 */
export function parseGuideSource(
  source: string,
  file = 'guide page',
): { meta: GuidePageMeta; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`${file}: must start with front matter between two --- lines`);
  const fields = new Map<string, string>();
  for (const line of (match[1] ?? '').split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const pair = /^([a-z]+):\s*(.*)$/.exec(line);
    if (!pair) throw new Error(`${file}: front matter line is not "key: value": ${line}`);
    fields.set(pair[1] ?? '', (pair[2] ?? '').trim());
  }
  for (const key of REQUIRED) {
    if (!fields.get(key)) throw new Error(`${file}: front matter needs "${key}"`);
  }
  const slug = fields.get('slug') ?? '';
  if (!SLUG.test(slug)) throw new Error(`${file}: slug "${slug}" must be lower-case words and -`);
  const order = Number(fields.get('order'));
  if (!Number.isInteger(order) || order < 0) {
    throw new Error(`${file}: order must be a whole number, 0 or more`);
  }
  return {
    meta: {
      slug,
      title: fields.get('title') ?? '',
      order,
      summary: fields.get('summary') ?? '',
    },
    body: match[2] ?? '',
  };
}

/**
 * Puts the pages in reading order (the two-minute version first, then the topics)
 * and checks the set is whole: one two-minute version, and no two pages sharing a place.
 */
export function readingOrder<T extends GuidePageMeta>(pages: readonly T[]): T[] {
  const quick = pages.filter((page) => page.slug === QUICK_SLUG);
  if (quick.length !== 1) throw new Error(`the guide needs exactly one "${QUICK_SLUG}" page`);
  if (quick[0]?.order !== 0) throw new Error('the two-minute version must have order 0');
  const sorted = [...pages].sort((a, b) => a.order - b.order);
  sorted.forEach((page, index) => {
    const before = sorted[index - 1];
    if (before && before.order === page.order) {
      throw new Error(`"${before.slug}" and "${page.slug}" share order ${page.order}`);
    }
  });
  const slugs = new Set(sorted.map((page) => page.slug));
  if (slugs.size !== sorted.length) throw new Error('two guide pages share a slug');
  return sorted;
}

/** The pages before and after this one in reading order, for "Previous" and "Next" links. */
export function neighbours<T extends GuidePageMeta>(
  ordered: readonly T[],
  slug: string,
): { previous: T | undefined; next: T | undefined } {
  const index = ordered.findIndex((page) => page.slug === slug);
  if (index < 0) return { previous: undefined, next: undefined };
  return { previous: ordered[index - 1], next: ordered[index + 1] };
}

/**
 * The heading that starts a page's list of sources ("Fuentes" in Spanish). Everything from
 * it on is the citation list: shown on the page, but not prose, so not part of the reading grade.
 */
export const SOURCES_HEADING = /^#{2,6}\s+(?:Sources|Fuentes)\s*$/m;

/** Splits a Markdown body into the prose and the list of sources that ends it. */
export function splitSources(body: string): { prose: string; sources: string } {
  const match = SOURCES_HEADING.exec(body);
  if (!match) return { prose: body, sources: '' };
  return { prose: body.slice(0, match.index), sources: body.slice(match.index) };
}
