import { expect, open, test } from './fixtures';
import { createVaultWithEntry, SECRET_TEXT, unlockInPage } from './vault-helpers';

// Every unlock runs Argon2id at 64 MiB, on a machine shared with other runs.
test.describe.configure({ timeout: 300_000 });

const FROM_ONE = 'From the first tab: amberfjord';
const FROM_TWO = 'From the second tab: bluequarry';

test('two tabs: saves from both are all kept and seen in both; a lock in one locks the other', async ({
  page,
  context,
}) => {
  await createVaultWithEntry(page);
  await open(page, '/reflect');
  await unlockInPage(page);
  await expect(page.getByText(SECRET_TEXT)).toBeVisible({ timeout: 20_000 });
  const other = await context.newPage();
  await open(other, '/reflect');
  await unlockInPage(other);
  await expect(other.getByText(SECRET_TEXT)).toBeVisible({ timeout: 20_000 });

  // Each tab saves without having reloaded since the other one unlocked.
  for (const [tab, text] of [
    [page, FROM_ONE],
    [other, FROM_TWO],
  ] as const) {
    await tab.getByRole('link', { name: 'Write a free entry' }).click();
    await tab.getByLabel('What is on your mind?').fill(text);
    await tab.getByRole('button', { name: 'Save to my journal' }).click();
    await expect(tab.getByText(text)).toBeVisible();
    await tab.locator('a.back-link').first().click();
  }
  // The first tab took in the second tab's save.
  await expect(page.getByText(FROM_TWO)).toBeVisible();
  await expect(page.getByText(FROM_ONE)).toBeVisible();

  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(other.getByRole('heading', { name: 'Your notes are locked' })).toBeVisible();
  expect(await other.content()).not.toContain('bluequarry');

  await unlockInPage(other);
  for (const text of [SECRET_TEXT, FROM_ONE, FROM_TWO]) {
    await expect(other.getByText(text)).toBeVisible({ timeout: 20_000 });
  }
  await expect(other.getByText('Some saved items are not as you left them')).toHaveCount(0);
});

test('a record deleted behind the vault’s back is named at unlock, and nothing else is lost', async ({
  page,
}) => {
  await createVaultWithEntry(page);
  await open(page, '/reflect');
  await unlockInPage(page);
  await page.getByRole('link', { name: 'Write a free entry' }).click();
  await page.getByLabel('What is on your mind?').fill(FROM_ONE);
  await page.getByRole('button', { name: 'Save to my journal' }).click();
  await expect(page.getByText(FROM_ONE)).toBeVisible();

  await page.goto('/reflect');
  // Someone with access to the browser's files deletes one journal row.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('terrarium');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const store = db.transaction('records', 'readwrite').objectStore('records');
          const all = store.getAll();
          all.onsuccess = () => {
            const row = (all.result as { id: string; type: string }[]).find(
              (r) => r.type === 'journal-entry',
            );
            if (row) store.delete(row.id);
            store.transaction.oncomplete = () => {
              db.close();
              resolve();
            };
          };
        };
      }),
  );
  await unlockInPage(page);
  const report = page.getByRole('alert').filter({ hasText: 'not as you left them' });
  await expect(report).toBeVisible({ timeout: 20_000 });
  await expect(report.getByText(/^A journal entry from .+ is missing\.$/)).toBeVisible();
  // The other entry is still there.
  await expect(page.getByText(SECRET_TEXT).or(page.getByText(FROM_ONE))).toHaveCount(1);

  await report.getByRole('button', { name: 'I have read this' }).click();
  await expect(report).toHaveCount(0);
  await page.reload();
  await unlockInPage(page);
  await expect(page.locator('.journal, main')).toContainText(/amberfjord|zebrafinch/, {
    timeout: 20_000,
  });
  await expect(page.getByText('Some saved items are not as you left them')).toHaveCount(0);
});
