import type { Page } from '@playwright/test';
import { expect, expectAccessible, open, test } from './fixtures';
import {
  createVaultWithEntry,
  PASSPHRASE,
  rawStorage,
  SECRET_TEXT,
  unlockInPage,
} from './vault-helpers';

// Every unlock runs Argon2id at 64 MiB, on a machine shared with other runs.
test.describe.configure({ timeout: 240_000 });

// Found nowhere in the app: if it shows up in storage, a draft was written in plain text.
const HALF_WRITTEN = 'Half a thought about the ochrelantern hallway';
const MARKER = 'ochrelantern';

/** An unlocked vault and a half-written free entry, reached without a page load (which would lock). */
async function halfWrittenEntry(page: Page) {
  await createVaultWithEntry(page);
  await open(page, '/reflect');
  await unlockInPage(page);
  await expect(page.getByText(SECRET_TEXT)).toBeVisible({ timeout: 20_000 });
  await page.getByRole('link', { name: 'Write a free entry' }).click();
  await page.getByLabel('What is on your mind?').fill(HALF_WRITTEN);
}

/** After a lock: the words are gone from the screen, sealed on disk, and come back after unlocking. */
async function expectSealedThenBack(page: Page, { scan }: { scan: boolean }) {
  await expect(page.getByRole('button', { name: 'Lock', exact: true })).toHaveCount(0);
  await expect(page.getByLabel('What is on your mind?')).toHaveValue('');
  expect(await page.content()).not.toContain(MARKER);
  await expect(page.getByText('Your draft is kept, locked. Unlock to get it back.')).toBeVisible();
  await expect
    .poll(async () => (await rawStorage(page, false)).includes('"type":"draft"'), {
      timeout: 10_000,
    })
    .toBe(true);
  expect((await rawStorage(page, false)).toLowerCase()).not.toContain(MARKER);
  if (scan) await expectAccessible(page);

  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Unlock your notes' });
  await dialog.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByLabel('What is on your mind?')).toHaveValue(HALF_WRITTEN, {
    timeout: 20_000,
  });
  await expect(page.getByText('Your draft is kept.', { exact: true })).toBeVisible();
  if (scan) await expectAccessible(page);
}

test('the Lock button seals a half-written entry; it comes back after unlock, and goes once saved', async ({
  page,
}) => {
  await halfWrittenEntry(page);
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expectSealedThenBack(page, { scan: true });

  await page.getByRole('button', { name: 'Save to my journal' }).click();
  await expect(page.getByText(HALF_WRITTEN)).toBeVisible();
  // Saved for real: the draft is deleted.
  await expect
    .poll(async () => (await rawStorage(page, false)).includes('"type":"draft"'))
    .toBe(false);
});

test('idle: a warning with “Keep working” comes first, then the lock seals the draft', async ({
  page,
}) => {
  await page.clock.install();
  await halfWrittenEntry(page);
  await page.clock.fastForward('04:20');
  const warning = page.getByRole('alert').filter({ hasText: 'Terrarium will lock soon' });
  await expect(warning).toBeVisible();
  await warning.getByRole('button', { name: 'Keep working' }).click();
  await expect(warning).toHaveCount(0);
  // "Keep working" counted as activity: four more minutes and the vault is still open.
  await page.clock.fastForward('04:00');
  await expect(page.getByLabel('What is on your mind?')).toHaveValue(HALF_WRITTEN);
  await page.clock.fastForward('01:30');
  // No axe scan here: it waits on timers, which the installed clock holds still.
  await expectSealedThenBack(page, { scan: false });
});

test('hiding the page (when chosen) seals the draft, and it comes back after unlock', async ({
  page,
}) => {
  await page.addInitScript(() =>
    localStorage.setItem(
      'terrarium-lock',
      JSON.stringify({ idleMinutes: 5, lockWhenHidden: true }),
    ),
  );
  await halfWrittenEntry(page);
  await page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
  });
  await expectSealedThenBack(page, { scan: false });

  // Discarding empties the form and deletes the draft.
  await page.getByRole('button', { name: 'Discard this draft' }).click();
  await expect(page.getByLabel('What is on your mind?')).toHaveValue('');
  await expect
    .poll(async () => (await rawStorage(page, false)).includes('"type":"draft"'))
    .toBe(false);
});

/** The draft notice's Unlock button, then the passphrase in the dialog it opens. */
async function unlockFromNotice(page: Page) {
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Unlock your notes' });
  await dialog.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(dialog).toBeHidden({ timeout: 20_000 });
}

test('a guided reflection on its summary page, and own opening words in Prepare, are sealed by a lock and come back', async ({
  page,
}) => {
  await createVaultWithEntry(page);
  await open(page, '/reflect');
  await unlockInPage(page);
  await expect(page.getByText(SECRET_TEXT)).toBeVisible({ timeout: 20_000 });

  // The guided reflection, answered and waiting on its summary page.
  await page.getByRole('link', { name: 'Start a guided reflection' }).click();
  await page.getByLabel('In your own words (optional)').fill(HALF_WRITTEN);
  await page.getByRole('button', { name: 'Continue' }).click();
  for (let step = 2; step <= 6; step++) {
    await page.getByRole('button', { name: 'Skip this question' }).click();
  }
  await expect(page.getByText(HALF_WRITTEN)).toBeVisible();
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByText('Your draft is kept, locked. Unlock to get it back.')).toBeVisible();
  expect(await page.content()).not.toContain(MARKER);
  await expect
    .poll(async () => (await rawStorage(page, false)).includes('"type":"draft"'), {
      timeout: 10_000,
    })
    .toBe(true);
  expect((await rawStorage(page, false)).toLowerCase()).not.toContain(MARKER);
  await unlockFromNotice(page);
  await expect(page.getByText(HALF_WRITTEN)).toBeVisible({ timeout: 20_000 });
  await expectAccessible(page);

  // Prepare: the person's own words for opening the subject.
  await page.getByRole('link', { name: 'Prepare', exact: true }).first().click();
  await page.getByLabel('In my own words').check();
  await page.getByLabel('Your own words').fill(HALF_WRITTEN);
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByText('Your draft is kept, locked. Unlock to get it back.')).toBeVisible();
  expect(await page.content()).not.toContain(MARKER);
  await unlockFromNotice(page);
  await expect(page.getByLabel('Your own words')).toHaveValue(HALF_WRITTEN, { timeout: 20_000 });
});
