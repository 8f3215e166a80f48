import type { Page } from '@playwright/test';
import { expect, expectAccessible, open, test } from './fixtures';

// Long journeys with an accessibility scan on every page, on a machine shared with other runs.
test.describe.configure({ timeout: 180_000 });

const PASSPHRASE = 'quiet garden morning walk';

/** The vault asks for a passphrase the first time something is saved. */
async function choosePassphrase(page: Page, scan = false) {
  const dialog = page.getByRole('dialog', { name: 'Choose a passphrase' });
  await expect(dialog).toBeVisible();
  if (scan) await expectAccessible(page);
  await dialog.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Set passphrase and continue' }).click();
  await expect(dialog).toBeHidden({ timeout: 15_000 });
}

async function expectQuestion(page: Page, step: number, question: string, scan = true) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(question);
  await expect(page.getByText(`Question ${step} of 6`)).toBeVisible();
  if (scan) await expectAccessible(page);
}

/** Answers the six prompts, one page each, skipping the third; `scan` runs axe on every page. */
async function answerReflection(page: Page, scan: boolean) {
  await open(page, '/reflect');
  if (scan) await expectAccessible(page);
  await page.getByRole('link', { name: 'Start a guided reflection' }).click();

  await expectQuestion(page, 1, 'What is it about your therapist that draws you?', scan);
  await page.getByLabel('How they listen').check();
  await page.getByLabel('How safe they make me feel').check();
  await page.getByLabel('In your own words (optional)').fill('She remembers the small things.');
  await page.getByRole('button', { name: 'Continue' }).click();

  await expectQuestion(
    page,
    2,
    'Was there a moment in therapy when you first noticed these feelings?',
    scan,
  );
  await page.getByLabel('The day, if you remember it (optional)').fill('2024-09-12');
  await page.getByLabel('What happened? (optional)').fill('The session after my exam.');
  await page.getByRole('button', { name: 'Continue' }).click();

  await expectQuestion(
    page,
    3,
    'Has your therapist said or done anything suggestive that set off these feelings?',
    scan,
  );
  await page.getByRole('button', { name: 'Skip this question' }).click();

  await expectQuestion(
    page,
    4,
    'Would you feel comfortable raising these feelings with your therapist?',
    scan,
  );
  await page.getByLabel('It would be awkward or embarrassing, but that is all').check();
  await page.getByRole('button', { name: 'Continue' }).click();

  await expectQuestion(
    page,
    5,
    'Gut check: does anything about your therapist make you uncomfortable, or stop you?',
    scan,
  );
  await page.getByLabel('No', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();

  await expectQuestion(page, 6, 'Is there anything else you want to write down?', scan);
  await page.getByLabel('Your words (optional)').fill('Maybe bring it up on Thursday.');
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your reflection');
}

async function saveReflection(page: Page, scan: boolean) {
  await page.getByRole('button', { name: 'Save to my journal' }).click();
  await choosePassphrase(page, scan);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your reflection is saved');
}

test('a guided reflection is answered one question per page, checked, changed and saved', async ({
  page,
}) => {
  await answerReflection(page, true);
  const summary = page.locator('.summary-list');
  await expect(summary).toContainText('How they listen');
  await expect(summary).toContainText('September 12, 2024');
  await expect(summary).toContainText('Skipped');
  await expect(summary).toContainText('No');
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Change your answer to “Gut check”' }).click();
  await expectQuestion(
    page,
    5,
    'Gut check: does anything about your therapist make you uncomfortable, or stop you?',
    false,
  );
  await expect(page.getByLabel('No', { exact: true })).toBeChecked();
  await page.getByLabel('I’m not sure').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your reflection');
  await expect(summary).toContainText('I’m not sure');

  await saveReflection(page, true);
  await expectAccessible(page);
  await expect(
    page.getByRole('link', { name: 'Use these answers in the decision aid' }),
  ).toHaveAttribute('href', '/decide');

  await page.getByRole('link', { name: 'Read it in your journal' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Journal entry');
  await expect(page.getByText(/^Written on /)).toBeVisible();
  await expect(page.getByText('She remembers the small things.')).toBeVisible();
  await expect(page.getByText('I’m not sure')).toBeVisible();
  await expectAccessible(page);
});

test('a saved reflection is found by search, whatever the case, and edited with its earlier version kept', async ({
  page,
}) => {
  await answerReflection(page, false);
  await saveReflection(page, false);
  await page.getByRole('link', { name: 'Go to your journal' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your journal');
  await expect(page.getByRole('status')).toHaveText('You have 1 entry.');

  const search = page.getByRole('searchbox', { name: 'Search your journal' });
  await search.fill('SMALL things');
  await expect(page.getByRole('status')).toHaveText('1 entry matches your search.');
  await expect(page.locator('mark')).toHaveText('small things');
  // Enter (Search on a phone's keyboard) takes focus to the results, whose heading is read
  // with their count; without it they can sit hidden under the keyboard.
  const results = page.getByRole('heading', { level: 3, name: 'Search results' });
  await expect(results).not.toBeFocused();
  await search.press('Enter');
  await expect(results).toBeFocused();
  await expect(results).toHaveAccessibleDescription('1 entry matches your search.');
  await expectAccessible(page);
  await search.fill('zebra');
  await expect(page.getByRole('status')).toHaveText('No entries match your search.');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(results).toBeFocused();
  await expect(results).toHaveAccessibleDescription('No entries match your search.');
  await search.fill('thursday');
  await page.locator('.entry-list__link').click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Journal entry');
  await expect(
    page.getByText('This entry has not been changed since it was written.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Change this entry' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Change this entry');
  await expectAccessible(page);
  await page.getByLabel('Your words (optional)').fill('I told her on Thursday. It went well.');
  await page.getByRole('button', { name: 'Save changes' }).click();

  await expect(page.getByRole('status')).toHaveText(
    'Your changes are saved. The earlier version is kept below.',
  );
  await expect(page.getByText('I told her on Thursday. It went well.')).toBeVisible();
  await expect(page.getByText(/Last changed on /)).toBeVisible();
  const earlier = page.locator('.versions details');
  await expect(earlier).toHaveCount(1);
  await expect(earlier.locator('summary')).toHaveText(/^Version written on \w+ \d+, \d{4} at /);
  await expect(earlier.getByText('Maybe bring it up on Thursday.')).toBeHidden();
  await earlier.locator('summary').click();
  await expect(earlier.getByText('Maybe bring it up on Thursday.')).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Back to your journal' }).click();
  await search.fill('went well');
  await expect(page.getByRole('status')).toHaveText('1 entry matches your search.');
  await search.fill('bring it up');
  await expect(page.getByRole('status')).toHaveText('No entries match your search.');
});

test('every question can be skipped, and a reflection with no answers has nothing to save', async ({
  page,
}) => {
  await open(page, '/reflect/guided/1');
  for (let step = 1; step <= 6; step++) {
    await expect(page.getByText(`Question ${step} of 6`)).toBeVisible();
    await page.getByRole('button', { name: 'Skip this question' }).click();
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your reflection');
  await expect(page.getByText(/You skipped every question/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save to my journal' })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(page.getByText('Question 6 of 6')).toBeVisible();
});

test('a first moment after today is refused with an error that links to the field', async ({
  page,
}) => {
  await open(page, '/reflect/guided/2');
  await page.getByLabel('The day, if you remember it (optional)').fill('2999-01-01');
  await page.getByRole('button', { name: 'Continue' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('The day must be today or in the past');
  await expectAccessible(page);
  await summary.getByRole('link').click();
  await expect(page.getByLabel('The day, if you remember it (optional)')).toBeFocused();
});

test('a 100 KB free entry with emoji, right-to-left text and pasted HTML is kept and shown as plain text', async ({
  page,
}) => {
  const alerts: string[] = [];
  page.on('dialog', (dialog) => {
    alerts.push(dialog.message());
    void dialog.dismiss();
  });
  const html = '<img src=x onerror=alert(1)><b>bold</b>';
  const opening = `${html}\nשלום, אני כותבת מימין לשמאל\n🌱👩🏽‍⚕️💬`;
  const body = `${opening}\n${'All of this is mine to write. '.repeat(3500)}\nThe end.`;
  expect(body.length).toBeGreaterThan(100_000);

  await open(page, '/reflect');
  await page.getByRole('link', { name: 'Write a free entry' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Write a free entry');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Save to my journal' }).click();
  await expect(page.getByRole('alert')).toContainText('Write something before you save');
  await page.getByLabel('What is on your mind?').fill(body);
  await page.getByRole('button', { name: 'Save to my journal' }).click();
  await choosePassphrase(page);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Journal entry');
  await expect(page.getByRole('status')).toHaveText('Saved in your journal.');
  const text = page.locator('main .user-text');
  await expect(text).toHaveText(body, { useInnerText: false });
  await expect(text).toHaveAttribute('dir', 'auto');
  await expect(text).toHaveCSS('white-space', 'pre-wrap');
  await expect(page.locator('main img, main b')).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Back to your journal' }).click();
  await expect(page.locator('.entry-list__preview')).toContainText(html);
  await page.getByRole('searchbox', { name: 'Search your journal' }).fill('onerror');
  await expect(page.locator('mark')).toHaveText('onerror');
  await page.getByRole('searchbox', { name: 'Search your journal' }).fill('The end.');
  await expect(page.getByRole('status')).toHaveText('1 entry matches your search.');
  await page.getByRole('searchbox', { name: 'Search your journal' }).fill('שלום');
  await expect(page.getByRole('status')).toHaveText('1 entry matches your search.');
  await expect(page.locator('main img, main b')).toHaveCount(0);
  expect(alerts).toEqual([]);
});

test('an entry is marked as evidence, and deleted only after confirming', async ({ page }) => {
  await open(page, '/reflect/new');
  await page.getByLabel('What is on your mind?').fill('He texted me at midnight again.');
  await page.getByRole('button', { name: 'Save to my journal' }).click();
  await choosePassphrase(page);

  await page.getByRole('button', { name: 'Mark as evidence' }).click();
  await expect(page.getByRole('status')).toHaveText('This entry is marked as evidence.');
  // Said once, not again in a tag beside the status.
  await expect(page.getByText('This entry is marked as evidence.')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Remove the evidence mark' })).toBeVisible();
  await expect(
    page.getByText('This entry has not been changed since it was written.'),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Delete this entry' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete this entry?' });
  await expect(confirm).toBeVisible();
  await expectAccessible(page);
  await confirm.getByRole('button', { name: 'No, keep it' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText('He texted me at midnight again.')).toBeVisible();

  await page.getByRole('link', { name: 'Back to your journal' }).click();
  await expect(page.locator('.entry-list')).toContainText('Marked as evidence');
  await page.locator('.entry-list__link').click();
  await page.getByRole('button', { name: 'Delete this entry' }).click();
  await confirm.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your journal');
  await expect(page.getByRole('status')).toHaveText('The entry was deleted.');
  await expect(page.getByText('You have not written anything yet.')).toBeVisible();
});

test('after a reload the journal is locked, and opens with the passphrase', async ({ page }) => {
  await open(page, '/reflect/new');
  await page.getByLabel('What is on your mind?').fill('A note for later.');
  await page.getByRole('button', { name: 'Save to my journal' }).click();
  await choosePassphrase(page);
  // The saved entry opens on its own page; read the address only once it is there.
  await expect(page).toHaveURL(/\/reflect\/entry\?id=/);
  const entryUrl = page.url();

  await page.goto(entryUrl);
  await expect(page.getByRole('heading', { name: 'Your notes are locked' })).toBeVisible();
  await expect(page.getByText('A note for later.')).toHaveCount(0);
  await expectAccessible(page);
  await page.getByLabel('Passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText('A note for later.')).toBeVisible({ timeout: 15_000 });
});

test('the journal pages are accessible before anything is saved', async ({ page }) => {
  await open(page, '/reflect');
  await expect(page.getByText('You have not written anything yet.')).toBeVisible();
  await expectAccessible(page);
  for (const path of ['/reflect/new', '/reflect/guided/summary', '/reflect/entry?id=nothing']) {
    await open(page, path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(page);
  }
  await expect(page.getByText('We can’t find this entry. It may have been deleted.')).toBeVisible();
});
