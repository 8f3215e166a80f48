import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { exit as en } from '../src/ui/i18n/en/exit';
import { exit as es } from '../src/ui/i18n/es/exit';
import {
  AXE_TAGS,
  EXIT_ORIGIN,
  exitControl,
  expect,
  open,
  stubExitDestination,
  test,
} from './fixtures';

// Real waits (the Shift window is five seconds) and several page loads per test.
test.describe.configure({ timeout: 120_000 });

const require = createRequire(import.meta.url);

test.use({ allowedOrigins: [EXIT_ORIGIN, 'https://example.org'] });

const START_HEADING = 'A calm place to think about your therapy';

test.describe('with a quick destination', () => {
  test.beforeEach(async ({ page }) => {
    await stubExitDestination(page);
    await open(page, '/');
  });

  test('the exit button leaves for the neutral site, and Back never shows the page that was open', async ({
    page,
  }) => {
    await page.getByRole('navigation').getByRole('link', { name: 'Learn' }).click();
    await page.getByRole('link', { name: 'Staying safe' }).first().click();
    await expect(page.locator('h1')).toHaveText('Staying safe');
    await page.getByRole('link', { name: /Exit this page/ }).click();
    await expect(page).toHaveURL(`${EXIT_ORIGIN}/weather`);
    await expect(page.locator('h1')).toHaveText('Weather');

    await page.goBack({ waitUntil: 'commit' });
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
    await expect(page.locator('h1')).toHaveText(START_HEADING);
    await expect(page.getByRole('heading', { name: 'Leaving fast' })).toHaveCount(0);
  });

  test('after Exit, going back three times never reaches a page other than the start page', async ({
    page,
  }) => {
    // A trail of pages opened in different ways: in-app links, and addresses typed.
    await page.getByRole('navigation').getByRole('link', { name: 'Learn' }).click();
    await expect(page).toHaveURL(/\/learn$/);
    await open(page, '/decide');
    await open(page, '/safety');
    await open(page, '/settings');
    await page.getByRole('link', exitControl).click();
    await expect(page).toHaveURL(`${EXIT_ORIGIN}/weather`);

    for (let step = 1; step <= 3; step += 1) {
      await page.goBack({ waitUntil: 'commit' });
      await expect(page, `Back ${step}`).toHaveURL(/127\.0\.0\.1:\d+\/$/);
      await expect(page.locator('h1'), `Back ${step}`).toHaveText(START_HEADING);
    }

    // A page the person opens anew afterwards shows as usual.
    await page.goto('/learn');
    await expect(page).toHaveURL(/\/learn$/);
    await expect(page.locator('h1')).not.toHaveText(START_HEADING);
  });

  test('Space on the exit control leaves, as it would on a button', async ({ page }) => {
    await open(page, '/safety');
    await page.getByRole('link', exitControl).focus();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(`${EXIT_ORIGIN}/weather`);
  });

  test('the exit destination can be changed, and the exit then goes there', async ({ page }) => {
    await page.route('https://example.org/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<h1>Example</h1>' }),
    );
    await page.goto('/settings/exit');
    // The saved destination appears once the page's script runs; the form works from then on.
    await expect(page.getByLabel('Website address')).toHaveValue(/^https:/);
    await page.getByLabel('Website address').fill('http://not-secure.example');
    await page.getByRole('button', { name: 'Save address' }).click();
    await expect(page.getByRole('alert')).toContainText('starts with https');
    await page.getByLabel('Website address').fill('example.org/news');
    await page.getByRole('button', { name: 'Save address' }).click();
    await expect(page.getByRole('status')).toContainText('https://example.org/news');
    await page.getByRole('link', { name: /Exit this page/ }).click();
    await expect(page).toHaveURL('https://example.org/news');
  });
});

/** What the page showed while the next site was loading, seen from inside the page. */
type Leaving = { text: string; visible: boolean; shown: number; title: string; axe: string[] };

/**
 * While a navigation is pending, the test cannot query the page (Playwright waits for the
 * next one), so the page reports on itself: the moment the alert appears, it checks what
 * is shown and runs axe, and sends the result out through a binding.
 */
async function watchLeaving(page: Page): Promise<Leaving[]> {
  const seen: Leaving[] = [];
  await page.exposeFunction('reportLeaving', (report: Leaving) => seen.push(report));
  await page.addInitScript({ path: require.resolve('axe-core/axe.min.js') });
  await page.addInitScript((tags: string[]) => {
    const win = window as unknown as {
      axe: { run(context: Document, options: object): Promise<{ violations: { id: string }[] }> };
      reportLeaving(report: Leaving): void;
    };
    let reported = false;
    new MutationObserver(() => {
      const alert = document.querySelector('body > [role="alert"]');
      if (reported || !alert || !document.documentElement.classList.contains('exiting')) return;
      reported = true;
      const box = alert.getBoundingClientRect();
      const shown = [...document.body.children].filter(
        (element) => getComputedStyle(element).display !== 'none',
      ).length;
      win.axe.run(document, { runOnly: { type: 'tag', values: tags } }).then((result) =>
        win.reportLeaving({
          text: alert.textContent ?? '',
          visible: getComputedStyle(alert).display !== 'none' && box.width > 0 && box.height > 0,
          shown,
          title: document.title,
          axe: result.violations.map((violation) => violation.id),
        }),
      );
    }).observe(document, { subtree: true, childList: true });
  }, AXE_TAGS);
  return seen;
}

for (const [path, messages] of [
  ['/learn', en],
  ['/es/learn', es],
] as const) {
  test(`while the next site is slow to load, a neutral alert stays on the blank page (${path})`, async ({
    page,
  }) => {
    const seen = await watchLeaving(page);
    let answeredAfterAlert = false;
    await page.route(`${EXIT_ORIGIN}/**`, async (route) => {
      // The destination answers only once the page has shown the alert, or after 10 s.
      for (let waited = 0; seen.length === 0 && waited < 10_000; waited += 100) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      answeredAfterAlert = seen.length > 0;
      await route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>W</h1>' });
    });
    await open(page, path);
    await page.getByRole('link', exitControl).click();
    await expect(page).toHaveURL(`${EXIT_ORIGIN}/weather`, { timeout: 15_000 });
    expect(answeredAfterAlert).toBe(true);
    expect(seen).toEqual([
      { text: messages.leaving, visible: true, shown: 1, title: messages.leaving, axe: [] },
    ]);
  });
}
