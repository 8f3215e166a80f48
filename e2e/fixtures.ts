import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page, type Route } from '@playwright/test';
import { shell as english } from '../src/ui/i18n/en/shell';
import { shell as spanish } from '../src/ui/i18n/es/shell';

/** Origins a test expects to reach on purpose (the exit destination, intercepted). */
type Options = { allowedOrigins: string[] };

/**
 * Every test records every request the page makes and every uncaught error;
 * both must stay empty. Privacy is checked everywhere, not in one test.
 */
export const test = base.extend<Options & { guarded: undefined }>({
  allowedOrigins: [[], { option: true }],
  guarded: [
    async ({ page, baseURL, allowedOrigins }, use) => {
      const own = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const foreign: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol === 'data:' || url.protocol === 'blob:') return;
        if (url.origin !== own && !allowedOrigins.includes(url.origin)) foreign.push(url.href);
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(undefined);
      expect(foreign, 'requests to other origins').toEqual([]);
      expect(errors, 'uncaught page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The WCAG 2.2 A and AA rules every page is checked against. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export async function expectAccessible(page: Page) {
  // Legacy mode runs axe in the page itself. The default opens a second page for every scan
  // to merge results from cross-origin frames, and the app has no frames: that second page
  // was about half of each scan's time, and of the end-to-end suite's.
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode().analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, 'axe violations').toEqual([]);
  await expectKeptOutOfFormRestore(page);
  await expectNeutralTitle(page);
}

const neutralTitles = new Set(
  [english, spanish].flatMap(({ appName, titleWords }) => [
    appName,
    ...Object.values(titleWords).map((word) => `${appName} · ${word}`),
  ]),
);

/** History keeps page titles: each is the app's name and a plain word for the part, nothing else. */
export async function expectNeutralTitle(page: Page) {
  expect(neutralTitles, 'a neutral page title').toContain(await page.title());
}

/**
 * Chromium writes the contents of form controls to its session-restore files on disk
 * unless the control or its form says autocomplete="off". Every page an e2e test scans
 * is checked: each form, and each control that can hold what a person typed or chose.
 * Passphrase fields are left to the browser's own handling of passwords (never restored).
 */
export async function expectKeptOutOfFormRestore(page: Page) {
  const unmarked = await page.evaluate(() =>
    [...document.querySelectorAll('form, textarea, select, input')]
      .filter(
        (el) => !['password', 'hidden', 'submit', 'button'].includes((el as HTMLInputElement).type),
      )
      .filter((el) => el.getAttribute('autocomplete') !== 'off')
      .map((el) => `${el.tagName.toLowerCase()}#${el.id || (el as HTMLInputElement).name || '?'}`),
  );
  expect(unmarked, 'forms and fields without autocomplete="off"').toEqual([]);
}

/** Every page of the app in English, for checks that must hold on each of them. */
export const englishRoutes = [
  '/',
  '/safety',
  '/settings',
  '/learn',
  '/reflect',
  '/notice',
  '/decide',
  '/prepare',
  '/happened',
  '/no-such-page',
];

/** Every page in both languages. */
export const allRoutes = [
  ...englishRoutes,
  ...englishRoutes.map((path) => (path === '/' ? '/es' : `/es${path}`)),
];

/** The exit control, whatever the page's language. */
export const exitControl = { name: /Exit this page|Salir de esta página/ };

export const EXIT_ORIGIN = 'https://www.bbc.com';

/** Answers the exit destination locally, so the test never leaves the machine. */
export async function stubExitDestination(page: Page) {
  await page.route(`${EXIT_ORIGIN}/**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }),
  );
}

/** After the guide's pages on harm already done, the next step is support, not deciding whether to tell. */
export function nextParts(path: string): { shown: string[]; hidden: string[] } {
  return /\/(?:if-it-already-happened|what-a-board-does|other-routes)$/.test(path)
    ? { shown: ['happened', 'reflect', 'notice'], hidden: ['decide'] }
    : { shown: ['reflect', 'notice', 'decide'], hidden: [] };
}

/**
 * Opens a page ready to use: its script has run (prerendered pages show before it does,
 * and typing earlier would be lost at hydration), and the first-visit offer is dismissed.
 */
export async function open(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  // The early script decides before the first paint whether this is a first visit (a class
  // on <html>), so ask it rather than whether the offer happens to be painted yet; and wait
  // for the offer to go, so a test never starts with it still in the way.
  const firstVisit = await page.evaluate(() =>
    document.documentElement.classList.contains('first-visit'),
  );
  if (firstVisit) {
    const later = page.locator('.first-visit-offer button');
    await expect(later).toBeVisible();
    await later.click();
    await expect(later).toBeHidden();
  }
}

/**
 * Holds every request for the app's own scripts, so a test sees the page as it is between
 * the first paint (prerendered HTML and the early script) and the app taking over.
 */
export async function holdAppScripts(page: Page) {
  const held: Route[] = [];
  await page.route('**/assets/*.js', (route) => {
    held.push(route);
  });
  return {
    /** Resolves once the page has asked for its first script, so the early script has run. */
    asked: () => expect.poll(() => held.length).toBeGreaterThan(0),
    release: async () => {
      for (const route of held) await route.abort().catch(() => {});
    },
  };
}
