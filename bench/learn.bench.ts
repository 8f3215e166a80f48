import { dirname } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { guideFolder, readGuideFolder } from '../src/core/guide/guide-content';
import { readingGrade } from '../src/core/guide/readability';
import { spanishReadingEase } from '../src/core/guide/readability-es';
import type { BenchContext, BenchRow } from './types';

/** The highest reading grade a guide page may have; we aim for 8 or below. */
const GRADE_BUDGET = 9;
/** The lowest Fernández-Huerta score a Spanish guide page may have (60–70 is "normal"); we aim for 70. */
const SPANISH_EASE_BUDGET = 60;
/** First-load JavaScript of a guide page, brotli-compressed, in kB (1 kB = 1000 bytes). */
const FIRST_LOAD_JS_BUDGET = 25;

/**
 * The guide: each page's reading grade (Flesch–Kincaid, src/core/guide/readability.ts, the
 * Sources list left out), each Spanish page's reading ease (Fernández-Huerta,
 * src/core/guide/readability-es.ts, the Fuentes list left out) and the JavaScript the first
 * view of each page, in each language, loads from the production build.
 */
export async function run(ctx: BenchContext): Promise<BenchRow[]> {
  const rows = readabilityRows(dirname(ctx.distDir));
  const pages = readGuideFolder(guideFolder(dirname(ctx.distDir)));
  const paths = ['/learn', ...pages.map(({ meta }) => `/learn/${meta.slug}`)];
  // What the start page loads is the app's shared shell; the rest is what the guide adds.
  const shell = await firstLoadScripts(ctx, '/');
  for (const path of [...paths, ...paths.map((path) => `/es${path}`)]) {
    const scripts = await firstLoadScripts(ctx, path);
    const total = [...scripts.values()].reduce((sum, size) => sum + size, 0);
    const own = [...scripts].reduce((sum, [url, size]) => (shell.has(url) ? sum : sum + size), 0);
    rows.push(
      {
        area: 'learn',
        metric: `${path} first-load JS (brotli)`,
        value: total / 1000,
        unit: 'kB',
        budget: FIRST_LOAD_JS_BUDGET,
      },
      {
        area: 'learn',
        metric: `${path} JS beyond the start page's (brotli)`,
        value: own / 1000,
        unit: 'kB',
      },
    );
  }
  return rows;
}

/** One row per guide page and language: its readability against its budget. */
export function readabilityRows(root: string): BenchRow[] {
  const english = readGuideFolder(guideFolder(root, 'en')).map(
    ({ meta, body }): BenchRow => ({
      area: 'learn',
      metric: `/learn/${meta.slug} reading grade`,
      value: readingGrade(body),
      unit: 'grade',
      budget: GRADE_BUDGET,
    }),
  );
  const spanish = readGuideFolder(guideFolder(root, 'es')).map(
    ({ meta, body }): BenchRow => ({
      area: 'learn',
      metric: `/es/learn/${meta.slug} Fernández-Huerta reading ease`,
      value: spanishReadingEase(body),
      unit: 'score',
      budget: SPANISH_EASE_BUDGET,
      atLeast: true,
    }),
  );
  return [...english, ...spanish];
}

/** Every script a fresh visit to the page fetches (service worker off, empty cache): URL → brotli bytes. */
async function firstLoadScripts(ctx: BenchContext, path: string): Promise<Map<string, number>> {
  const browser = ctx.page.context().browser();
  if (!browser) throw new Error('the bench page has no browser');
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const scripts: Promise<[string, number]>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      scripts.push(
        response
          .body()
          .then((body) => [
            response.url(),
            brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
          ]),
      );
    });
    await page.goto(`${ctx.previewOrigin}${path}`, { waitUntil: 'networkidle' });
    return new Map(await Promise.all(scripts));
  } finally {
    await context.close();
  }
}
