import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Real waits (the Shift window is five seconds) and several page loads per test.
test.describe.configure({ timeout: 120_000 });

/** Serves the app's pages as a host that sends no headers would: no frame-ancestors. */
async function withoutHeaders(page: Page) {
  await page.route(/\/safety$/, async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers['content-security-policy'];
    delete headers['x-frame-options'];
    await route.fulfill({ response, headers });
  });
}

test('inside another site’s frame the app is not shown', async ({ page, baseURL }) => {
  await withoutHeaders(page);
  // The framing page is written in place (no request), so it has an origin of its own.
  await page.setContent(
    `<iframe title="framed" sandbox="allow-scripts allow-same-origin" src="${baseURL}/safety"></iframe>`,
  );
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('html')).toHaveClass(/\bframed\b/);
  await expect(frame.locator('h1')).toHaveText('Staying safe');
  await expect(frame.locator('h1')).toBeHidden();
  await expect(frame.locator('body')).toBeHidden();
  expect(page.url()).toBe('about:blank');
});

test('framed by a page of its own origin, the app takes over the whole tab', async ({ page }) => {
  await withoutHeaders(page);
  await page.route('**/framing-test', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><title>Frame</title><iframe title="framed" src="/safety"></iframe>',
    }),
  );
  await page.goto('/framing-test');
  await expect(page).toHaveURL(/\/safety$/);
  await expect(page.locator('h1')).toHaveText('Staying safe');
  expect(page.frames()).toHaveLength(1);
});
