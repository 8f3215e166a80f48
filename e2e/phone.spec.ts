import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { createVaultWithEntry } from './vault-helpers';

/**
 * Every top-level page on a phone, in both languages, with a vault open (so the header carries
 * Lock and the journal its search): nothing wider than the screen, every control big enough
 * to tap, and axe clean.
 */
const PHONE = { width: 390, height: 844 };
const TOP_LEVEL = [
  '/',
  '/learn',
  '/reflect',
  '/notice',
  '/decide',
  '/prepare',
  '/happened',
  '/settings',
  '/safety',
];
const MIN = 44;

test.use({ viewport: PHONE });
// Nine pages, each with an axe scan, plus setting up a vault: room on a busy machine.
test.describe.configure({ timeout: 240_000 });

/** Goes to a page through its link, as a person would, so the open vault stays open. */
async function follow(page: Page, path: string) {
  const link = page.locator(`a[href="${path}"]:visible`).first();
  await link.click();
  await expect(page).toHaveURL((url) => url.pathname === path);
  // The router keeps the last page up while the next one loads; the new page moves focus to
  // its heading once it is shown, so that is when it can be measured.
  await expect(page.locator('main h1')).toBeFocused();
  await page.waitForLoadState('networkidle');
}

/**
 * What is too small to tap, measured with getBoundingClientRect after scrolling each control
 * into view. Buttons, fields, selects, text areas, summaries, and the links that act as
 * controls (exit, language switch, navigation, links drawn as buttons, cards) must be at least
 * 44×44 px themselves. A radio or checkbox is measured with the hit area our CSS gives it: its
 * row (`.choice`, or else its label) must be at least 44×44 px, and its four corners (2 px in)
 * and its center must each land, by elementFromPoint, on the control or inside one of its
 * labels, so a tap anywhere on the row chooses.
 */
function tooSmall(page: Page): Promise<{ measured: number; problems: string[] }> {
  return page.evaluate((min) => {
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${
        el.getAttribute('type') ? `[type=${el.getAttribute('type')}]` : ''
      } “${(el.textContent || el.getAttribute('aria-label') || (el as HTMLInputElement).labels?.[0]?.textContent || '').trim().slice(0, 40)}”`;
    const shown = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const controls = document.querySelectorAll(
      'button, input:not([type="hidden"]), select, textarea, summary, .exit-this-page__button, .language-switch, .site-nav a, a.button, .card__link',
    );
    const problems: string[] = [];
    let measured = 0;
    for (const el of controls) {
      if (!shown(el)) continue;
      measured += 1;
      el.scrollIntoView({ block: 'center' });
      const choice = el.matches('input[type="checkbox"], input[type="radio"]');
      if (choice) {
        const input = el as HTMLInputElement;
        const row = input.closest('.choice') ?? input.labels?.[0];
        if (!row) {
          problems.push(`${name(el)}: no row or label to tap`);
          continue;
        }
        const box = row.getBoundingClientRect();
        const points = [
          [box.left + 2, box.top + 2],
          [box.right - 2, box.top + 2],
          [box.left + 2, box.bottom - 2],
          [box.right - 2, box.bottom - 2],
          [box.left + box.width / 2, box.top + box.height / 2],
        ];
        const labels = [...(input.labels ?? [])];
        const missed = points.filter(([x, y]) => {
          const hit = document.elementFromPoint(x ?? 0, y ?? 0);
          return hit !== input && !labels.some((label) => hit && label.contains(hit));
        });
        if (box.width < min || box.height < min || missed.length > 0) {
          problems.push(
            `${name(el)}: row ${Math.round(box.width)}×${Math.round(box.height)}, ${missed.length} of 5 points miss it`,
          );
        }
        continue;
      }
      // A stretched card link is the card: its tappable area is the card's box.
      const box = (
        el.matches('.card__link') ? (el.closest('.card') ?? el) : el
      ).getBoundingClientRect();
      if (box.width < min - 0.5 || box.height < min - 0.5) {
        problems.push(`${name(el)}: ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    window.scrollTo(0, 0);
    return { measured, problems };
  }, MIN);
}

async function checkPage(page: Page, path: string) {
  const overflow = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scroll: root.scrollWidth, client: root.clientWidth };
  });
  expect
    .soft(overflow.scroll, `${path}: page wider than the screen (${overflow.client} px)`)
    .toBeLessThanOrEqual(overflow.client);
  const { measured, problems } = await tooSmall(page);
  expect.soft(measured, `${path}: controls measured`).toBeGreaterThan(0);
  expect.soft(problems, `${path}: controls under 44×44 px`).toEqual([]);
  await test.step(`${path}: axe`, async () => {
    // Soft, so one page's problem does not hide the next page's.
    try {
      await expectAccessible(page);
    } catch (error) {
      expect.soft(String(error), `${path}: accessibility`).toBe('');
    }
  });
}

/** Lock sits in the header's first row, beside the name and language switch, not alone under the navigation. */
async function expectLockInHeaderRow(page: Page) {
  const header = page.getByRole('banner');
  const name = await header.locator('.site-header__name').boundingBox();
  const lock = await header.locator('.lock-button').boundingBox();
  const nav = await header.getByRole('navigation').boundingBox();
  if (!name || !lock || !nav) throw new Error('header parts missing');
  expect(Math.abs(lock.y + lock.height / 2 - (name.y + name.height / 2))).toBeLessThan(8);
  expect(lock.y + lock.height).toBeLessThanOrEqual(nav.y);
  expect(lock.x + lock.width).toBeLessThanOrEqual(PHONE.width);
}

test('every top-level page fits a phone, with controls big enough to tap (English)', async ({
  page,
}) => {
  await createVaultWithEntry(page);
  await expectLockInHeaderRow(page);
  for (const path of TOP_LEVEL) {
    await follow(page, path);
    await checkPage(page, path);
  }
  await expectLockInHeaderRow(page);
});

test('every top-level page fits a phone, with controls big enough to tap (Spanish)', async ({
  page,
}) => {
  await createVaultWithEntry(page);
  await page.getByRole('link', { name: 'Español' }).click();
  await expect(page).toHaveURL(/\/es\//);
  for (const path of TOP_LEVEL) {
    await follow(page, path === '/' ? '/es' : `/es${path}`);
    await checkPage(page, path === '/' ? '/es' : `/es${path}`);
  }
  await expectLockInHeaderRow(page);
});
