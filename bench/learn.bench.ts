import { dirname } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { guideFolder, readGuideFolder } from '../src/core/guide/guide-content';
import { readingGrade } from '../src/core/guide/readability';
import type { BenchContext, BenchRow } from './types';

/** The highest reading grade a guide page may have; we aim for 8 or below. */
const GRADE_BUDGET = 9;
/** First-load JavaScript of a guide page, brotli-compressed, in kB (1 kB = 1000 bytes). */
const FIRST_LOAD_JS_BUDGET = 25;

/**
 * The guide: each page's reading grade (Flesch–Kincaid, src/core/guide/readability.ts, the
 * Sources list left out) and the JavaScript its first view loads from the production build.
 */
export async function run(ctx: BenchContext): Promise<BenchRow[]> {
  const pages = readGuideFolder(guideFolder(dirname(ctx.distDir)));
  const rows: BenchRow[] = pages.map(({ meta, body }) => ({
    area: 'learn',
    metric: `/learn/${meta.slug} reading grade`,
    value: readingGrade(body),
    unit: 'grade',
    budget: GRADE_BUDGET,
  }));
  // What the start page loads is the app's shared shell; the rest is what the guide adds.
  const shell = await firstLoadScripts(ctx, '/');
  for (const path of ['/learn', ...pages.map(({ meta }) => `/learn/${meta.slug}`)]) {
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
