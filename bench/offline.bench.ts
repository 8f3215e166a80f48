import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type OfflineEntry, splitEntries } from '../src/core/offline/plan';
import { type BenchContext, type BenchRow, median } from './types';

/** The list the build wrote into the worker. */
function offlineEntries(distDir: string): OfflineEntry[] {
  const worker = readFileSync(join(distDir, 'sw.js'), 'utf8');
  const list = worker.match(/\[\{"revision".*?\}\]/s)?.[0];
  if (!list) throw new Error('no file list in sw.js');
  return JSON.parse(list);
}

/** A page is listed under the address people open (`learn`) and built as `learn/index.html`. */
function bytesOf(distDir: string, entries: OfflineEntry[]): number {
  return entries.reduce((sum, { url }) => {
    const file = join(distDir, url);
    const path = existsSync(file) && statSync(file).isFile() ? file : join(file, 'index.html');
    return sum + statSync(path).size;
  }, 0);
}

/** From a first page load to an active worker, in a fresh Chromium profile each time. */
async function installMs(ctx: BenchContext): Promise<number> {
  const browser = ctx.page.context().browser();
  if (!browser) throw new Error('the bench page has no browser');
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${ctx.previewOrigin}/learn`);
    times.push(
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        return performance.now();
      }),
    );
    await context.close();
  }
  return median(times);
}

export async function run(ctx: BenchContext): Promise<BenchRow[]> {
  const { install, fill } = splitEntries(offlineEntries(ctx.distDir));
  const area = 'offline copy';
  return [
    { area, metric: 'install: files', value: install.length, unit: '' },
    { area, metric: 'install: size', value: bytesOf(ctx.distDir, install) / 1024, unit: 'KiB' },
    { area, metric: 'fill after activation: files', value: fill.length, unit: '' },
    {
      area,
      metric: 'fill after activation: size',
      value: bytesOf(ctx.distDir, fill) / 1024,
      unit: 'KiB',
    },
    {
      area,
      metric: 'first load to active worker, Chromium (median of 3)',
      value: await installMs(ctx),
      unit: 'ms',
    },
  ];
}
