import type { Page } from '@playwright/test';
import { guideFolder, readGuideFolder } from '../src/core/guide/guide-content';
import { proseOf, sentencesOf } from '../src/core/guide/readability';
import { expect, expectAccessible, nextParts, test } from './fixtures';

/** The Spanish guide, read from its content files, and the English titles it must not show. */
const englishTitles = readGuideFolder(guideFolder(process.cwd(), 'en')).map(
  ({ meta }) => meta.title,
);
const guide = readGuideFolder(guideFolder(process.cwd(), 'es')).map(({ meta, body }) => ({
  ...meta,
  path: `/es/learn/${meta.slug}`,
  /** The page's first sentence, as a reader sees it. */
  opening: sentencesOf(proseOf(body).split('\n')[0] ?? '')[0] ?? '',
}));

async function expectSpanish(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
}

async function expectWhereToGoNextInSpanish(page: Page) {
  const next = page.getByRole('region', { name: 'Adónde ir después' });
  const { shown, hidden } = nextParts(new URL(page.url()).pathname);
  for (const part of shown) await expect(next.locator(`a[href="/es/${part}"]`)).toHaveCount(1);
  for (const part of hidden) await expect(next.locator(`a[href="/es/${part}"]`)).toHaveCount(0);
}

test('the Spanish guide has all thirteen pages, none titled in English', () => {
  expect(guide).toHaveLength(13);
  for (const entry of guide) expect(englishTitles).not.toContain(entry.title);
});

/** Every section ends with its numbered sources; the two-minute version has none. */
async function expectSourcesUnlessQuick(page: Page, slug: string) {
  const sources = page.getByRole('heading', { name: 'Fuentes' });
  if (slug === 'quick') await expect(sources).toHaveCount(0);
  else await expect(sources).toBeVisible();
}

for (const entry of guide) {
  test(`${entry.path} reads in Spanish with JavaScript on, is accessible and ends with where to go next`, async ({
    page,
  }) => {
    await page.goto(entry.path);
    await expectSpanish(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.title);
    await expect(page).toHaveTitle('Terrarium · Lectura');
    await expect(page.locator('.guide-text').getByText(entry.opening)).toBeVisible();
    await expectSourcesUnlessQuick(page, entry.slug);
    await expect(page.getByRole('contentinfo').getByRole('link', { name: /988/ })).toBeVisible();
    await expectWhereToGoNextInSpanish(page);
    // Hydration keeps the prerendered page: one heading, one copy of the text.
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('.guide-text')).toHaveCount(1);
    await expectAccessible(page);
  });
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('every Spanish guide page reads in Spanish: heading, opening, sources, help, where to go next and the pager', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    for (const entry of guide) {
      await test.step(entry.path, async () => {
        const response = await page.goto(entry.path);
        expect(response?.status()).toBe(200);
        await expectSpanish(page);
        await expect(page).toHaveTitle('Terrarium · Lectura');
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.title);
        await expect(page.getByText(entry.opening)).toBeVisible();
        await expectSourcesUnlessQuick(page, entry.slug);
        await expect(
          page.getByRole('contentinfo').getByRole('link', { name: /988/ }),
        ).toBeVisible();
        await expectWhereToGoNextInSpanish(page);
        const pager = page.getByRole('navigation', { name: 'Páginas de la guía' });
        await expect(
          pager.getByRole('link', { name: 'Todas las secciones de la guía' }),
        ).toHaveAttribute('href', '/es/learn');
      });
    }
  });
});

test('/es/learn offers the two-minute version and lists every section of the Spanish guide', async ({
  page,
}) => {
  await page.goto('/es/learn');
  await expectSpanish(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Entiende lo que sientes');
  await expect(page.getByRole('link', { name: guide[0]?.title ?? '' })).toHaveAttribute(
    'href',
    '/es/learn/quick',
  );
  const full = page.getByRole('region', { name: 'La guía completa' });
  const sections = full.getByRole('listitem');
  await expect(sections).toHaveCount(guide.length - 1);
  for (const [index, topic] of guide.slice(1).entries()) {
    await expect(sections.nth(index).getByRole('link')).toHaveText(topic.title);
    await expect(sections.nth(index).getByRole('link')).toHaveAttribute('href', topic.path);
    await expect(sections.nth(index)).toContainText(topic.summary);
  }
  await expectWhereToGoNextInSpanish(page);
  await expectAccessible(page);
});

test('/es/learn reads in Spanish with JavaScript off', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('/es/learn');
  await expectSpanish(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Entiende lo que sientes');
  for (const entry of guide) {
    await expect(
      page.getByRole('main').getByRole('link', { name: entry.title, exact: true }),
    ).toHaveAttribute('href', entry.path);
  }
  await context.close();
});

test('a reader goes through the whole Spanish guide by the Siguiente links, and back to the list', async ({
  page,
}) => {
  await page.goto('/es/learn');
  await page.getByRole('link', { name: guide[0]?.title ?? '' }).click();
  await expect(page).toHaveURL(/\/es\/learn\/quick$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide[0]?.title ?? '');
  const pager = page.getByRole('navigation', { name: 'Páginas de la guía' });
  for (const [index, entry] of guide.slice(1).entries()) {
    await pager.getByRole('link', { name: `Siguiente: ${entry.title}` }).click();
    await expect(page).toHaveURL(new RegExp(`${entry.path}$`));
    await expectSpanish(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.title);
    await expect(page).toHaveTitle('Terrarium · Lectura');
    await expect(page.locator('.guide-text').getByText(entry.opening)).toBeVisible();
    await expect(
      pager.getByRole('link', { name: `Anterior: ${guide[index]?.title}` }),
    ).toHaveAttribute('href', guide[index]?.path ?? '');
  }
  await expect(pager.getByRole('link', { name: /^Siguiente:/ })).toHaveCount(0);
  await pager.getByRole('link', { name: 'Todas las secciones de la guía' }).click();
  await expect(page).toHaveURL(/\/es\/learn$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Entiende lo que sientes');
});

test('switching language on a guide page shows the same page in the other language', async ({
  page,
}) => {
  const english = readGuideFolder(guideFolder(process.cwd(), 'en')).find(
    ({ meta }) => meta.slug === 'the-rules',
  );
  const spanish = guide.find((entry) => entry.slug === 'the-rules');
  await page.goto('/es/learn/the-rules');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(spanish?.title ?? '');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/learn\/the-rules$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(english?.meta.title ?? '');
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await page.getByRole('link', { name: 'Español' }).click();
  await expect(page).toHaveURL(/\/es\/learn\/the-rules$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(spanish?.title ?? '');
  await expect(page.locator('.guide-text').getByText(spanish?.opening ?? '')).toBeVisible();
});

test('the pages people look for read in Spanish, with Spanish notes and links that stay in Spanish', async ({
  page,
}) => {
  const slugs = [
    'boundaries',
    'therapy-by-video',
    'leaving-a-therapist',
    'what-a-board-does',
    'other-routes',
  ];
  for (const slug of slugs) {
    await page.goto(`/es/learn/${slug}`);
    await expectSpanish(page);
    await expect(page.locator('.guide-text .note-ref').first()).toHaveAccessibleName('Fuente 1');
    const hrefs = await page
      .locator('.guide-text a[href^="/"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    for (const href of hrefs) expect(href).toMatch(/^\/es\//);
  }
  await page.goto('/es/learn/warning-signs');
  await page.locator('.guide-text').getByRole('link', { name: 'Si ya pasó' }).click();
  await expect(page).toHaveURL(/\/es\/learn\/if-it-already-happened$/);
  await expect(
    page.getByRole('heading', { level: 2, name: 'No vuelvas con esa persona' }),
  ).toBeVisible();
});
