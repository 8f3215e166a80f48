import type { Page } from '@playwright/test';
import { headersFor, workerPolicy } from '../build/headers';
import { at, on, session } from '../src/core/notice/test-data';
import { markAsEvidence } from '../src/core/reflect/entry';
import { freeEntry } from '../src/core/reflect/test-data';
import { docToText } from '../src/core/report/document';
import type { EvidenceItem } from '../src/core/report/evidence';
import { buildEvidenceReport, reportDocument } from '../src/core/report/report';
import { expect, expectAccessible, open, test } from './fixtures';

// Axe scans and Argon2 run slowly when the shared machine is busy.
test.describe.configure({ timeout: 120_000 });

/** A report made the way the app makes it, in Node: the page must check it with no vault. */
async function aReport(lang: 'en' | 'es'): Promise<string> {
  const items: EvidenceItem[] = [
    {
      kind: 'entry',
      id: 'e',
      when: { date: on('2024-01-10'), time: at('12:00') },
      entry: markAsEvidence(
        freeEntry('They hugged me.\nFor a long time.', '2024-01-10T12:00:00Z'),
        true,
      ),
    },
    {
      kind: 'session',
      id: 's',
      when: { date: on('2024-02-01'), time: at('18:30') },
      session: session({ date: on('2024-02-01'), notes: 'Zoë 😀 ran late' }),
    },
  ];
  const report = buildEvidenceReport(items, new Date('2026-11-29T12:00:00Z'), 'UTC');
  return docToText(await reportDocument(report, lang));
}

/** A vault made the shortest way: the first kept answer of a complaint asks for a passphrase. */
async function newVault(page: Page) {
  await open(page, '/happened/complaint');
  await page.getByRole('button', { name: 'Start a new complaint' }).click();
  await page.getByLabel('State').selectOption({ label: 'Ohio' });
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Psychologist').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Their full name').fill('Dr. Nobody');
  await page.getByRole('button', { name: 'Continue' }).click();
  const dialog = page.getByRole('dialog', { name: 'Choose a passphrase' });
  await dialog.getByLabel('Passphrase', { exact: true }).fill('quiet garden morning walk');
  await dialog.getByRole('button', { name: 'Set passphrase and continue' }).click();
  await expect(dialog).toBeHidden({ timeout: 15_000 });
}

async function check(page: Page, text: string, button: string) {
  await page.locator('#verify-report').fill(text);
  await page.getByRole('button', { name: button }).click();
}

test('a pasted report is checked against its codes; a changed letter and a kept code are told apart', async ({
  page,
}) => {
  await open(page, '/happened/report/verify');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check a report’s codes');
  await expectAccessible(page);

  const text = await aReport('en');
  // Item 1 starts at its numbered heading, below the summary page: the line the check must name.
  const first = text.split('\n').findIndex((line) => line.startsWith('1. Journal entry: ')) + 1;
  expect(first).toBeGreaterThan(11);
  await check(page, text, 'Check the codes');
  const findings = page.getByRole('region', { name: 'What the check found' });
  await expect(findings.getByRole('listitem')).toHaveText([
    new RegExp(`^Item 1: matches \\(lines ${first}–\\d+\\)\\.$`),
    /^Item 2: matches \(lines \d+–\d+\)\.$/,
  ]);
  await expect(findings).toContainText('The final code matches everything above the codes.');
  await expectAccessible(page);

  // One letter of the first item changed, and the code someone kept at the time.
  const kept = /^Final code +lines 1-\d+ +([0-9a-f]{64})$/m.exec(text)?.[1] ?? '';
  await page.getByLabel('A final code someone kept (optional)').fill(kept.toUpperCase());
  await check(page, text.replace('They hugged me.', 'They hugged me!'), 'Check the codes');
  await expect(findings.getByRole('listitem')).toHaveText([
    new RegExp(`^Item 1: does not match\\. Something in lines ${first}–\\d+ is not the same`),
    /^Item 2: matches/,
  ]);
  await expect(findings).toContainText('The final code does not match');
  await expect(findings).toContainText('The final code someone kept is not the same');

  // The original again: the kept code matches, whatever its letter case.
  await check(page, text, 'Check the codes');
  await expect(findings).toContainText('The final code someone kept is the same');

  // Nothing pasted reaches the address, the title or storage.
  await expect(page).toHaveURL(/\/happened\/report\/verify$/);
  expect(await page.title()).not.toContain('hugged');
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
  expect(stored).not.toContain('hugged');
});

test('the check page in Spanish reads a Spanish report, and says when there are no codes', async ({
  page,
}) => {
  await open(page, '/es/happened/report/verify');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Comprobar los códigos de un informe',
  );
  await check(page, await aReport('es'), 'Comprobar los códigos');
  const findings = page.getByRole('region', { name: 'Lo que encontró la comprobación' });
  await expect(findings.getByRole('listitem')).toHaveText([
    /^Elemento 1: coincide/,
    /^Elemento 2: coincide/,
  ]);
  await expect(findings).toContainText('El código final coincide');
  await expectAccessible(page);

  await check(page, 'Hola', 'Comprobar los códigos');
  await expect(
    page.getByText('No se encontraron códigos de integridad en este texto.'),
  ).toBeVisible();
});

test('every response carries the headers the shipped host files send; the worker its own', async ({
  page,
  request,
}) => {
  for (const path of ['/', '/learn', '/es/happened/report/verify', '/erased', '/es/erased']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    for (const [name, value] of Object.entries(headersFor(path))) {
      expect(response.headers()[name.toLowerCase()], `${path} ${name}`).toBe(value);
    }
  }
  expect((await request.get('/learn')).headers()['clear-site-data']).toBeUndefined();

  // The Argon2 worker is served from its own folder, with its own policy, and still derives a key.
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
  await newVault(page);
  expect(workers.filter((path) => path.startsWith('/assets/worker/kdf.worker-'))).toHaveLength(1);
  const workerPath = workers.find((path) => path.startsWith('/assets/worker/')) ?? '';
  expect((await request.get(workerPath)).headers()['content-security-policy']).toBe(workerPolicy);
});

test('the evidence report is shown in a block, not a text box, and its Copy button copies it exactly', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await newVault(page);

  await page.getByRole('link', { name: 'If it already happened', exact: true }).first().click();
  await page.getByRole('link', { name: 'Make an evidence report' }).click();
  const block = page.getByRole('region', { name: 'Evidence report, as plain text' });
  await expect(block).toContainText('Integrity codes');
  await expect(page.locator('textarea, input[readonly]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Copy the text' }).click();
  await expect(page.getByText('Copied. Paste it into the form.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await block.textContent());
  await expectAccessible(page);

  // The copy checks out on the check page, reached from the report.
  await page.getByRole('link', { name: 'Check the codes of a report you have' }).click();
  await check(page, copied, 'Check the codes');
  await expect(page.getByText('The final code matches everything above the codes.')).toBeVisible();
});

test.describe('with the offline copy allowed to install', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the erased page clears what the site stored and does not install the offline copy again', async ({
    page,
  }) => {
    await open(page, '/');
    await page.evaluate(async () => {
      localStorage.setItem('marker', 'x');
      await new Promise((resolve, reject) => {
        const request = indexedDB.open('marker-db', 1);
        request.onupgradeneeded = () => request.result.createObjectStore('s');
        request.onsuccess = () => {
          request.result.close();
          resolve(null);
        };
        request.onerror = () => reject(request.error);
      });
    });
    await open(page, '/erased');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data cleared');
    expect(await page.evaluate(() => localStorage.getItem('marker'))).toBeNull();
    const databases = await page.evaluate(async () =>
      (await indexedDB.databases()).map((d) => d.name),
    );
    expect(databases).not.toContain('marker-db');
    expect(
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length),
    ).toBe(0);
    await expectAccessible(page);

    await open(page, '/es/erased');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Datos borrados');
    await expectAccessible(page);
  });
});
