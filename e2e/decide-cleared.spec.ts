import type { Page } from '@playwright/test';
import { decide as decideEn } from '../src/ui/i18n/en/decide';
import { reflect as reflectEn } from '../src/ui/i18n/en/reflect';
import { decide as decideEs } from '../src/ui/i18n/es/decide';
import { reflect as reflectEs } from '../src/ui/i18n/es/reflect';
import { expect, expectAccessible, open, test } from './fixtures';

// Every page state is scanned with axe, which is slow on a busy machine.
test.describe.configure({ timeout: 300_000 });

const languages = [
  { lang: 'en', prefix: '', decide: decideEn, reflect: reflectEn },
  { lang: 'es', prefix: '/es', decide: decideEs, reflect: reflectEs },
] as const;

async function expectHeading(page: Page, text: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text);
  await expectAccessible(page);
}

for (const { lang, prefix, decide, reflect } of languages) {
  test(`[${lang}] after a reload, lost answers are called cleared, never skipped, and no result is made from nothing`, async ({
    page,
  }) => {
    await open(page, `${prefix}/decide/check`);
    await expectHeading(page, decide.check.title);
    // One notice at the top, and each of the six answers says it was cleared.
    await expect(page.getByText(decide.check.cleared)).toHaveCount(7);
    await expect(page.getByText(decide.check.skipped)).toHaveCount(0);

    await open(page, `${prefix}/decide/result`);
    await expectHeading(page, decide.result.goneTitle);
    await expect(page.getByText(decide.result.gone)).toBeVisible();
    for (const outcome of Object.values(decide.outcomes)) {
      await expect(page.getByText(outcome.title)).toHaveCount(0);
    }
    await page.getByRole('link', { name: decide.check.startAgain }).click();
    await expectHeading(page, decide.intro.title);

    await open(page, `${prefix}/reflect/guided/summary`);
    await expectHeading(page, reflect.summary.title);
    await expect(page.getByText(reflect.summary.cleared)).toBeVisible();
    await expect(page.getByText(reflect.summary.nothingAnswered)).toHaveCount(0);
  });
}

test('skipping every question in this visit is still called skipped', async ({ page }) => {
  await open(page, '/decide');
  await page.getByRole('link', { name: decideEn.intro.start }).click();
  for (let n = 1; n <= 6; n++) {
    await expect(page.getByText(decideEn.progress(n, 6))).toBeVisible();
    await page.getByRole('button', { name: decideEn.skip }).click();
  }
  await expectHeading(page, decideEn.check.title);
  await expect(page.getByText(decideEn.check.skipped)).toHaveCount(6);
  await expect(page.getByText(decideEn.check.cleared)).toHaveCount(0);
});

test('the steps of Decide replace each other in history: Back from the result leaves the flow', async ({
  page,
}) => {
  await open(page, '/');
  await open(page, '/decide');
  await page.getByRole('link', { name: decideEn.intro.start }).click();
  for (let n = 1; n <= 6; n++) {
    await expect(page.getByText(decideEn.progress(n, 6))).toBeVisible();
    await page.getByRole('button', { name: decideEn.skip }).click();
  }
  await expectHeading(page, decideEn.check.title);
  await page
    .getByRole('link', { name: /^Change/ })
    .first()
    .click();
  await expect(page.getByText(decideEn.progress(1, 6))).toBeVisible();
  await page.getByRole('button', { name: decideEn.skip }).click();
  await page.getByRole('link', { name: decideEn.check.seeResult }).click();
  await expectHeading(page, decideEn.outcomes['slow-down'].title);

  // Only the start page, where the person chose to begin, is left behind the result.
  await page.goBack();
  await expect(page).toHaveURL(/\/decide$/);
  await expectHeading(page, decideEn.intro.title);
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
});
