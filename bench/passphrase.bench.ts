import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import type { BenchContext, BenchRow } from './types';

/**
 * The passphrase strength meter's dictionaries (zxcvbn and its common, English and Spanish lists):
 * how much the setup dialog fetches when it opens, and that no page fetches any of it on its
 * first view.
 */
const ZXCVBN = /\/assets\/zxcvbn-[\w-]+\.js$/;
const PAGES = ['/', '/reflect', '/settings', '/settings/passphrase', '/es/settings'];

async function scriptsOf(page: Page, work: () => Promise<void>): Promise<string[]> {
  const scripts = new Set<string>();
  const listener = (request: { resourceType(): string; url(): string }) => {
    if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
  };
  page.on('request', listener);
  await work();
  // As the first-load bench does: count until 1.5 s pass with no new script.
  for (let seen = -1; seen !== scripts.size; ) {
    seen = scripts.size;
    await page.waitForTimeout(1500);
  }
  page.off('request', listener);
  return [...scripts];
}

export async function run(context: BenchContext): Promise<BenchRow[]> {
  const browser = context.page.context().browser();
  if (!browser) throw new Error('no browser');
  const rows: BenchRow[] = [];

  for (const path of PAGES) {
    const fresh = await browser.newContext({ serviceWorkers: 'block' });
    const page = await fresh.newPage();
    const scripts = await scriptsOf(page, async () => {
      await page.goto(`${context.previewOrigin}${path}`, { waitUntil: 'networkidle' });
    });
    await fresh.close();
    rows.push({
      area: `first load ${path}`,
      metric: 'strength dictionary chunks fetched',
      value: scripts.filter((s) => ZXCVBN.test(s)).length,
      unit: 'chunks',
      budget: 0,
    });
  }

  // The first save opens the setup dialog: what it fetches from then on.
  const fresh = await browser.newContext({ serviceWorkers: 'block' });
  const page = await fresh.newPage();
  await page.goto(`${context.previewOrigin}/reflect/new`, { waitUntil: 'networkidle' });
  await page.getByLabel('What is on your mind?').fill('A note for the bench.');
  const opened = await scriptsOf(page, async () => {
    await page.getByRole('button', { name: 'Save to my journal' }).click();
    await page.getByRole('dialog', { name: 'Choose a passphrase' }).waitFor();
  });
  await fresh.close();
  const chunks = opened.filter((s) => ZXCVBN.test(s));
  const kb = (n: number) => Math.round((n / 1024) * 10) / 10;
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const chunk of chunks) {
    const bytes = readFileSync(join(context.distDir, chunk));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
    brotli += brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length;
  }
  rows.push(
    {
      area: 'passphrase dialog',
      metric: `strength dictionaries fetched when it opens (${chunks.length} zxcvbn chunks)`,
      value: kb(brotli),
      unit: `KB brotli (raw ${kb(raw)}, gzip ${kb(gzip)})`,
    },
    {
      area: 'passphrase dialog',
      metric: 'zxcvbn chunks fetched when it opens (core, common, en, es)',
      value: chunks.length,
      unit: 'chunks',
      // All four, or the meter rates without a language's words.
      budget: 4,
      atLeast: true,
    },
  );
  return rows;
}
