import {
  EXIT_ORIGIN,
  exitControl,
  expect,
  expectAccessible,
  stubExitDestination,
  test,
} from './fixtures';

test('a Spanish page declares Spanish and keeps every internal link in Spanish', async ({
  page,
}) => {
  await page.goto('/es/learn');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  const hrefs = await page
    .locator('a[href^="/"]:not([hreflang])')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(5);
  for (const href of hrefs) expect(href).toMatch(/^\/es(\/|$)/);
  await expectAccessible(page);
});

test('the switch opens the same page in the other language, and the choice is remembered', async ({
  page,
}) => {
  await page.goto('/learn/quick');
  await page.getByRole('link', { name: 'Español' }).click();
  await expect(page).toHaveURL(/\/es\/learn\/quick$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.goto('/safety');
  await expect(page).toHaveURL(/\/es\/safety$/);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/learn|\/safety$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto('/es/safety');
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/safety$/);
});

test.describe('a browser that asks for Spanish', () => {
  test.use({ locale: 'es-US' });

  test('opens Terrarium in Spanish', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/es$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  });
});

test('a browser that asks for English stays in English', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test.describe('leaving from a Spanish page', () => {
  test.use({ allowedOrigins: [EXIT_ORIGIN] });

  test('comes back to the Spanish start page, never the page that was open', async ({ page }) => {
    await stubExitDestination(page);
    await page.goto('/es');
    await page.goto('/es/learn');
    await page.goto('/es/safety');
    await page.getByRole('link', exitControl).click();
    await expect(page).toHaveURL(`${EXIT_ORIGIN}/weather`);
    await page.goBack();
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/es$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  });
});
