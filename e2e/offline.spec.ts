import type { Page } from '@playwright/test';
import { allRoutes, exitControl, expect, test } from './fixtures';

// A first visit with its install, then many page loads: more than the default 30 s on a busy
// 2-core machine.
test.describe.configure({ timeout: 90_000 });
// The suite blocks service workers by default (playwright.config.ts); this file is about one.
test.use({ serviceWorkers: 'allow' });

/** The first visit, until the service worker controls the page. */
async function firstVisit(page: Page) {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The service worker claims the page on activation; a reload makes sure it serves it.
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

async function expectPage(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.getByRole('link', exitControl)).toBeVisible();
}

test('after one visit, every page reloads with the network off', async ({ page, context }) => {
  await firstVisit(page);
  // Only the install's files: no waiting for the fill that follows.
  await context.setOffline(true);
  for (const path of allRoutes.filter((p) => !p.endsWith('/no-such-page'))) {
    await expectPage(page, path);
  }
});

test('after the install, page loads fill in the deeper pages, which then load offline', async ({
  page,
  context,
}) => {
  await firstVisit(page);
  const deeper = ['/decide/q/3', '/es/reflect/guided/2', '/happened/complaint/state'];
  // Nothing asks: activation and the first visit's reload start the fill.
  await expect
    .poll(
      () =>
        page.evaluate(async (paths) => {
          const cache = await caches.open('terrarium-offline');
          const found = await Promise.all(paths.map((p) => cache.match(p, { ignoreSearch: true })));
          return found.filter(Boolean).length;
        }, deeper),
      { timeout: 60_000 },
    )
    .toBe(deeper.length);
  await context.setOffline(true);
  for (const path of deeper) await expectPage(page, path);
});
