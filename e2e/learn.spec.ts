import type { Page } from '@playwright/test';
import { guideFolder, readGuideFolder } from '../src/core/guide/guide-content';
import { proseOf, sentencesOf } from '../src/core/guide/readability';
import { expect, expectAccessible, nextParts, test } from './fixtures';

const guide = readGuideFolder(guideFolder(process.cwd())).map(({ meta, body }) => ({
  ...meta,
  path: `/learn/${meta.slug}`,
  /** The page's first sentence, as a reader sees it. */
  opening: sentencesOf(proseOf(body).split('\n')[0] ?? '')[0] ?? '',
}));

async function expectWhereToGoNext(page: Page) {
  const next = page.getByRole('region', { name: 'Where to go next' });
  const { shown, hidden } = nextParts(new URL(page.url()).pathname);
  for (const part of shown) await expect(next.locator(`a[href="/${part}"]`)).toHaveCount(1);
  for (const part of hidden) await expect(next.locator(`a[href="/${part}"]`)).toHaveCount(0);
}

/** Every section ends with its numbered sources; the two-minute version has none. */
async function expectSourcesUnlessQuick(page: Page, slug: string) {
  const sources = page.getByRole('heading', { name: 'Sources' });
  if (slug === 'quick') await expect(sources).toHaveCount(0);
  else await expect(sources).toBeVisible();
}

for (const entry of guide) {
  test(`${entry.path} reads with JavaScript on, is accessible and ends with where to go next`, async ({
    page,
  }) => {
    await page.goto(entry.path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.title);
    await expect(page.locator('.guide-text').getByText(entry.opening)).toBeVisible();
    await expectSourcesUnlessQuick(page, entry.slug);
    await expect(page.getByRole('link', { name: /Exit this page/ })).toBeVisible();
    await expect(page.getByRole('contentinfo').getByRole('link', { name: /988/ })).toBeVisible();
    await expectWhereToGoNext(page);
    // Hydration keeps the prerendered page: one heading, one copy of the text.
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('.guide-text')).toHaveCount(1);
    await expectAccessible(page);
  });
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('every guide page reads: its heading, opening, sources, help and where to go next', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    for (const entry of guide) {
      await test.step(entry.path, async () => {
        const response = await page.goto(entry.path);
        expect(response?.status()).toBe(200);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.title);
        await expect(page.getByText(entry.opening)).toBeVisible();
        await expectSourcesUnlessQuick(page, entry.slug);
        await expect(
          page.getByRole('contentinfo').getByRole('link', { name: /988/ }),
        ).toBeVisible();
        await expectWhereToGoNext(page);
      });
    }
  });
});

test('/learn offers the two-minute version and lists every section of the full guide', async ({
  page,
}) => {
  await page.goto('/learn');
  await expect(page.getByRole('link', { name: 'The two-minute version' })).toHaveAttribute(
    'href',
    '/learn/quick',
  );
  const full = page.getByRole('region', { name: 'The full guide' });
  const sections = full.getByRole('listitem');
  await expect(sections).toHaveCount(guide.length - 1);
  for (const [index, topic] of guide.slice(1).entries()) {
    await expect(sections.nth(index).getByRole('link')).toHaveText(topic.title);
    await expect(sections.nth(index)).toContainText(topic.summary);
  }
  await expectWhereToGoNext(page);
  await expectAccessible(page);
});

test('/learn reads with JavaScript off', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('/learn');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Understand your feelings');
  for (const entry of guide) {
    await expect(
      page.getByRole('main').getByRole('link', { name: entry.title, exact: true }),
    ).toBeVisible();
  }
  await context.close();
});

test('a reader goes from the two-minute version through every section by the Next links, and back to the list', async ({
  page,
}) => {
  await page.goto('/learn');
  await page.getByRole('link', { name: 'The two-minute version' }).click();
  await expect(page).toHaveURL(/\/learn\/quick$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide[0]?.title ?? '');
  const pager = page.getByRole('navigation', { name: 'Guide pages' });
  for (const entry of guide.slice(1)) {
    await pager.getByRole('link', { name: `Next: ${entry.title}` }).click();
    await expect(page).toHaveURL(new RegExp(`${entry.path}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.title);
    await expect(page.locator('.guide-text').getByText(entry.opening)).toBeVisible();
  }
  await expect(pager.getByRole('link', { name: /^Next:/ })).toHaveCount(0);
  await pager.getByRole('link', { name: 'All sections of the guide' }).click();
  await expect(page).toHaveURL(/\/learn$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Understand your feelings');
});

test('a reader can step back with the Previous link', async ({ page }) => {
  const [quick, first] = guide;
  await page.goto(first?.path ?? '/');
  await page
    .getByRole('navigation', { name: 'Guide pages' })
    .getByRole('link', { name: `Previous: ${quick?.title}` })
    .click();
  await expect(page).toHaveURL(/\/learn\/quick$/);
  await expect(page.locator('.guide-text').getByText(quick?.opening ?? '')).toBeVisible();
});

test('an unknown guide page gets the not-found page', async ({ page }) => {
  const response = await page.goto('/learn/no-such-section');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We can’t find that page');
});

test('a note number in the text leads to its source at the end of the section', async ({
  page,
}) => {
  await page.goto('/learn/the-rules');
  const firstNote = page.locator('.guide-text .note-ref').first();
  await expect(firstNote).toHaveAccessibleName('Source 1');
  await firstNote.click();
  await expect(page).toHaveURL(/\/learn\/the-rules#note-1$/);
  const source = page.locator('#note-1');
  await expect(source).toBeInViewport();
  await expect(source).toContainText('American Psychological Association (2017)');
  // No citation is left in brackets in the running text.
  const text = ((await page.locator('.guide-text').textContent()) ?? '').split('Sources')[0] ?? '';
  expect(text).not.toMatch(/\([^()]*, (?:(?:19|20)\d\d|n\.d\.)\)/);
});

test('the warning signs say where to get help with a link, and the leaving page is one step away', async ({
  page,
}) => {
  await page.goto('/learn/warning-signs');
  await page.locator('.guide-text').getByRole('link', { name: 'If it already happened' }).click();
  await expect(page).toHaveURL(/\/learn\/if-it-already-happened$/);
  await expect(
    page.getByRole('heading', { level: 2, name: 'Do not go back to that therapist' }),
  ).toBeVisible();
  await page.goto('/learn/warning-signs');
  await page.locator('.guide-text').getByRole('link', { name: 'leaving a therapist' }).click();
  await expect(page).toHaveURL(/\/learn\/leaving-a-therapist$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Leaving a therapist, and finding a new one',
  );
  await expectAccessible(page);
});

test('on /learn a wrapped section title starts on the line of its list number', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/learn');
  const items = page.getByRole('region', { name: 'The full guide' }).getByRole('listitem');
  const count = await items.count();
  let wrapped = 0;
  for (let i = 0; i < count; i += 1) {
    const { itemTop, firstLine, lastLine } = await items.nth(i).evaluate((item) => {
      const range = document.createRange();
      range.selectNodeContents(item.querySelector('a') as Node);
      const rects = [...range.getClientRects()];
      return {
        itemTop: item.getBoundingClientRect().top,
        firstLine: rects[0]?.top ?? 0,
        lastLine: rects.at(-1)?.top ?? 0,
      };
    });
    if (lastLine > firstLine + 4) wrapped += 1;
    // The list number sits on the item's first line box. An inline-block title makes that
    // line box its last line, so the title must be a block that starts at the item's top.
    expect(firstLine - itemTop).toBeLessThan(16);
    await expect(items.nth(i).getByRole('link')).toHaveCSS('display', 'block');
  }
  expect(wrapped).toBeGreaterThan(0);
  // The widest number fits in the room the list leaves for it (1.5rem clipped "10." to "12.").
  const { room, needed } = await page.locator('.guide-contents').evaluate((list) => {
    const probe = document.createElement('span');
    // Chromium draws an outside number as "12. ", space included.
    probe.textContent = `${list.children.length}. `;
    probe.style.whiteSpace = 'pre';
    list.querySelector('li')?.append(probe);
    const needed = probe.getBoundingClientRect().width;
    probe.remove();
    return { room: Number.parseFloat(getComputedStyle(list).paddingLeft), needed };
  });
  expect(room).toBeGreaterThanOrEqual(needed);
});
