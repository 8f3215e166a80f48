import { allRoutes, exitControl, expect, test } from './fixtures';

test('after one visit, every page reloads with the network off', async ({ page, context }) => {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The service worker claims the page on activation; a reload makes sure it serves it.
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await context.setOffline(true);
  for (const path of allRoutes.filter((p) => !p.endsWith('/no-such-page'))) {
    await page.goto(path);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.getByRole('link', exitControl)).toBeVisible();
  }
});
