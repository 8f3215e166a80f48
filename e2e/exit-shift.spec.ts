import type { Page } from '@playwright/test';
import { exit as en } from '../src/ui/i18n/en/exit';
import { exit as es } from '../src/ui/i18n/es/exit';
import {
  EXIT_ORIGIN,
  expect,
  expectAccessible,
  holdAppScripts,
  open,
  stubExitDestination,
  test,
} from './fixtures';

// Real waits (the Shift window is five seconds) and several page loads per test.
test.describe.configure({ timeout: 120_000 });

test.use({ allowedOrigins: [EXIT_ORIGIN] });

/**
 * Records every text that ever appears in a live region, so a message spoken and
 * then cleared between two checks is still caught.
 */
async function recordAnnouncements(page: Page) {
  await page.addInitScript(() => {
    const heard: string[] = [];
    (window as unknown as { heard: string[] }).heard = heard;
    new MutationObserver((changes) => {
      for (const change of changes) {
        const node = change.target instanceof Element ? change.target : change.target.parentElement;
        const region = node?.closest('[aria-live], [role="alert"], [role="status"]');
        const text = region?.textContent?.trim();
        if (region && text) heard.push(text);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

function heard(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { heard: string[] }).heard);
}

async function pressShift(page: Page) {
  await page.keyboard.down('Shift');
  await page.keyboard.up('Shift');
}

test.beforeEach(async ({ page }) => {
  await stubExitDestination(page);
  await recordAnnouncements(page);
});

test('typing capital letters with Shift held never counts and announces nothing', async ({
  page,
}) => {
  await open(page, '/settings/exit');
  const field = page.getByLabel('Website address');
  await expect(field).toHaveValue(/^https:/);
  await field.fill('');
  await field.focus();
  for (const word of ['He', 'Said', 'No', 'Again']) {
    await page.keyboard.down('Shift');
    await page.keyboard.type(word.slice(0, 1));
    await page.keyboard.up('Shift');
    await page.keyboard.type(`${word.slice(1)} `);
  }
  // Shift held over a whole word, as people do for capitals.
  await page.keyboard.down('Shift');
  await page.keyboard.type('OK');
  await page.keyboard.up('Shift');
  await expect(field).toHaveValue('He Said No Again OK');
  await expect(page.locator('h1')).toHaveText('Where “Exit this page” goes');
  expect(await heard(page)).toEqual([]);
  await expect(page.locator('html')).not.toHaveAttribute('data-shift-presses', /./);
});

test('Shift pressed slowly, 2.5 seconds apart (the window restarts at every press), still leaves', async ({
  page,
}) => {
  await open(page, '/');
  await open(page, '/safety');
  await pressShift(page);
  await expect(page.locator('[aria-live]')).toHaveText(en.progress(2));
  await page.waitForTimeout(2500);
  await pressShift(page);
  await expect(page.locator('[aria-live]')).toHaveText(en.progress(1));
  await page.waitForTimeout(2500);
  await pressShift(page);
  await expect(page).toHaveURL(`${EXIT_ORIGIN}/weather`);
  await page.goBack({ waitUntil: 'commit' });
  await expect(page.locator('h1')).toHaveText('A calm place to think about your therapy');
});

test('the count shows as dots, and when time runs out it says so, then goes quiet', async ({
  page,
}) => {
  await open(page, '/learn');
  const dots = page.locator('.exit-this-page__dots > span');
  await expect(dots).toHaveCount(3);
  await expect(page.locator('.exit-this-page__dots')).toHaveAttribute('aria-hidden', 'true');
  const fill = (index: number) =>
    dots.nth(index).evaluate((dot) => getComputedStyle(dot).backgroundColor);
  const empty = await fill(0);

  await pressShift(page);
  await pressShift(page);
  await expect(page.locator('[aria-live]')).toHaveText(en.progress(1));
  expect(await fill(0)).not.toBe(empty);
  expect(await fill(1)).not.toBe(empty);
  expect(await fill(2)).toBe(empty);

  await expect(page.locator('[aria-live]')).toHaveText(en.expired, { timeout: 7000 });
  expect(await fill(0)).toBe(empty);
  await expect(page.locator('[aria-live]')).toHaveText('', { timeout: 5000 });
  expect(await heard(page)).toEqual([en.progress(2), en.progress(1), en.expired]);
  await expectAccessible(page);

  // Starting again takes three new presses.
  await pressShift(page);
  await expect(page.locator('[aria-live]')).toHaveText(en.progress(2));
  await expect(page.locator('h1')).toBeVisible();
});

test('Shift three times works from the first paint, before the app’s script has run', async ({
  page,
}) => {
  const scripts = await holdAppScripts(page);
  await page.goto('/learn', { waitUntil: 'commit' });
  await expect(page.locator('h1')).toBeVisible();
  await scripts.asked();
  await pressShift(page);
  await expect(page.locator('[aria-live]')).toHaveText(en.progress(2));
  await pressShift(page);
  await pressShift(page);
  await expect(page).toHaveURL(`${EXIT_ORIGIN}/weather`);
  await scripts.release();
});

test('once the app runs, one press still counts once', async ({ page }) => {
  await open(page, '/learn');
  await pressShift(page);
  await pressShift(page);
  await expect(page.locator('[aria-live]')).toHaveText(en.progress(1));
  await expect(page.locator('h1')).toBeVisible();
  expect(await heard(page)).toEqual([en.progress(2), en.progress(1)]);
});

test('in Spanish: the count is spoken in Spanish, and slow presses leave', async ({ page }) => {
  await open(page, '/es');
  await open(page, '/es/learn');
  await pressShift(page);
  await expect(page.locator('[aria-live]')).toHaveText(es.progress(2));
  await page.waitForTimeout(2500);
  await pressShift(page);
  await expect(page.locator('[aria-live]')).toHaveText(es.progress(1));
  await page.waitForTimeout(2500);
  await pressShift(page);
  await expect(page).toHaveURL(`${EXIT_ORIGIN}/weather`);
  await page.goBack({ waitUntil: 'commit' });
  await expect(page).toHaveURL(/\/es$/);
  await expectAccessible(page);
});
