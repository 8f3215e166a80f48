import type { Page } from '@playwright/test';
import { expect, expectAccessible, open, test } from './fixtures';

// Every first save runs Argon2id at 64 MiB, on a machine shared with other runs.
test.describe.configure({ timeout: 120_000 });

const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Mobile/15E148 Safari/604.1';
const IPHONE_HOME_SCREEN =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148';

const SEVEN_DAYS = 'Safari can erase your notes after seven days';
const HOME_SCREEN = 'You opened Terrarium from your Home Screen';

async function expectSevenDayExplanation(page: Page, within = page.locator('body')) {
  const notice = within.getByRole('region', { name: SEVEN_DAYS });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('used Safari for seven days without opening that website');
  const steps = notice.getByRole('listitem');
  await expect(steps).toHaveCount(4);
  await expect(steps.nth(1)).toContainText('Add to Home Screen');
  await expect(notice).toContainText('Before you switch, save a backup file');
}

test.describe('iPhone Safari in a tab', () => {
  test.use({ userAgent: IPHONE_SAFARI, viewport: { width: 390, height: 844 }, hasTouch: true });

  test('Settings explains the seven-day rule with the Home Screen steps', async ({ page }) => {
    await open(page, '/settings/lock');
    await expectSevenDayExplanation(page);
    await expect(page.getByText(HOME_SCREEN)).toHaveCount(0);
    await expectAccessible(page);
  });

  test('the first save explains it too, before the passphrase is chosen', async ({ page }) => {
    await open(page, '/reflect/new');
    await page.getByLabel('What is on your mind?').fill('A note for the seven-day check.');
    await page.getByRole('button', { name: 'Save to my journal' }).click();
    const dialog = page.getByRole('dialog', { name: 'Choose a passphrase' });
    await expect(dialog).toBeVisible();
    await expectSevenDayExplanation(page, dialog);
    await expectAccessible(page);
  });

  test('in Spanish too', async ({ page }) => {
    await open(page, '/es/settings/lock');
    const notice = page.getByRole('region', {
      name: 'Safari puede borrar tus notas después de siete días',
    });
    await expect(notice).toBeVisible();
    await expect(notice.getByRole('listitem').nth(1)).toContainText('Agregar a pantalla de inicio');
  });
});

test.describe('iPhone, opened from the Home Screen', () => {
  test.use({ userAgent: IPHONE_HOME_SCREEN, viewport: { width: 390, height: 844 } });

  test('says so and stops warning', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'standalone', { get: () => true });
    });
    await open(page, '/settings/lock');
    await expect(page.getByRole('region', { name: HOME_SCREEN })).toBeVisible();
    await expect(page.getByText(SEVEN_DAYS)).toHaveCount(0);
    await expectAccessible(page);
  });
});

test.describe('a desktop browser', () => {
  test('tells no Safari rule, and offers to keep notes where the browser can be asked', async ({
    page,
  }) => {
    await open(page, '/settings/lock');
    await expect(
      page.getByRole('button', { name: 'Ask the browser to keep my notes' }),
    ).toBeVisible();
    await expect(page.getByText(SEVEN_DAYS)).toHaveCount(0);
    await expect(page.getByText(HOME_SCREEN)).toHaveCount(0);
  });

  test('hides the request where the browser has no way to ask', async ({ page }) => {
    await page.addInitScript(() => {
      // As in WebKitGTK, which has no navigator.storage at all.
      Object.defineProperty(Navigator.prototype, 'storage', { get: () => undefined });
    });
    await open(page, '/settings/lock');
    await expect(
      page.getByRole('heading', { name: 'Keeping your notes on this device' }),
    ).toBeVisible();
    await expect(
      page.getByRole('button', { name: 'Ask the browser to keep my notes' }),
    ).toHaveCount(0);
  });
});
