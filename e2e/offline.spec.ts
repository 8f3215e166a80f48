import type { Page } from '@playwright/test';
import { allRoutes, exitControl, expect, test } from './fixtures';

// A first visit with its install, then many page loads: more than the default 30 s on a busy
// 2-core machine.
test.describe.configure({ timeout: 90_000 });

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

/** Asks the worker for the rest of the offline copy, which it fills after activation anyway. */
function fillRest(page: Page) {
  return page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => resolve(event.data?.filled === true);
        navigator.serviceWorker.controller?.postMessage({ type: 'fill' }, [channel.port2]);
      }),
  );
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

test('after the fill that follows the install, deeper pages nobody opened load offline', async ({
  page,
  context,
}) => {
  await firstVisit(page);
  const deeper = ['/decide/q/3', '/es/reflect/guided/2', '/happened/complaint/state'];
  expect(await fillRest(page)).toBe(true);
  await context.setOffline(true);
  for (const path of deeper) await expectPage(page, path);
});
