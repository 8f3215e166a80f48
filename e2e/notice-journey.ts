import type { Locator, Page } from '@playwright/test';

/*
 * The scripted Notice journey shared by e2e/notice.spec.ts and
 * bench/notice-journey.bench.ts: six weekly sessions that drift, logged on a
 * phone, counting every tap (each link, button, radio and tick box pressed).
 * Typing into a field is counted apart, as fields typed.
 * Only Playwright's own API is used here, so the bench can run it outside the test runner.
 */

export interface JourneySession {
  date: string;
  start: string;
  actual: string;
  fee?: 'Less than usual' | 'Nothing: the fee was waived';
  contacts?: string;
  touch?: 'A handshake' | 'A hug' | 'Other touch';
  /** Signs ticked under "Did anything else happen?". */
  signs?: string[];
}

export const SPECIAL = 'They said I am special, not like their other clients';

/** Six weekly sessions that drift: longer, later, the fee waived, texting, hugs, a sign that recurs. */
export const driftingWeeks: JourneySession[] = [
  { date: '2025-01-06', start: '14:00', actual: '50' },
  { date: '2025-01-13', start: '14:00', actual: '50' },
  { date: '2025-01-20', start: '17:30', actual: '62', contacts: '1', touch: 'A hug' },
  {
    date: '2025-01-27',
    start: '18:30',
    actual: '70',
    fee: 'Nothing: the fee was waived',
    contacts: '3',
    touch: 'A hug',
    signs: [SPECIAL],
  },
  {
    date: '2025-02-03',
    start: '19:00',
    actual: '80',
    fee: 'Nothing: the fee was waived',
    contacts: '6',
    touch: 'A hug',
    signs: [SPECIAL],
  },
  {
    date: '2025-02-10',
    start: '19:30',
    actual: '90',
    fee: 'Nothing: the fee was waived',
    contacts: '9',
    touch: 'A hug',
  },
];

export const JOURNEY_PASSPHRASE = 'quiet garden morning walk';

export interface Effort {
  taps: number;
  typed: number;
  /** The form's height in phone screens, with everything the session needed open. */
  screens: number;
}

/** As e2e's open(): the first visit's offer is put away before anything else is tapped. */
export async function dismissFirstVisit(page: Page) {
  await page.waitForLoadState('networkidle');
  const first = await page.evaluate(() =>
    document.documentElement.classList.contains('first-visit'),
  );
  if (!first) return;
  const later = page.locator('.first-visit-offer button');
  await later.click();
  await later.waitFor({ state: 'hidden' });
}

const setsIfNeeded = async (field: Locator, value: string, effort: Effort) => {
  if ((await field.inputValue()) === value) return;
  await field.fill(value);
  effort.typed++;
};

/** Ticks a radio or box by its label, as a tap or a click, and makes sure it took. */
export async function pressLabel(input: Locator, how: 'tap' | 'click' = 'click') {
  const id = await input.getAttribute('id');
  const label = input.page().locator(`label[for="${id}"]`);
  await (how === 'tap' ? label.tap() : label.click());
  if (!(await input.isChecked())) throw new Error(`#${id} is not checked after pressing its label`);
}

/** Sets up the vault when the first save asks for a passphrase. Not counted: it happens once. */
export async function choosePassphraseIfAsked(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Choose a passphrase' });
  await dialog.getByLabel('Passphrase', { exact: true }).fill(JOURNEY_PASSPHRASE);
  const again = dialog.getByLabel('Type the passphrase again');
  if (await again.count()) await again.fill(JOURNEY_PASSPHRASE);
  await dialog.getByRole('button', { name: 'Set passphrase and continue' }).click();
  await dialog.waitFor({ state: 'hidden', timeout: 20_000 });
}

/**
 * Logs one session from the session log's page, the way a person on a phone
 * would: only what differs from the form's defaults (today's date, the last
 * session's start and length) is changed. Returns the taps and fields typed,
 * ending when the log shows "Session saved.". `first` sets up the vault on the way.
 */
export async function logSession(page: Page, s: JourneySession, first = false): Promise<Effort> {
  const effort: Effort = { taps: 0, typed: 0, screens: 0 };
  const tap = async (target: Locator) => {
    await target.tap();
    effort.taps++;
  };
  // A person taps the option's words: the label covers its row (44 px), the input inside it.
  const check = async (target: Locator) => {
    await pressLabel(target, 'tap');
    effort.taps++;
  };
  await tap(page.getByRole('link', { name: 'Log a session' }));
  await page.getByRole('heading', { level: 1, name: 'Log a session' }).waitFor();
  await setsIfNeeded(page.getByLabel('Date of the session'), s.date, effort);
  await setsIfNeeded(page.getByLabel('Start time'), s.start, effort);
  await setsIfNeeded(page.getByLabel('Planned length, in minutes'), '50', effort);
  await setsIfNeeded(page.getByLabel('Actual length, in minutes'), s.actual, effort);
  if (s.fee) await check(page.getByRole('group', { name: 'What did you pay?' }).getByLabel(s.fee));
  if (s.contacts) {
    await setsIfNeeded(page.getByLabel(/how many times were you in touch/), s.contacts, effort);
  }
  if (s.touch) {
    await check(
      page
        .getByRole('group', { name: 'Was there any physical contact?' })
        .getByLabel(s.touch, { exact: true }),
    );
  }
  if (s.signs?.length) {
    await check(
      page
        .getByRole('group', { name: 'Did anything else happen?' })
        .getByLabel('Yes', { exact: true }),
    );
    for (const sign of s.signs) await check(page.getByLabel(sign));
  }
  // The form alone: the header, any prompt above it and the footer are not the form's doing.
  effort.screens = await page.evaluate(() => {
    const form = document.querySelector('form.session-form');
    const height = form ? form.getBoundingClientRect().height : Number.NaN;
    return Math.round((height / window.innerHeight) * 10) / 10;
  });
  await tap(page.getByRole('button', { name: 'Save session' }));
  if (first) await choosePassphraseIfAsked(page);
  if (s.signs?.length) {
    // A session with a sign is followed by two short questions; a person in a hurry skips them.
    await page
      .getByRole('heading', { level: 1, name: 'A moment to think about this session' })
      .waitFor();
    await tap(page.getByRole('button', { name: 'Skip for now' }));
  }
  await page.getByRole('status').filter({ hasText: 'Session saved.' }).waitFor();
  return effort;
}
