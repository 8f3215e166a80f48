import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type BenchContext, type BenchRow, median } from './types';

const PDF_BUDGET_MS = 2000;

const modules = {
  data: '/bench/report-data.ts',
  evidence: '/src/core/report/evidence.ts',
  report: '/src/core/report/report.ts',
  pdf: '/src/ui/pages/happened/pdf/pdf.ts',
};

/*
 * Runs in the page. It is text because this file goes through Vite's SSR
 * transform, which would turn import() into a Node-only helper before
 * Playwright sent the function to the browser.
 */
const measureInPage = `async (paths) => {
  const { fiveYearVault } = await import(paths.data);
  const { collectEvidence } = await import(paths.evidence);
  const { buildEvidenceReport, reportDocument } = await import(paths.report);
  const vault = fiveYearVault();
  const started = performance.now();
  const { makePdf } = await import(paths.pdf);
  const items = collectEvidence(vault.entries, vault.sessions, vault.selection);
  const report = await buildEvidenceReport(items, new Date(), 'UTC');
  const blob = await makePdf(reportDocument(report), {
    footer: 'Evidence report',
    substitutionNote: 'Some characters are written as names.',
    pageLabel: (page, pages) => 'Page ' + page + ' of ' + pages,
  });
  const ms = performance.now() - started;
  const text = new TextDecoder('latin1').decode(await blob.arrayBuffer());
  return { ms, bytes: blob.size, items: items.length, pages: (text.match(/\\/Type \\/Page\\b/g) || []).length };
}`;

/**
 * The evidence report of a five-year vault (260 sessions, 1,000 entries, 200
 * marked as evidence) made into a PDF in Chromium, as the export button does:
 * collect the items, hash and chain them, lay out the document, load jsPDF and
 * the font, write the PDF. Median of 3 runs; the first run also pays for
 * loading jsPDF and the font, as a person's first export does.
 */
async function reportToPdf(context: BenchContext): Promise<BenchRow[]> {
  const runs: { ms: number; bytes: number; items: number; pages: number }[] = [];
  for (let i = 0; i < 3; i++) {
    runs.push(
      (await context.page.evaluate(`(${measureInPage})(${JSON.stringify(modules)})`)) as {
        ms: number;
        bytes: number;
        items: number;
        pages: number;
      },
    );
  }
  const last = runs[runs.length - 1];
  return [
    {
      area: 'evidence report → PDF',
      metric: `median of 3 (${last?.items} items, ${last?.pages} pages, ${Math.round((last?.bytes ?? 0) / 1024)} KB)`,
      value: Math.round(median(runs.map((r) => r.ms))),
      unit: 'ms',
      budget: PDF_BUDGET_MS,
    },
    {
      area: 'evidence report → PDF',
      metric: 'first run (loads jsPDF and the font)',
      value: Math.round(runs[0]?.ms ?? Number.NaN),
      unit: 'ms',
    },
  ];
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'assets' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/**
 * Every script a page loads before anyone clicks: the entry scripts and
 * modulepreloads in its HTML, and everything they import statically.
 */
function firstLoadScripts(distDir: string, html: string): Set<string> {
  const seen = new Set<string>();
  const queue = [
    ...html.matchAll(
      /<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/([^"]+\.js)"/g,
    ),
  ].map((m) => m[1] ?? '');
  while (queue.length) {
    const file = queue.pop() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(distDir, file), 'utf8');
    // Static imports only: `import("…")` is a lazy chunk and is not part of the first load.
    for (const m of code.matchAll(
      /(?:^|[;\s}])import\s*(?:[\w${},*\s]+from\s*)?["'`]\.\/([^"'`]+\.js)["'`]/g,
    )) {
      queue.push(join(file, '..', m[1] ?? ''));
    }
  }
  return seen;
}

/** No page's first load may include jsPDF, the PDF layout code or the embedded font. */
function pdfCodeInFirstLoad(distDir: string): BenchRow[] {
  const pdfChunks = readdirSync(join(distDir, 'assets')).filter((f) =>
    /^(jspdf|pdf|font)[.-].*\.js$/.test(f),
  );
  const pages = htmlFiles(distDir);
  const offending = pages.filter((page) => {
    const scripts = firstLoadScripts(distDir, readFileSync(page, 'utf8'));
    return pdfChunks.some((chunk) => scripts.has(`assets/${chunk}`));
  });
  return [
    {
      area: 'PDF code in first load',
      metric: `pages whose first load includes ${pdfChunks.length} PDF chunks (of ${pages.length} pages${
        offending.length ? `: ${offending.map((p) => relative(distDir, p)).join(', ')}` : ''
      })`,
      value: offending.length,
      unit: 'pages',
      budget: 0,
    },
  ];
}

export async function run(context: BenchContext): Promise<BenchRow[]> {
  // The build goes where vite.config.ts sends it, which TERRARIUM_OUT_DIR can change.
  const outDir = process.env.TERRARIUM_OUT_DIR;
  const distDir = outDir ? join(context.distDir, '..', outDir) : context.distDir;
  return [...pdfCodeInFirstLoad(distDir), ...(await reportToPdf(context))];
}
