import {
  allRoutes,
  exitControl,
  expect,
  expectAccessible,
  holdAppScripts,
  open,
  test,
} from './fixtures';

// An axe scan per page, and a busy machine: give each test room.
test.describe.configure({ timeout: 120_000 });

for (const path of allRoutes) {
  test(`${path} loads, is accessible and carries the exit control`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.getByRole('link', exitControl)).toBeVisible();
    await expect(page.getByRole('contentinfo').locator('a[href="tel:988"]')).toBeVisible();
    await expectAccessible(page);
  });
}

test('the start page says what Terrarium is and is not', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('It is not therapy.')).toBeVisible();
  await expect(page.getByText(/It is not a crisis service/)).toBeVisible();
  await expect(page.getByText('It is not legal advice.')).toBeVisible();
  for (const part of [
    'Learn',
    'Reflect',
    'Notice',
    'Decide',
    'Prepare',
    'If it already happened',
  ]) {
    await expect(page.getByRole('navigation').getByRole('link', { name: part })).toBeVisible();
  }
});

test('on the start page a whole card is the link: a tap on its sentence, away from the heading, opens the part', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, '/');
  const cards = page.locator('.card--link');
  await expect(cards).toHaveCount(6);
  // One link per card, named by its heading alone, with a picture drawn inline.
  const reflect = cards.filter({ has: page.getByRole('heading', { level: 3, name: 'Reflect' }) });
  await expect(reflect.getByRole('link')).toHaveCount(1);
  await expect(reflect.getByRole('link')).toHaveAccessibleName('Reflect');
  await expect(reflect.locator('svg[aria-hidden="true"]')).toHaveCount(1);
  const sentence = reflect.getByText('A private journal with questions to help you think.');
  await sentence.scrollIntoViewIfNeeded();
  const box = await sentence.boundingBox();
  const heading = await reflect.getByRole('heading').boundingBox();
  if (!box || !heading) throw new Error('card not laid out');
  // The far end of the sentence's last line, well below the heading.
  const x = box.x + box.width - 4;
  const y = box.y + box.height - 4;
  expect(y).toBeGreaterThan(heading.y + heading.height);
  await page.mouse.click(x, y);
  await expect(page).toHaveURL(/\/reflect$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your journal');
});

test('an unknown address gets a helpful not-found page with status 404', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We can’t find that page');
  await expect(page.getByRole('link', { name: 'Go to the start page' })).toBeVisible();
});

test('the first visit offers “Staying safe” once, and not again after it is dismissed', async ({
  page,
}) => {
  await page.goto('/');
  const offer = page.getByRole('region', { name: 'Before you begin' });
  await expect(offer).toBeVisible();
  await offer.getByRole('button', { name: 'Not now' }).click();
  await expect(offer).toBeHidden();
  await page.reload();
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Before you begin' })).toBeHidden();
});

test('before the app’s script has run, a form is never sent: typed words stay out of the address and history', async ({
  page,
}) => {
  const scripts = await holdAppScripts(page);
  await page.goto('/happened/complaint/therapist', { waitUntil: 'commit' });
  const name = page.locator('#therapist-name');
  await expect(name).toBeVisible();
  await scripts.asked();
  const entries = await page.evaluate(() => history.length);
  await name.fill('Dr. Example Name');
  // A sent form would navigate to ?therapist-name=…; each check gives it the time that takes.
  const expectNotSent = async () => {
    await page.waitForTimeout(500);
    expect(new URL(page.url()).search).toBe('');
    expect(await page.evaluate(() => history.length)).toBe(entries);
  };
  await name.press('Enter');
  await expectNotSent();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectNotSent();
  await scripts.release();
});

test('pages read with JavaScript turned off', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('/safety');
  await expect(page.locator('h1')).toHaveText('Staying safe');
  await expect(page.getByRole('heading', { name: 'Leaving fast' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await context.close();
});

test('a browser without IndexedDB or service workers still shows the pages, with a plain note', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined });
    delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker;
  });
  await page.goto('/safety');
  await expect(page.locator('h1')).toHaveText('Staying safe');
  await expect(page.getByText(/This browser does not let Terrarium store anything/)).toBeVisible();
  await expect(page.getByText(/cannot keep Terrarium for offline use/)).toBeVisible();
});

test('the built pages declare a Content-Security-Policy that allows only this origin', async ({
  page,
}) => {
  const response = await page.goto('/');
  const meta = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  for (const policy of [meta, response?.headers()['content-security-policy']]) {
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toMatch(/https?:/);
  }
});

test('on a phone, no focused element hides under the sticky exit bar', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await open(page, '/learn');
  await page.locator('footer a').last().focus();
  const bar = page.locator('.exit-this-page');
  const hidden: string[] = [];
  for (let stop = 0; stop < 60; stop += 1) {
    await page.keyboard.press('Shift+Tab');
    const covered = await page.evaluate(() => {
      const focused = document.activeElement;
      const barBox = document.querySelector('.exit-this-page')?.getBoundingClientRect();
      // The skip link shows over the bar on purpose, and the body is not a stop.
      if (
        !(focused instanceof HTMLElement) ||
        !barBox ||
        focused === document.body ||
        focused.matches('.skip-link, .exit-this-page *')
      ) {
        return null;
      }
      const box = focused.getBoundingClientRect();
      return box.top < barBox.bottom - 1 ? focused.outerHTML.slice(0, 80) : null;
    });
    if (covered) hidden.push(covered);
  }
  await expect(bar).toBeVisible();
  expect(hidden).toEqual([]);
});
