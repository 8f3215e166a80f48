import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { EXIT_ORIGIN, exitControl, expect, open, test } from './fixtures';

// Issue 11: a person's words must not survive in the browser's own files. This test
// uses a real Chromium profile on disk, as a person's browser would, writes a unique
// marker into every kind of field, names a therapist in a complaint, opens the
// printable page, leaves with "Exit this page" and closes the browser. Then it reads
// every file of the profile. It does it again after "Erase everything".

// A whole journey with three key derivations, on a machine shared with other runs.
test.describe.configure({ timeout: 420_000 });

const PASSPHRASE = 'lantern over still water';
const run = Date.now().toString(36);
let count = 0;
/** A string no browser file would hold by chance; each field gets its own. */
const marker = () => `qz${run}m${count++}x`;
const markers: string[] = [];

/** Every file under a folder, with its path relative to it. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** Which markers appear in which files, read as UTF-8 and as UTF-16LE. */
async function tracesIn(profile: string): Promise<string[]> {
  const found: string[] = [];
  for (const file of await filesUnder(profile)) {
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch {
      continue; // A lock file or socket the browser left behind.
    }
    for (const m of markers) {
      if (bytes.includes(Buffer.from(m, 'utf8')) || bytes.includes(Buffer.from(m, 'utf16le'))) {
        found.push(`${m} in ${file.slice(profile.length + 1)}`);
      }
    }
  }
  return found;
}

async function launch(profile: string, baseURL: string): Promise<BrowserContext> {
  const launchOptions = test.info().project.use.launchOptions ?? {};
  const context = await chromium.launchPersistentContext(profile, {
    ...launchOptions,
    baseURL,
  });
  await context.route(`${EXIT_ORIGIN}/**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }),
  );
  return context;
}

/** Types a fresh marker into every visible field that takes words; dates and phones get plain values. */
async function fillEveryField(page: Page) {
  const fields = page.locator(
    'textarea:visible, input:visible:not([type]), input[type=text]:visible, input[type=search]:visible, input[type=email]:visible',
  );
  for (const field of await fields.all()) {
    if (!(await field.isEditable())) continue;
    const m = marker();
    markers.push(m);
    const type = await field.getAttribute('type');
    await field.fill(type === 'email' ? `${m}@example.org` : m);
  }
  for (const field of await page.locator('input[type=date]:visible').all()) {
    if (!(await field.inputValue())) await field.fill('2024-03-04');
  }
}

/** Sets up or unlocks the vault when its dialog opens (it loads lazily, so wait a moment). */
async function unlockIfAsked(page: Page, wait = 2_000) {
  const dialog = page.getByRole('dialog', { name: /Unlock|Choose a passphrase/ });
  const shown = await dialog
    .waitFor({ state: 'visible', timeout: wait })
    .then(() => true)
    .catch(() => false);
  if (!shown) return;
  const again = dialog.getByLabel('Type the passphrase again');
  await dialog.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  if (await again.isVisible()) await again.fill(PASSPHRASE);
  await dialog
    .getByRole('button')
    .filter({ hasText: /Unlock|Set passphrase/ })
    .click();
  await expect(dialog).toBeHidden({ timeout: 20_000 });
}

/** Walks the complaint builder's question pages, answering each, up to "Check your answers". */
async function buildComplaint(page: Page) {
  await unlockIfAsked(page);
  for (let step = 0; step < 15 && !/\/complaint\/check/.test(page.url()); step++) {
    await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
    const select = page.locator('select:visible').first();
    if ((await select.count()) && !(await select.inputValue())) {
      await select.selectOption({ index: 1 });
    }
    for (const radio of await page.locator('input[type=radio]:visible').all()) {
      await radio.check();
      break;
    }
    await fillEveryField(page);
    const before = page.url();
    await page.getByRole('button', { name: 'Continue' }).click();
    // The first step that keeps the person's words asks for the passphrase.
    const dialog = page.getByRole('dialog', { name: /Unlock|Choose a passphrase/ });
    await expect
      .poll(async () => page.url() !== before || (await dialog.isVisible()), { timeout: 15_000 })
      .toBe(true);
    await unlockIfAsked(page, 500);
    await page.waitForURL((url) => url.href !== before);
  }
  await expect(page).toHaveURL(/\/complaint\/check/);
}

test('no word a person typed or named is left in the browser profile on disk, before and after erasing', async ({
  baseURL,
}) => {
  const profile = await mkdtemp(join(tmpdir(), 'terrarium-profile-'));
  let context: BrowserContext | null = null;
  try {
    context = await launch(profile, baseURL ?? '');
    let page: Page = context.pages()[0] ?? (await context.newPage());

    // A saved journal entry: the vault is set up with it.
    await open(page, '/reflect/new');
    await fillEveryField(page);
    await page.getByRole('button', { name: 'Save to my journal' }).click();
    await unlockIfAsked(page, 10_000);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Journal entry');

    // Words typed and not saved, on every page with fields; each visit is a history entry.
    for (const path of [
      '/reflect',
      '/reflect/new',
      '/reflect/guided/1',
      '/reflect/guided/2',
      '/notice/new',
      '/prepare/practice',
      '/prepare/after',
      '/settings/lock',
      '/settings/passphrase',
      '/settings/exit',
      '/settings/erase',
    ]) {
      await open(page, path);
      await fillEveryField(page);
    }
    await open(page, '/prepare');
    await page.getByLabel('In my own words').check();
    await fillEveryField(page);

    // A complaint naming the therapist, its file page and its printable page.
    await open(page, '/happened/complaint');
    const locked = page.getByRole('button', { name: 'Unlock' });
    if (await locked.isVisible()) await locked.click();
    await unlockIfAsked(page);
    await page.getByRole('button', { name: 'Start a new complaint' }).click();
    await buildComplaint(page);
    await page.locator('main a.button').last().click();
    await page.getByRole('link', { name: 'Open a printable page' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    // Leave as a person in a hurry would, then close the browser.
    await page.getByRole('link', exitControl).click();
    await expect(page).toHaveURL(new RegExp(EXIT_ORIGIN.replace(/\./g, '\\.')));
    await context.close();

    expect(markers.length).toBeGreaterThan(10);
    expect(await tracesIn(profile)).toEqual([]);

    // Back in the same profile: erase everything, close, look again.
    context = await launch(profile, baseURL ?? '');
    page = context.pages()[0] ?? (await context.newPage());
    await open(page, '/settings/erase');
    await page.getByLabel(/To confirm, type/).fill('ERASE');
    await page.getByRole('button', { name: 'Erase everything' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/settings'));
    await page.waitForLoadState('networkidle');
    await context.close();
    expect(await tracesIn(profile)).toEqual([]);
  } finally {
    await context?.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true, maxRetries: 5 });
  }
});
