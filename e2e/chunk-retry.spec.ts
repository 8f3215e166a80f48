import type { Page } from '@playwright/test';
import { expect, expectAccessible, open, test } from './fixtures';

// page.route does not see what a service worker answers, and these tests must see every download.
test.use({ serviceWorkers: 'block' });
// Axe and a reload on a machine shared with other runs.
test.describe.configure({ timeout: 90_000 });

const SETTINGS_CHUNK = '**/assets/SettingsPage-*.js';

/** Fails the Settings page's script `times` times (Infinity: always), and counts the tries. */
async function failSettingsChunk(page: Page, times: number) {
  let tries = 0;
  await page.route(SETTINGS_CHUNK, (route) => {
    tries += 1;
    return tries <= times ? route.abort('connectionreset') : route.continue();
  });
  return () => tries;
}

async function goToSettings(page: Page, linkName: RegExp) {
  await page.getByRole('link', { name: linkName }).first().click();
}

test('a part that fails to download once is tried again and shows', async ({ page }) => {
  await open(page, '/');
  const tries = await failSettingsChunk(page, 1);
  await goToSettings(page, /^Privacy and settings$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Privacy and settings' })).toBeVisible({
    timeout: 20_000,
  });
  expect(tries()).toBe(2);
  await expect(page.getByRole('alert').filter({ hasText: 'did not load' })).toHaveCount(0);
});

test('a part that keeps failing says so plainly and offers a reload that works', async ({
  page,
}) => {
  await open(page, '/');
  const tries = await failSettingsChunk(page, Number.POSITIVE_INFINITY);
  await goToSettings(page, /^Privacy and settings$/);
  const alert = page.getByRole('alert').filter({ hasText: 'This part did not load' });
  await expect(alert).toBeVisible({ timeout: 20_000 });
  await expect(alert).toContainText('Nothing you saved has changed.');
  expect(tries()).toBe(2);
  await expectAccessible(page);

  await page.unroute(SETTINGS_CHUNK);
  await alert.getByRole('button', { name: 'Load the page again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Privacy and settings' })).toBeVisible();
  await expect(page.getByText('This part did not load')).toHaveCount(0);
});

test('the message is in Spanish on a Spanish page', async ({ page }) => {
  await open(page, '/es');
  await failSettingsChunk(page, Number.POSITIVE_INFINITY);
  await page.locator('a[href="/es/settings"]').first().click();
  const alert = page.getByRole('alert').filter({ hasText: 'Esta parte no se cargó' });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('button', { name: 'Cargar la página de nuevo' })).toBeVisible();
});
