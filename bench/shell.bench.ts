import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { routePaths } from '../src/route-paths';
import type { BenchContext, BenchRow } from './types';

/** The budgets the issues set: 25 KB for the start page and every guide page, 30 KB for any other page. */
const START_AND_GUIDE_BUDGET = 25 * 1024;
const PAGE_BUDGET = 30 * 1024;
const startOrGuide = (path: string) => /^(\/es)?(\/|\/learn(\/.*)?)?$/.test(path);
const budgetFor = (path: string) => (startOrGuide(path) ? START_AND_GUIDE_BUDGET : PAGE_BUDGET);

/** One page of each kind: numbered steps of one form load the same code as the first. */
const measured = routePaths.filter(
  (path) =>
    !/\/(q|guided)\/[2-9]$/.test(path) &&
    !/\/happened\/complaint\/(profession|board|therapist|you|dates|evidence)$/.test(path) &&
    (!path.startsWith('/es') || startOrGuide(path) || path.startsWith('/es/happened')),
);

interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

function sizesOf(file: string): Sizes {
  const bytes = readFileSync(file);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
}

function add(a: Sizes, b: Sizes): Sizes {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli };
}

const zero: Sizes = { raw: 0, gzip: 0, brotli: 0 };

/** The JS and CSS a first view of each page loads, measured from the built files it requested. */
async function firstLoad(context: BenchContext, path: string) {
  const browser = context.page.context().browser();
  if (!browser) throw new Error('no browser');
  const fresh = await browser.newContext({ serviceWorkers: 'block' });
  const page = await fresh.newPage();
  const files = new Set<string>();
  page.on('request', (request) => {
    const type = request.resourceType();
    if (type === 'script' || type === 'stylesheet') {
      files.add(`${type}:${new URL(request.url()).pathname}`);
    }
  });
  await page.goto(`${context.previewOrigin}${path}`, { waitUntil: 'networkidle' });
  // Hydration waits for the page's sentences, then the page's own code loads: on a busy machine
  // the chain can pause longer than "network idle" allows. Count until 1.5 s pass with nothing new.
  for (let seen = -1; seen !== files.size; ) {
    seen = files.size;
    await page.waitForTimeout(1500);
  }
  await fresh.close();
  let js = zero;
  let css = zero;
  for (const entry of files) {
    const [type, pathname = ''] = entry.split(':');
    const sizes = sizesOf(join(context.distDir, pathname));
    if (type === 'script') js = add(js, sizes);
    else css = add(css, sizes);
  }
  return { js, css };
}

async function lighthouseScores(context: BenchContext, path: string): Promise<BenchRow[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', ...context.chromiumArgs],
  });
  try {
    const result = await lighthouse(`${context.previewOrigin}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    const categories = result?.lhr.categories ?? {};
    const score = (id: string) => categories[id]?.score ?? Number.NaN;
    return [
      {
        area: `lighthouse ${path}`,
        metric: 'performance (mobile)',
        value: score('performance'),
        unit: '',
        budget: 0.95,
        atLeast: true,
      },
      {
        area: `lighthouse ${path}`,
        metric: 'accessibility',
        value: score('accessibility'),
        unit: '',
        budget: 1,
        atLeast: true,
      },
      {
        area: `lighthouse ${path}`,
        metric: 'best practices',
        value: score('best-practices'),
        unit: '',
        budget: 1,
        atLeast: true,
      },
    ];
  } finally {
    await chrome.kill();
  }
}

export async function run(context: BenchContext): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const kb = (n: number) => Math.round((n / 1024) * 100) / 100;
  for (const path of measured) {
    const { js, css } = await firstLoad(context, path);
    const area = `first load ${path}`;
    const detail = (x: Sizes) => `KB brotli (raw ${kb(x.raw)}, gzip ${kb(x.gzip)})`;
    rows.push(
      {
        area,
        metric: 'JS',
        value: kb(js.brotli),
        unit: detail(js),
        budget: kb(budgetFor(path)),
      },
      { area, metric: 'CSS', value: kb(css.brotli), unit: detail(css) },
    );
  }
  rows.push(...(await lighthouseScores(context, '/')), ...(await lighthouseScores(context, '/es')));
  return rows;
}
