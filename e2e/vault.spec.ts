import { readFileSync, writeFileSync } from 'node:fs';
import { EXIT_ORIGIN, expect, expectAccessible, open, stubExitDestination, test } from './fixtures';
import {
  createVaultWithEntry,
  PASSPHRASE,
  rawStorage,
  SECRET_TEXT,
  SECRET_WORDS,
  unlockInPage,
  writeEntry,
} from './vault-helpers';

// Every unlock runs Argon2id at 64 MiB, on a machine shared with other runs.
test.describe.configure({ timeout: 120_000 });
test.use({ allowedOrigins: [EXIT_ORIGIN] });

test('the first save sets up the vault; after a reload the entry is locked until unlocked', async ({
  page,
}) => {
  await writeEntry(page, SECRET_TEXT);
  const dialog = page.getByRole('dialog', { name: 'Choose a passphrase' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(/nobody can open what you saved/)).toBeVisible();
  await expect(dialog.getByText(/does not keep a hint/)).toBeVisible();
  await expect(dialog.getByText(/backup file .* is your only copy/i)).toBeVisible();
  await expectAccessible(page);

  // Nothing is on disk while the person is still choosing.
  expect(
    await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)),
  ).not.toContain('terrarium');

  const passphrase = dialog.getByLabel('Passphrase', { exact: true });
  await passphrase.fill('short');
  await expect(dialog.getByText('Too short. Use at least 8 characters.')).toBeVisible();
  await passphrase.fill('password');
  await expect(dialog.getByText('Easy to guess. Add a few more words.')).toBeVisible();
  await passphrase.fill(PASSPHRASE);
  await expect(dialog.getByText('Strong. Hard to guess.')).toBeVisible();
  await dialog.getByLabel('Type the passphrase again').fill('lantern orchard velvet');
  await dialog.getByRole('button', { name: 'Set passphrase and continue' }).click();
  await expect(dialog.getByRole('alert')).toContainText('The two passphrases are not the same.');
  await dialog.getByLabel('Type the passphrase again').fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Set passphrase and continue' }).click();
  await expect(dialog).toBeHidden({ timeout: 20_000 });
  await expect(page.getByText(SECRET_TEXT)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();

  await page.goto('/reflect');
  await expect(page.getByRole('heading', { name: 'Your notes are locked' })).toBeVisible();
  await expect(page.getByText(SECRET_TEXT)).toHaveCount(0);
  await expectAccessible(page);
  await unlockInPage(page);
  await expect(page.getByText(/zebrafinch notes/)).toBeVisible({ timeout: 20_000 });
});

test('a wrong passphrase says so plainly, changes nothing, and the right one still opens everything', async ({
  page,
}) => {
  await createVaultWithEntry(page);
  await page.goto('/reflect');
  const before = await rawStorage(page, false);
  await unlockInPage(page, 'lantern orchard velvet fork');
  await expect(page.getByRole('alert')).toContainText('That passphrase does not match.');
  await expect(page.getByText('Nothing was changed.').first()).toBeVisible();
  await expectAccessible(page);
  expect(await rawStorage(page, false)).toBe(before);
  await unlockInPage(page);
  await expect(page.getByText(/zebrafinch notes/)).toBeVisible({ timeout: 20_000 });
});

test('the vault locks itself after five idle minutes, and the Lock button locks at once', async ({
  page,
}) => {
  await page.clock.install();
  await createVaultWithEntry(page);
  await page.goto('/reflect');
  await unlockInPage(page);
  await expect(page.getByText(/zebrafinch notes/)).toBeVisible({ timeout: 20_000 });

  await page.clock.fastForward('04:30');
  await expect(page.getByText(/zebrafinch notes/)).toBeVisible();
  await page.clock.fastForward('00:45');
  await expect(page.getByRole('heading', { name: 'Your notes are locked' })).toBeVisible();
  expect(await page.content()).not.toContain('zebrafinch');

  await unlockInPage(page);
  await expect(page.getByText(/zebrafinch notes/)).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Your notes are locked' })).toBeVisible();
  expect(await page.content()).not.toContain('zebrafinch');
});

test('“Exit this page” locks the vault: coming back shows the lock screen', async ({ page }) => {
  await stubExitDestination(page);
  await createVaultWithEntry(page);
  await page.getByRole('link', { name: /Exit this page/ }).click();
  await expect(page).toHaveURL(`${EXIT_ORIGIN}/weather`);
  await open(page, '/reflect');
  await expect(page.getByRole('heading', { name: 'Your notes are locked' })).toBeVisible();
  await expect(page.getByText(/zebrafinch/)).toHaveCount(0);
});

test.describe('with the offline copy allowed to install', () => {
  test.use({ serviceWorkers: 'allow' });

  test('nothing written can be found in IndexedDB, localStorage, sessionStorage, the caches or the address', async ({
    page,
  }) => {
    await createVaultWithEntry(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect
      .poll(() => page.evaluate(async () => (await caches.keys()).length))
      .toBeGreaterThan(0);
    const stored = await rawStorage(page);
    expect(stored).toContain('idb terrarium/records');
    expect(stored).toContain('idb terrarium/meta');
    for (const word of SECRET_WORDS) {
      expect(stored.toLowerCase()).not.toContain(word.toLowerCase());
      expect(page.url().toLowerCase()).not.toContain(word.toLowerCase());
    }
    // The scan does see plain text where there is some: the first-visit flag is stored in clear.
    expect(stored).toContain('terrarium-safety-offered');
  });

  test('backup, erase everything, then import restores every entry', async ({ page }, testInfo) => {
    await createVaultWithEntry(page);
    await writeEntry(page, 'A second entry about sundials.');
    // The page load locked the vault: saving asks to unlock it first.
    const unlockDialog = page.getByRole('dialog', { name: 'Unlock your notes' });
    await unlockDialog.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await unlockDialog.getByRole('button', { name: 'Unlock', exact: true }).click();
    await expect(page.getByText('A second entry about sundials.')).toBeVisible({ timeout: 20_000 });

    await open(page, '/settings');
    await expectAccessible(page);
    // A new page load means a locked vault: saving a backup asks to unlock first.
    await page.getByRole('button', { name: 'Save a backup file' }).click();
    const dialog = page.getByRole('dialog', { name: 'Unlock your notes' });
    await dialog.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Unlock', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^terrarium-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backupPath = testInfo.outputPath('backup.json');
    await download.saveAs(backupPath);
    await expect(page.getByText('Your backup file is ready.')).toBeVisible();
    const backupText = readFileSync(backupPath, 'utf8');
    for (const word of SECRET_WORDS) expect(backupText).not.toContain(word);

    // A cache entry of our own: the erase must remove every cache, not only the ones it knows.
    await page.evaluate(async () =>
      (await caches.open('marker')).put('/marker', new Response('x')),
    );
    // Before erasing: when the last backup was saved, and what the browser may keep.
    await expect(page.getByText(/Your last backup file was saved on/)).toBeVisible();
    await expect(
      page.getByRole('heading', { name: 'What the browser may still keep' }),
    ).toBeVisible();
    await expect(page.getByText(/find the data stored for this site/)).toBeVisible();
    await page.getByLabel('To confirm, type ERASE').fill('eras');
    await page.getByRole('button', { name: 'Erase everything' }).click();
    await expect(page.getByText('Type the word ERASE to confirm.')).toBeVisible();
    // Any letter case will do.
    await page.getByLabel('To confirm, type ERASE').fill('Erase');
    await page.getByRole('button', { name: 'Erase everything' }).click();
    await expect(page).toHaveURL(/\/erased$/);
    await expect(page.getByText('This site’s data was cleared from this browser.')).toBeVisible();
    // The page after the erase does not install the offline copy again.
    await page.waitForTimeout(1000);
    expect(
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length),
    ).toBe(0);
    expect(
      await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)),
    ).not.toContain('terrarium');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(await page.evaluate(() => caches.has('marker'))).toBe(false);

    await open(page, '/settings');
    await page.getByLabel('Choose the backup file').setInputFiles(backupPath);
    await page.getByRole('button', { name: 'Check this file' }).click();
    await page
      .getByLabel('The passphrase you had when you made this backup')
      .fill('not the right one');
    await page.getByRole('button', { name: 'Open the backup' }).click();
    await expect(page.getByRole('alert')).toContainText(
      'That passphrase does not open this backup.',
    );
    await page.getByLabel('The passphrase you had when you made this backup').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Open the backup' }).click();
    await expect(page.getByText('This backup holds 2 saved items.')).toBeVisible({
      timeout: 20_000,
    });
    await expect(page.getByText('Journal entries: 2')).toBeVisible();
    await expect(
      page.getByText(/Nothing is saved on this device, so the backup will be restored as it is/),
    ).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(page.getByText('Done. Restored 2 saved items from the backup.')).toBeVisible();

    await page.goto('/reflect');
    await unlockInPage(page);
    await expect(page.getByText(/zebrafinch notes/)).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText('A second entry about sundials.')).toBeVisible();
  });
});

test('importing a file that is not a backup, or a damaged one, says which and changes nothing', async ({
  page,
}, testInfo) => {
  await createVaultWithEntry(page);
  await open(page, '/settings');
  const before = await rawStorage(page, false);

  const foreign = testInfo.outputPath('notes.json');
  writeFileSync(foreign, '{"hello":"world"}');
  await page.getByLabel('Choose the backup file').setInputFiles(foreign);
  await page.getByRole('button', { name: 'Check this file' }).click();
  await expect(page.getByRole('alert')).toContainText('This is not a Terrarium backup file.');

  const cut = testInfo.outputPath('cut.json');
  writeFileSync(cut, '{"format":"terrarium-backup","version":1,"kdf":{"set":1,"memoryKiB":65536');
  await page.getByLabel('Choose the backup file').setInputFiles(cut);
  await page.getByRole('button', { name: 'Check this file' }).click();
  await expect(page.getByRole('alert')).toContainText('This backup file is incomplete.');

  const future = testInfo.outputPath('future.json');
  writeFileSync(future, '{"format":"terrarium-backup","version":9}');
  await page.getByLabel('Choose the backup file').setInputFiles(future);
  await page.getByRole('button', { name: 'Check this file' }).click();
  await expect(page.getByRole('alert')).toContainText('made by a newer version of Terrarium');
  await expectAccessible(page);

  expect(await rawStorage(page, false)).toBe(before);
});

test('the passphrase can be changed; the old one then stops working', async ({ page }) => {
  await createVaultWithEntry(page);
  await open(page, '/settings');
  await page.getByLabel('Current passphrase').fill(PASSPHRASE);
  await page.getByLabel('New passphrase', { exact: true }).fill('copper meadow falcon ink');
  await page.getByLabel('Type the new passphrase again').fill('copper meadow falcon ink');
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByText('Your passphrase has been changed')).toBeVisible({
    timeout: 30_000,
  });
  await page.goto('/reflect');
  await unlockInPage(page);
  await expect(page.getByRole('alert')).toContainText('That passphrase does not match.', {
    timeout: 20_000,
  });
  await unlockInPage(page, 'copper meadow falcon ink');
  await expect(page.getByText(/zebrafinch notes/)).toBeVisible({ timeout: 20_000 });
});

test('the settings page shows the lock choices and whether storage is kept, and saves the idle time', async ({
  page,
}) => {
  await open(page, '/settings');
  await expect(page.getByText('Nothing is saved yet.', { exact: false }).first()).toBeVisible();
  await expect(page.getByTestId('persistence')).toHaveText(/keep/i);
  await page.getByLabel('Lock after this long without use').selectOption('15');
  await page.getByLabel('Also lock when I switch to another app or tab').check();
  await page.getByRole('button', { name: 'Save locking choices' }).click();
  await expect(page.getByText('Saved. Your locking choices are in place.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Lock after this long without use')).toHaveValue('15');
  await expect(page.getByLabel('Also lock when I switch to another app or tab')).toBeChecked();
  await expectAccessible(page);
});
