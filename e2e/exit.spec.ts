import { EXIT_ORIGIN, expect, stubExitDestination, test } from './fixtures';

test.use({ allowedOrigins: [EXIT_ORIGIN, 'https://example.org'] });

test.beforeEach(async ({ page }) => {
  await stubExitDestination(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Not now' }).click();
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

  await page.goBack();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
  await expect(page.locator('h1')).toHaveText('A calm place to think about your therapy');
  await expect(page.getByText('Your browser remembers that you visited Terrarium.')).toHaveCount(0);
});

test('Shift pressed three times leaves, announcing progress on the way', async ({ page }) => {
  await page.goto('/safety');
  await page.keyboard.press('Shift');
  await expect(page.getByText('Shift: press 2 more times to exit.')).toBeAttached();
  await page.keyboard.press('Shift');
  await expect(page.getByText('Shift: press once more to exit.')).toBeAttached();
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(`${EXIT_ORIGIN}/weather`);
  await page.goBack();
  await expect(page.locator('h1')).toHaveText('A calm place to think about your therapy');
});

test('typing with Shift in between other keys does not leave', async ({ page }) => {
  await page.goto('/settings');
  await page.getByLabel('Website address').fill('');
  await page.getByLabel('Website address').pressSequentially('A B C');
  await expect(page.locator('h1')).toHaveText('Privacy and settings');
});

test('the exit destination can be changed, and the exit then goes there', async ({ page }) => {
  await page.route('https://example.org/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<h1>Example</h1>' }),
  );
  await page.goto('/settings');
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
