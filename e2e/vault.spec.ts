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
  // One sentence of warning; the rest waits behind "What if I forget?".
  await expect(
    dialog.getByText('If you forget it, nobody can open your notes: not you, and not us.'),
  ).toBeVisible();
  const forget = dialog.locator('details', { hasText: 'What if I forget?' });
  await expect(forget.getByText(/There is no way to reset it/)).toBeHidden();
  await forget.getByText('What if I forget?').click();
  await expect(forget.getByText(/There is no way to reset it/)).toBeVisible();
  await expect(forget.getByText(/is your only copy if this device is lost/)).toBeVisible();
  await expectAccessible(page);

  // Nothing is on disk while the person is still choosing.
  expect(
    await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)),
  ).not.toContain('terrarium');

  // One field, no second "type it again"; Show turns it into text and back, and says so.
  await expect(dialog.locator('input')).toHaveCount(1);
  const passphrase = dialog.getByLabel('Passphrase', { exact: true });
  await expect(passphrase).toHaveAttribute('type', 'password');
  await passphrase.fill('short');
  await expect(dialog.getByText('Too short. Use at least 8 characters.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Show passphrase' }).click();
  await expect(passphrase).toHaveAttribute('type', 'text');
  await expect(passphrase).toHaveAttribute('autocomplete', 'off');
  await expect(passphrase).toHaveAttribute('spellcheck', 'false');
  await expect(dialog.getByText('Your passphrase is visible')).toBeAttached();
  await dialog.getByRole('button', { name: 'Hide passphrase' }).click();
  await expect(passphrase).toHaveAttribute('type', 'password');
  await expect(dialog.getByText('Your passphrase is hidden')).toBeAttached();

  // The strength comes from zxcvbn's lists: the usual suspects are weak.
  for (const weak of ['password', 'Dana2025!', 'sam sam sam']) {
    await passphrase.fill(weak);
    await expect(dialog.getByText('Easy to guess. Add a few more words.')).toBeVisible();
  }
  await passphrase.fill('password');
  await dialog.getByRole('button', { name: 'Set passphrase and continue' }).click();
  await expect(dialog.getByRole('alert')).toContainText('one of the first passphrases a guesser');
  await passphrase.fill(PASSPHRASE);
  await expect(dialog.getByText('Strong. Hard to guess.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Set passphrase and continue' }).click();
  await expect(dialog).toBeHidden({ timeout: 20_000 });
  await expect(page.getByText(SECRET_TEXT)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();

  // Right after: a backup file is offered, and the header says there never was one.
  const offer = page.getByRole('region', { name: 'Save a backup file now?' });
  await expect(offer).toBeVisible();
  await expect(page.getByRole('link', { name: 'Last backup: never' })).toBeVisible();
  await expectAccessible(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    offer.getByRole('button', { name: 'Save a backup file' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^terrarium-backup-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(offer.getByText('Your backup file is ready.')).toBeVisible();
  const today = await page.evaluate(() =>
    new Date().toLocaleDateString('en', { dateStyle: 'medium' }),
  );
  await expect(page.getByRole('link', { name: `Last backup: ${today}` })).toBeVisible();
  await offer.getByRole('button', { name: 'Close' }).click();
  await expect(offer).toBeHidden();

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

    await open(page, '/settings/backup');
    await expectAccessible(page);
    await expect(page.getByTestId('last-backup')).toHaveText(
      'Unlock to see when you last saved one',
    );
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
    await expect(page.getByTestId('last-backup')).toHaveText(/^Last backup: \w+ \d+, \d{4}$/);

    // Back to the list, which now shows the date, and on to Erase (the vault stays open).
    await page.getByRole('link', { name: 'Back to settings' }).click();
    await expect(page.locator('dl')).toContainText(/Backup file\s*Last backup: \w+ \d+, \d{4}/);
    await page.getByRole('link', { name: 'Open erase everything' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Erase everything');

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

    await open(page, '/settings/backup');
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
  await open(page, '/settings/backup');
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
  await open(page, '/settings/passphrase');
  await page.getByLabel('Current passphrase').fill(PASSPHRASE);
  // One new field, with Show; a passphrase from the top of the leaked lists is refused.
  await expect(page.locator('input')).toHaveCount(2);
  await page.getByLabel('New passphrase', { exact: true }).fill('password1');
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  // The first check waits for the dictionaries, slow on a busy machine.
  await expect(page.getByRole('alert')).toContainText('one of the first passphrases a guesser', {
    timeout: 20_000,
  });
  await page.getByLabel('New passphrase', { exact: true }).fill('copper meadow falcon ink');
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
  await open(page, '/settings/lock');
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

test('Settings is a short list; each row opens its own page, and Back returns to the list', async ({
  page,
}) => {
  await open(page, '/settings');
  const rows = page.locator('dl.summary-list');
  await expect(rows.locator('dt')).toHaveText([
    'Locking',
    'Passphrase',
    'Backup file',
    'Where “Exit this page” goes',
    'Erase everything',
  ]);
  await expect(rows).toContainText('After 5 minutes without use');
  await expect(rows).toContainText('Not chosen yet');
  await expect(rows).toContainText('Nothing to back up yet');
  await expect(rows).toContainText('https://www.bbc.com/weather');
  await expectAccessible(page);
  // One form no longer fills the page: nothing but the list and its links.
  await expect(page.locator('main form')).toHaveCount(0);

  const pages: [string, string, string][] = [
    ['Change locking', '/settings/lock', 'Locking'],
    ['Change passphrase', '/settings/passphrase', 'Change your passphrase'],
    ['Change backup file', '/settings/backup', 'Backup file'],
    ['Change where “exit this page” goes', '/settings/exit', 'Where “Exit this page” goes'],
    ['Open erase everything', '/settings/erase', 'Erase everything'],
  ];
  for (const [link, path, heading] of pages) {
    await page.getByRole('link', { name: link }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Back to settings' }).click();
    await expect(page).toHaveURL(/\/settings$/);
  }

  // The same in Spanish, at Spanish addresses.
  await open(page, '/es/settings');
  await page.getByRole('link', { name: 'Cambiar copia de seguridad' }).click();
  await expect(page).toHaveURL(/\/es\/settings\/backup$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Copia de seguridad');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Volver a la configuración' }).click();
  await expect(page).toHaveURL(/\/es\/settings$/);

  // An address under /settings that is no setting is the missing page.
  await open(page, '/settings/nothing-here');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Privacy and settings');
});

test('after a few saves without a backup, a gentle reminder offers one; Not now puts it away', async ({
  page,
}) => {
  await createVaultWithEntry(page);
  await page
    .getByRole('region', { name: 'Save a backup file now?' })
    .getByRole('button', {
      name: 'Not now',
    })
    .click();
  const reminder = page.getByRole('region', { name: 'Time for a backup?' });
  // Moving inside the app keeps the vault open: a full page load would lock it.
  const writeInApp = async (text: string) => {
    await page.evaluate(() => {
      history.pushState(null, '', '/reflect/new');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await page.getByLabel('What is on your mind?').fill(text);
    await page.getByRole('button', { name: 'Save to my journal' }).click();
    await expect(page.getByText(text)).toBeVisible();
  };
  for (const n of [2, 3, 4]) {
    await writeInApp(`Entry number ${n}.`);
    await expect(reminder).toHaveCount(0);
  }
  await writeInApp('Entry number 5.');
  await expect(reminder).toBeVisible();
  await expect(reminder).toContainText('You have saved 5 things since your last backup file.');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page);
  await reminder.getByRole('button', { name: 'Not now' }).click();
  await expect(reminder).toHaveCount(0);
  await writeInApp('Entry number 6.');
  await expect(reminder).toHaveCount(0);
});
