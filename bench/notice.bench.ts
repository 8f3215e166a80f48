import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { build, type Rollup } from 'vite';
import type * as harness from './notice-harness';
import { type BenchContext, type BenchRow, median } from './types';

const SESSIONS = 260;
const YEARS = 5;
const DRIFT_BUDGET_MS = 5;
const TIMELINE_BUDGET_MS = 100;

/**
 * detectDrift over five years of weekly sessions, and a fresh render of the
 * timeline for the same log (month columns), in Chromium. The timeline time
 * includes drift detection, Preact's render and the browser's style and layout.
 *
 * The harness is bundled as production code first: on the dev server Preact
 * runs with its debug checks and hot-reload hooks, which measure the tooling
 * rather than what a person's phone runs.
 */
export async function run({ page }: BenchContext): Promise<BenchRow[]> {
  const { code, css } = await bundleHarness();
  await page.addStyleTag({ content: css });
  await page.evaluate(`(async () => {
    const url = URL.createObjectURL(new Blob([${JSON.stringify(code)}], { type: 'text/javascript' }));
    window.noticeBench = await import(url);
    await window.noticeBench.ready();
  })()`);
  const result = await page.evaluate(
    ({ sessions, years }) => {
      const h = (window as unknown as { noticeBench: typeof harness }).noticeBench;
      const log = h.makeLog(sessions, years);
      h.timeDrift(log, 20); // warm-up: let the JIT settle before timing
      const drift = h.timeDrift(log, 201);
      h.timeTimeline(log, 3);
      const timeline = h.timeTimeline(log, 31);
      const single = h.timeTimeline(h.makeLog(1, 1), 31);
      return { drift, timeline, single };
    },
    { sessions: SESSIONS, years: YEARS },
  );
  return [
    {
      area: 'notice',
      metric: `detectDrift, ${SESSIONS} sessions (median of ${result.drift.length})`,
      value: median(result.drift),
      unit: 'ms',
      budget: DRIFT_BUDGET_MS,
    },
    {
      area: 'notice',
      metric: `timeline render, ${SESSIONS} sessions over ${YEARS} years (median of ${result.timeline.length})`,
      value: median(result.timeline),
      unit: 'ms',
      budget: TIMELINE_BUDGET_MS,
    },
    {
      area: 'notice',
      metric: `timeline render, 1 session (median of ${result.single.length})`,
      value: median(result.single),
      unit: 'ms',
      budget: TIMELINE_BUDGET_MS,
    },
  ];
}

/** The harness, Timeline and Preact as one minified production module, plus its CSS. */
async function bundleHarness(): Promise<{ code: string; css: string }> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const result = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    mode: 'production',
    plugins: [preact()],
    build: {
      write: false,
      minify: true,
      lib: { entry: 'bench/notice-harness.tsx', formats: ['es'], fileName: 'notice-harness' },
      // One module: a blob URL has no folder to load the sentences' own chunks from.
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const files = outputs.flatMap((o) => o.output);
  const entry = files.find((f): f is Rollup.OutputChunk => f.type === 'chunk' && f.isEntry);
  const css = files
    .filter((f): f is Rollup.OutputAsset => f.type === 'asset' && f.fileName.endsWith('.css'))
    .map((f) => String(f.source))
    .join('\n');
  if (!entry) throw new Error('the notice bench harness did not build');
  return { code: entry.code, css };
}
