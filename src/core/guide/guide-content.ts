import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type GuidePageMeta, parseGuideSource, readingOrder } from './guide-page.ts';

/** A guide content file as read from disk: for the build, tests and benchmarks (Node only). */
export interface GuideSourceFile {
  readonly file: string;
  readonly meta: GuidePageMeta;
  readonly body: string;
}

/** The folder of one language's guide pages, relative to the project root. */
export function guideFolder(root: string, lang = 'en'): string {
  return join(root, 'src/content/guide', lang);
}

/** Reads every page of one language's guide, in reading order. */
export function readGuideFolder(folder: string): GuideSourceFile[] {
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const file = join(folder, name);
      const { meta, body } = parseGuideSource(readFileSync(file, 'utf8'), file);
      if (`${meta.slug}.md` !== name) {
        throw new Error(`${file}: the file must be named after its slug, ${meta.slug}.md`);
      }
      return { file, meta, body };
    });
  return readingOrder(files.map((source) => ({ ...source.meta, source }))).map(
    ({ source }) => source,
  );
}
