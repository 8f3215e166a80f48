import type { Page } from '@playwright/test';
import { expect, expectAccessible, open, test } from './fixtures';
import { driftingWeeks, logSession, pressLabel } from './notice-journey';

const PASSPHRASE = 'quiet garden morning walk';

/** The vault asks for a passphrase the first time something is saved. */
async function choosePassphrase(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Choose a passphrase' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await dialog.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  const again = dialog.getByLabel('Type the passphrase again');
  if (await again.count()) await again.fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Set passphrase and continue' }).click();
  await expect(dialog).toBeHidden({ timeout: 15_000 });
}

interface LoggedSession {
  date: string;
  start: string;
  planned: string;
  actual: string;
  fee?: 'The usual fee' | 'Less than usual' | 'Nothing: the fee was waived';
  contacts?: string;
  touch?: 'None' | 'A handshake' | 'A hug' | 'Other touch';
  signs?: string[];
}

async function fillSession(page: Page, s: LoggedSession) {
  await page.getByLabel('Date of the session').fill(s.date);
  await page.getByLabel('Start time').fill(s.start);
  await page.getByLabel('Planned length, in minutes').fill(s.planned);
  await page.getByLabel('Actual length, in minutes').fill(s.actual);
  await pressLabel(
    page.getByRole('group', { name: 'What did you pay?' }).getByLabel(s.fee ?? 'The usual fee'),
  );
  await page.getByLabel(/how many times were you in touch/).fill(s.contacts ?? '');
  await pressLabel(
    page
      .getByRole('group', { name: 'Was there any physical contact?' })
      .getByLabel(s.touch ?? 'None', { exact: true }),
  );
  if (s.signs?.length) {
    await pressLabel(
      page
        .getByRole('group', { name: 'Did anything else happen?' })
        .getByLabel('Yes', { exact: true }),
    );
    for (const sign of s.signs) await pressLabel(page.getByLabel(sign));
  }
}

const special = 'They said I am special, not like their other clients';

/** Six weekly sessions that drift: longer, later, the fee waived, texting, hugs. */
const drifting: LoggedSession[] = [
  { date: '2025-01-06', start: '14:00', planned: '50', actual: '50' },
  { date: '2025-01-13', start: '14:00', planned: '50', actual: '50' },
  {
    date: '2025-01-20',
    start: '17:30',
    planned: '50',
    actual: '62',
    contacts: '1',
    touch: 'A hug',
  },
  {
    date: '2025-01-27',
    start: '18:30',
    planned: '50',
    actual: '70',
    fee: 'Nothing: the fee was waived',
    contacts: '3',
    touch: 'A hug',
    signs: [special],
  },
  {
    date: '2025-02-03',
    start: '19:00',
    planned: '50',
    actual: '80',
    fee: 'Nothing: the fee was waived',
    contacts: '6',
    touch: 'A hug',
    signs: [special],
  },
  {
    date: '2025-02-10',
    start: '19:30',
    planned: '50',
    actual: '90',
    fee: 'Nothing: the fee was waived',
    contacts: '9',
    touch: 'A hug',
  },
];

test('six sessions that drift are logged, and every drift is named with its sessions', async ({
  page,
}) => {
  // Six saves, the passphrase's Argon2id and seven accessibility scans: slow on a busy machine.
  test.setTimeout(240_000);
  await open(page, '/notice');
  await expect(page.getByRole('heading', { name: 'No sessions logged yet' })).toBeVisible();
  await expectAccessible(page);

  for (const [i, session] of drifting.entries()) {
    await page.getByRole('link', { name: 'Log a session' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log a session');
    if (i === 0) await expectAccessible(page);
    await fillSession(page, session);
    await page.getByRole('button', { name: 'Save session' }).click();
    if (i === 0) await choosePassphrase(page);

    if (session.signs?.length) {
      // A session with a sign is followed by the short reflection, saved with it.
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        'A moment to think about this session',
      );
      await expectAccessible(page);
      if (i === 3) {
        await pressLabel(page.getByLabel('More like a friendship'));
        await pressLabel(page.getByLabel('My therapist’s'));
        await page.getByRole('button', { name: 'Save', exact: true }).click();
      } else {
        await page.getByRole('button', { name: 'Skip for now' }).click();
      }
    }
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Notice: your session log');
    await expect(page.getByRole('status').filter({ hasText: 'Session saved.' })).toBeVisible();
  }

  await expect(page.getByText('6 sessions logged.')).toBeVisible();
  const findings = page.getByRole('region', { name: 'What stands out' });
  // One card per theme, the three most serious first; the rest behind "Show all".
  const cards = findings.getByRole('listitem').filter({ has: page.locator('.finding__theme') });
  await expect(cards.locator('.finding__theme')).toHaveText([
    'Favors',
    'Later or elsewhere',
    'Touch',
  ]);
  await expect(
    findings.getByText('Sessions ran a little longer each time', { exact: false }),
  ).toBeVisible();
  await findings.getByRole('button', { name: 'Show all: 2 more' }).click();
  await expect(cards.locator('.finding__theme')).toHaveText([
    'Favors',
    'Later or elsewhere',
    'Touch',
    'Contact outside therapy',
    'Said I am special',
  ]);
  await expect(findings.getByRole('button', { name: 'Show only the first three' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  const favors = cards.filter({ hasText: 'Favors' });
  for (const sentence of [
    '4 sessions ran 10 minutes or more past the planned time. The longest ran 40 minutes over.',
    'Sessions ran a little longer each time, up to 40 minutes past the planned time.',
    'Your fee was waived for 3 sessions.',
  ]) {
    await expect(favors.getByText(sentence, { exact: true })).toBeVisible();
  }
  for (const sentence of [
    '4 sessions started at 5 pm or later, later than any session before them. The latest started at 7:30 pm.',
    'Before 4 sessions, you were in touch with your therapist about more than scheduling: 19 times in all.',
    'There was a hug or other touch at 4 sessions. Touch is becoming a habit.',
    `You noted “${special}” in 2 sessions.`,
  ]) {
    await expect(findings.getByText(sentence, { exact: true })).toBeVisible();
  }

  // Each finding lists the sessions behind it.
  await favors.getByText('The 4 sessions behind this').click();
  await expect(favors.getByRole('link')).toHaveText([
    'Mon, Jan 20, 2025',
    'Mon, Jan 27, 2025',
    'Mon, Feb 3, 2025',
    'Mon, Feb 10, 2025',
  ]);

  // The two trend charts, each described in words, then the timeline, and the same data as a table.
  const timeline = page.getByRole('region', { name: 'Timeline', exact: true });
  await expect(
    timeline.getByRole('img', { name: 'Minutes over the planned time' }),
  ).toHaveAccessibleDescription(
    'Jan 6: on time, Jan 13: on time, Jan 20: 12 min over, Jan 27: 20 min over, Feb 3: 30 min over, and Feb 10: 40 min over. 4 sessions ran 10 minutes or more over.',
  );
  await expect(timeline.getByRole('img', { name: 'Start time' })).toHaveAccessibleDescription(
    /Feb 10: 7:30 pm\. 4 started at 5 pm or later\.$/,
  );
  await expect(timeline.getByRole('img', { name: /Timeline chart of 6 sessions/ })).toBeVisible();
  await timeline.getByText('Show the timeline as a table').click();
  const table = timeline.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(7);
  await expect(table.getByRole('row', { name: /Feb 10, 2025/ })).toContainText(
    '90 min (planned 50)',
  );
  await expectAccessible(page);

  // A logged session opens as what was recorded, the reflection kept with it; Edit opens the form.
  await page
    .getByRole('region', { name: 'Your sessions' })
    .getByRole('link', { name: 'Mon, Jan 27, 2025' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A logged session');
  const recorded = page.locator('.session-summary');
  await expect(recorded).toContainText('Length70 min (planned 50)');
  await expect(recorded).toContainText(
    'Signs in these answersFavors, Touch, and Contact outside therapy',
  );
  await expect(recorded).toContainText(`Anything else${special}`);
  await expect(recorded).toContainText(
    'How it feltMore like a friendship. Needs at the center: my therapist’s.',
  );
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Edit this session' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edit a session');
  await expect(page.getByLabel('Actual length, in minutes')).toHaveValue('70');
  await expect(
    page
      .getByRole('group', { name: 'Did anything else happen?' })
      .getByLabel('Yes', { exact: true }),
  ).toBeChecked();
  await expect(page.getByLabel(special)).toBeChecked();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'A moment to think about this session' }).click();
  await expect(page.getByLabel('More like a friendship')).toBeChecked();
  await expect(page.getByLabel('My therapist’s')).toBeChecked();
});

test('impossible values are named next to their fields, and nothing is saved', async ({ page }) => {
  await open(page, '/notice/new');
  await page.getByLabel('Date of the session').fill('2099-01-01');
  await page.getByLabel('Start time').fill('14:00');
  await page.getByLabel('Planned length, in minutes').fill('50');
  await page.getByLabel('Actual length, in minutes').fill('-5');
  await page.getByLabel(/how many times were you in touch/).fill('two');
  await page.getByRole('button', { name: 'Save session' }).click();

  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    'The date of the session must be today or in the past',
    'The actual length cannot be less than zero',
    'Enter the number of contacts as a number, like 2, or leave it empty',
  ]);
  await expect(page.getByLabel('Date of the session')).toHaveAccessibleDescription(
    /The date of the session must be today or in the past/,
  );
  await expect(page.getByLabel('Actual length, in minutes')).toHaveAccessibleDescription(
    /The actual length cannot be less than zero/,
  );
  // Nothing was saved: the vault never asked for a passphrase.
  await expect(page.getByRole('dialog')).toBeHidden();
  await expectAccessible(page);

  await summary.getByRole('link', { name: 'The actual length cannot be less than zero' }).click();
  await expect(page.getByLabel('Actual length, in minutes')).toBeFocused();

  await page.getByLabel('Actual length, in minutes').fill('1441');
  await page.getByRole('button', { name: 'Save session' }).click();
  await expect(
    page.getByText('The actual length must be 1,440 minutes (24 hours) or less').first(),
  ).toBeVisible();
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('a mistake while editing changes nothing already saved', async ({ page }) => {
  // The passphrase's Argon2id and two accessibility scans.
  test.setTimeout(90_000);
  await open(page, '/notice/new');
  await fillSession(page, { date: '2025-03-03', start: '10:00', planned: '50', actual: '50' });
  await page.getByRole('button', { name: 'Save session' }).click();
  await choosePassphrase(page);
  await expect(page.getByText('One session logged.')).toBeVisible();

  await page.getByRole('link', { name: 'Mon, Mar 3, 2025' }).click();
  await page.getByRole('link', { name: 'Edit this session' }).click();
  await page.getByLabel('Actual length, in minutes').fill('3000');
  await page.getByLabel('Date of the session').fill('');
  await page.getByRole('button', { name: 'Save session' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Back to the session' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A logged session');
  await expect(page.locator('.session-summary')).toContainText('Length50 min');
  await page.getByRole('link', { name: 'Back to the session log' }).click();
  await expect(page.getByText('One session logged.')).toBeVisible();
  await expect(page.getByText('Started 10:00 am, 50 minutes. No signs noted.')).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test('a session with nothing to note takes two taps once the log is open', async ({ page }) => {
    await open(page, '/notice/new');
    await fillSession(page, { date: '2025-03-03', start: '16:15', planned: '45', actual: '45' });
    await page.getByRole('button', { name: 'Save session' }).click();
    await choosePassphrase(page);

    const started = Date.now();
    await page.getByRole('link', { name: 'Log a session' }).tap();
    // Today's date and the usual start and length are already filled in.
    await expect(page.getByLabel('Start time')).toHaveValue('16:15');
    await expect(page.getByLabel('Planned length, in minutes')).toHaveValue('45');
    await expect(page.getByLabel('Actual length, in minutes')).toHaveValue('45');
    await page.getByRole('button', { name: 'Save session' }).tap();
    await expect(page.getByText('2 sessions logged.')).toBeVisible();
    expect(Date.now() - started).toBeLessThan(60_000);
    await expect(page.getByText('No pattern stands out so far.', { exact: false })).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe('on a phone, 390 × 844', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('six sessions in the scripted journey: few taps for a session where something happened, one finding per theme, the grid at the newest', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await open(page, '/notice');
    const efforts = [];
    for (const [i, week] of driftingWeeks.entries()) {
      efforts.push(await logSession(page, week, i === 0));
      if (i === 0) await expectAccessible(page);
    }
    // Week 5: a waived fee, six contacts, a hug, and a sign under "Did anything else happen?".
    const eventful = efforts[4];
    // Log a session, fee, hug, Yes, the sign, Save, Skip: seven taps (the old form took about 18).
    expect(eventful?.taps).toBe(7);
    // Date, start, actual length and contacts differ from the defaults.
    expect(eventful?.typed).toBe(4);
    // The form, with the other signs open, is under four and a half phone screens (the old
    // form with every sign was about five).
    expect(eventful?.screens).toBeLessThan(4.5);
    // An uneventful week: Log a session and Save.
    expect(efforts[1]?.taps).toBe(2);

    await expect(page.getByText('6 sessions logged.')).toBeVisible();
    const findings = page.getByRole('region', { name: 'What stands out' });
    await findings.getByRole('button', { name: 'Show all: 2 more' }).tap();
    const themes = await findings.locator('.finding__theme').allTextContents();
    expect(themes).toHaveLength(5);
    expect(new Set(themes).size).toBe(themes.length);

    const timeline = page.getByRole('region', { name: 'Timeline', exact: true });
    for (const name of ['Minutes over the planned time', 'Start time']) {
      const chart = timeline.getByRole('img', { name });
      await chart.scrollIntoViewIfNeeded();
      const box = await chart.boundingBox();
      expect(box?.width).toBeGreaterThan(300);
      expect(box?.width).toBeLessThanOrEqual(390);
    }

    // The grid opens at its right end, where the newest sessions are, with a cue to scroll back.
    const grid = timeline.getByRole('region', { name: /Timeline chart\. Scroll sideways/ });
    await grid.scrollIntoViewIfNeeded();
    const scroll = await grid.evaluate((el) => ({
      left: el.scrollLeft,
      width: el.clientWidth,
      total: el.scrollWidth,
    }));
    expect(scroll.total).toBeGreaterThan(scroll.width);
    expect(scroll.left + scroll.width).toBeGreaterThanOrEqual(scroll.total - 1);
    await expect(timeline.getByText('← Scroll sideways for earlier sessions')).toBeVisible();
    await expect(
      timeline.getByText('Oldest on the left, newest on the right.', { exact: false }),
    ).toBeVisible();
    // The newest date is in view; the oldest is scrolled off to the left.
    const gridBox = await grid.boundingBox();
    const dateBox = async (label: string) =>
      grid.locator('text.tl-axis', { hasText: label }).boundingBox();
    const newest = await dateBox('Feb 10');
    const oldest = await dateBox('Jan 6');
    expect(newest && gridBox && newest.x + newest.width <= gridBox.x + gridBox.width + 1).toBe(
      true,
    );
    expect(oldest && gridBox && oldest.x < gridBox.x).toBe(true);

    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page);
  });
});
