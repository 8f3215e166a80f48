import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { routePaths } from '../src/route-paths';
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
  const report = buildEvidenceReport(items, new Date(), 'UTC');
  const blob = await makePdf(await reportDocument(report), {
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
 * collect the items, lay out the document and work out its codes, load jsPDF and
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

/**
 * No page's first load may fetch jsPDF, the PDF layout code or the embedded
 * font. Each page is opened in a fresh browser, as a first visit, and every
 * script it requests is compared with the PDF chunks of the build; the
 * route's own lazy chunk counts as first load too.
 */
async function pdfCodeInFirstLoad(context: BenchContext, distDir: string): Promise<BenchRow[]> {
  const pdfChunks = readdirSync(join(distDir, 'assets')).filter((f) =>
    /^(jspdf|pdf|font)[.-].*\.js$/.test(f),
  );
  const browser = context.page.context().browser();
  if (!browser) throw new Error('no browser');
  const offending: string[] = [];
  let scripts = 0;
  for (const path of routePaths) {
    const fresh = await browser.newContext({ serviceWorkers: 'block' });
    const page = await fresh.newPage();
    const requested: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') requested.push(new URL(request.url()).pathname);
    });
    await page.goto(`${context.previewOrigin}${path}`, { waitUntil: 'networkidle' });
    await fresh.close();
    scripts += requested.length;
    if (requested.some((file) => pdfChunks.some((chunk) => file.endsWith(`/${chunk}`)))) {
      offending.push(path);
    }
  }
  return [
    {
      area: 'PDF code in first load',
      metric: `pages fetching any of ${pdfChunks.length} PDF chunks (${routePaths.length} pages, ${scripts} scripts seen)${
        offending.length ? `: ${offending.join(', ')}` : ''
      }`,
      value: offending.length,
      unit: 'pages',
      budget: 0,
    },
  ];
}

export async function run(context: BenchContext): Promise<BenchRow[]> {
  return [...(await pdfCodeInFirstLoad(context, context.distDir)), ...(await reportToPdf(context))];
}
