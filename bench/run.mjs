// `npm run bench`: builds the app, serves it, runs every bench/*.bench.ts and prints one table.
// Benchmarks measure; they never fail the test suite. Budgets are shown as pass/over.
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { createServer } from 'vite';

const root = join(import.meta.dirname, '..');
// resolve, not join: an absolute build folder (e.g. /tmp/dist-NAME) must stay absolute.
const distDir = resolve(root, process.env.TERRARIUM_OUT_DIR ?? 'dist');
const only = process.argv[2];
// Another port (BENCH_PORT) lets two runs share a machine without measuring each other's build.
const previewPort = Number(process.env.BENCH_PORT ?? 4391);
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
  cwd: root,
  stdio: 'ignore',
});
const preview = spawn(
  process.execPath,
  [
    'node_modules/vite/bin/vite.js',
    'preview',
    '--host',
    '127.0.0.1',
    '--port',
    String(previewPort),
    '--strictPort',
  ],
  { cwd: root, stdio: 'ignore' },
);
const dev = await createServer({ root, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
await dev.listen();
const devOrigin = dev.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? '';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: chromiumArgs,
});

const rows = [];
try {
  await waitFor(`http://127.0.0.1:${previewPort}/`);
  const files = readdirSync(join(root, 'bench'))
    .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
    .sort();
  for (const file of files) {
    const page = await browser.newPage();
    await page.goto(`${devOrigin}/bench/blank.html`);
    const mod = await dev.ssrLoadModule(`/bench/${file}`);
    try {
      rows.push(
        ...(await mod.run({
          page,
          distDir,
          previewOrigin: `http://127.0.0.1:${previewPort}`,
          chromiumArgs,
        })),
      );
    } catch (error) {
      rows.push({
        area: file,
        metric: `failed: ${error.message.split('\n')[0]}`,
        value: Number.NaN,
        unit: '',
      });
    }
    await page.close();
  }
} finally {
  await browser.close();
  await dev.close();
  preview.kill();
}

printTable(rows);

function printTable(list) {
  const header = ['area', 'metric', 'value', 'budget', 'result'];
  const lines = list.map((r) => [
    r.area,
    r.metric,
    `${format(r.value)} ${r.unit}`.trim(),
    r.budget === undefined ? '' : `${r.atLeast ? '≥' : '≤'} ${format(r.budget)}`,
    r.budget === undefined
      ? ''
      : (r.atLeast ? r.value >= r.budget : r.value <= r.budget)
        ? 'pass'
        : 'OVER',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => String(l[i]).length)));
  const row = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  console.log(row(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const l of lines) console.log(row(l));
}

function format(n) {
  if (Number.isNaN(n)) return '—';
  return Number.isInteger(n) ? String(n) : n.toFixed(n < 10 ? 2 : 1);
}

async function waitFor(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview server did not start at ${url}`);
}
