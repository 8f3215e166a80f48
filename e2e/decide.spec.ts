import type { Page } from '@playwright/test';
import { expect, expectAccessible, open, test } from './fixtures';

const PASSPHRASE = 'green fern under glass';

// Each journey visits up to ten pages and scans every one with axe: more than the default 30 s.
test.describe.configure({ timeout: 300_000 });

const titles = [
  'What draws you to your therapist?',
  'Has your therapist said or done anything suggestive?',
  'Has your therapist hinted at, or asked for, a romantic or sexual relationship?',
  'Has your therapist taken part in any sexual contact with you?',
  'Would you feel comfortable telling your therapist about your feelings?',
  'Gut check: does anything about your therapist make you uncomfortable, or hold you back?',
];

async function expectHeading(page: Page, text: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text);
  await expectAccessible(page);
}

/** Answers question n (1-based) with the given choices, or skips it when there are none. */
async function answer(page: Page, n: number, ...choices: string[]) {
  await expectHeading(page, titles[n - 1] ?? '');
  await expect(page.getByText(`Question ${n} of 6`)).toBeVisible();
  for (const choice of choices) await page.getByLabel(choice, { exact: true }).check();
  await page
    .getByRole('button', { name: choices.length ? 'Continue' : 'Skip this question' })
    .click();
}

async function start(page: Page) {
  await open(page, '/decide');
  await expectHeading(page, 'Is it safe to tell my therapist?');
  await page.getByRole('link', { name: 'Start' }).click();
}

async function seeResult(page: Page) {
  await expectHeading(page, 'Check your answers');
  await page.getByRole('link', { name: 'See the result' }).click();
}

/** Where each outcome stands on the result's scale; "Stop" sits apart from it. */
const scalePlaces: Record<string, string> = {
  'It is probably safe to talk about it': 'Talk about it',
  'Trust your gut — slow down': 'Slow down',
  'It may be time to walk away': 'Walk away',
  'Stop and get support': 'Stop and get support',
};

/** Every outcome page explains itself and carries crisis help in the page itself. */
async function expectOutcome(page: Page, title: string) {
  await expectHeading(page, title);
  // The scale says in words where the answers point, at one place only.
  const scale = page.getByRole('figure', { name: 'Where your answers point' });
  await expect(scale.getByRole('listitem')).toHaveText(
    ['Talk about it', 'Slow down', 'Walk away'].map((p) =>
      p === scalePlaces[title] ? `${p}Your answers` : p,
    ),
  );
  const here = scale.locator('[aria-current="true"]');
  await expect(here).toHaveCount(1);
  await expect(here).toContainText(scalePlaces[title] ?? 'none');
  await expect(here).toContainText('Your answers');
  await expect(page.getByRole('heading', { name: 'Why we think this' })).toBeVisible();
  const help = page.getByRole('region', { name: 'If you need help now' });
  await expect(help.getByRole('link', { name: /Call or text 988/ })).toBeVisible();
  await expect(page.getByText(/not a promise/)).toBeVisible();
}

test('warm draws and calm answers lead to “probably safe”, after changing an answer on the check page', async ({
  page,
}) => {
  await start(page);
  await answer(page, 1, 'How they listen', 'How safe they make me feel');
  await answer(page, 2, 'No');
  await answer(page, 3, 'No');
  await answer(page, 4, 'No');
  await answer(page, 5, 'I’m not sure');
  await answer(page, 6, 'No');

  await expectHeading(page, 'Check your answers');
  const row = page.locator('.decide-summary__row', { hasText: 'Comfortable telling them' });
  await expect(row).toContainText('I’m not sure');
  await row.getByRole('link', { name: 'Change comfortable telling them' }).click();
  await expectHeading(page, titles[4] ?? '');
  await expect(page.getByLabel('I’m not sure', { exact: true })).toBeChecked();
  await page.getByLabel('It would be awkward or embarrassing, but that is all').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(row).toContainText('It would be awkward or embarrassing, but that is all');

  await seeResult(page);
  await expectOutcome(page, 'It is probably safe to talk about it');
  await expect(
    page.getByText('What draws you is how they listen and how safe they make you feel'),
  ).toBeVisible();
  await expect(page.getByText('Telling them would feel awkward, but not unsafe.')).toBeVisible();
  await expect(
    page.getByText('We cannot promise how they will react', { exact: false }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Prepare the conversation' }).click();
  await expectHeading(page, 'Prepare the conversation');
});

test('skipped questions count as “not sure”, never “no”, and lead to “slow down”', async ({
  page,
}) => {
  await start(page);
  await expectHeading(page, titles[0] ?? '');
  await page.getByRole('button', { name: 'Continue' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Choose at least one, or skip this question');
  await expect(summary).toBeFocused();
  await expectAccessible(page);
  await summary.getByRole('link').click();
  await expect(page.getByLabel('Their looks')).toBeFocused();

  await answer(page, 1, 'How they listen');
  await answer(page, 2, 'No');
  await answer(page, 3, 'No');
  await answer(page, 4);
  await answer(page, 5, 'Yes, I think so');
  await answer(page, 6, 'No');

  await expectHeading(page, 'Check your answers');
  await expect(page.locator('.decide-summary__row', { hasText: 'Sexual contact' })).toContainText(
    'Skipped. We treat this as “not sure”.',
  );
  await seeResult(page);
  await expectOutcome(page, 'Trust your gut — slow down');
  await expect(
    page.getByText(
      'You skipped the question about sexual contact, so we treated it as “not sure”.',
    ),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open your session log' })).toHaveAttribute(
    'href',
    '/notice',
  );
  // Not sure about contact: the gut is heeded, never talked down, and specialised help is near.
  await expect(page.getByText('That does not mean something is wrong')).toHaveCount(0);
  await expect(page.getByText('You need no proof to hold back, or to leave.')).toBeVisible();
  await expect(page.getByRole('link', { name: /Call RAINN/ })).toHaveAttribute(
    'href',
    'tel:+18006564673',
  );
  await expect(page.getByRole('link', { name: 'If it already happened' }).first()).toHaveAttribute(
    'href',
    '/happened',
  );
});

test('repeated suggestive remarks lead to “walk away”, with links to support and the log', async ({
  page,
}) => {
  await start(page);
  await answer(page, 1, 'How they look at me');
  await answer(page, 2, 'Yes, more than once');
  await answer(page, 3);
  await answer(page, 4);
  await answer(page, 5, 'I’m not sure');
  await answer(page, 6, 'Yes');
  await seeResult(page);

  await expectOutcome(page, 'It may be time to walk away');
  await expect(
    page.getByText(
      'You told us your therapist has said or done something suggestive more than once.',
    ),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Other things we noticed' })).toBeVisible();
  await expect(
    page.getByText('Part of what draws you is how they look at you.', { exact: false }),
  ).toBeVisible();
  // Two skipped questions are one line, not one each.
  await expect(page.getByRole('listitem').filter({ hasText: /skipped/ })).toHaveText([
    'You skipped 2 questions: a hint or request for a relationship and sexual contact. We treated each one as “not sure”.',
  ]);
  await expect(
    page.getByRole('link', { name: 'Leaving a therapist, and finding a new one' }),
  ).toHaveAttribute('href', '/learn/leaving-a-therapist');
  await expect(page.getByRole('link', { name: 'Your session log' })).toHaveAttribute(
    'href',
    '/notice',
  );
});

test('sexual contact leads to “Stop and get support”, whatever else was answered', async ({
  page,
}) => {
  await start(page);
  await answer(page, 1, 'How they listen', 'How they show they care');
  await answer(page, 2, 'No');
  await answer(page, 3, 'No');
  await answer(page, 4, 'Yes');
  await answer(page, 5, 'Yes, I think so');
  await answer(page, 6, 'No');
  await seeResult(page);

  await expectOutcome(page, 'Stop and get support');
  await expect(
    page.getByText('You told us your therapist took part in sexual contact with you.'),
  ).toBeVisible();
  await expect(page.getByText(/not your fault, even if you made the first move/)).toBeVisible();
  await expect(page.getByText(/Do not go back to this therapist/)).toBeVisible();
  await page.getByRole('link', { name: 'If it already happened' }).first().click();
  await expect(page).toHaveURL(/\/happened$/);
});

test('back links go to the page before, and “Change” returns to the check page', async ({
  page,
}) => {
  await start(page);
  await answer(page, 1, 'Their looks');
  await answer(page, 2, 'No');
  await expectHeading(page, titles[2] ?? '');
  await page.getByRole('link', { name: /Back$/ }).click();
  await expectHeading(page, titles[1] ?? '');
  await expect(page.getByLabel('No', { exact: true })).toBeChecked();
  await page.getByRole('link', { name: /Back$/ }).click();
  await expectHeading(page, titles[0] ?? '');
  await expect(page.getByLabel('Their looks')).toBeChecked();
  await page.getByRole('link', { name: /Back$/ }).click();
  await expectHeading(page, 'Is it safe to tell my therapist?');
  await expect(page.getByRole('link', { name: 'Continue from question 1' })).toBeVisible();
});

test('saved answers resume after leaving, and clearing them starts clean', async ({ page }) => {
  await start(page);
  await answer(page, 1, 'How they listen');
  await answer(page, 2, 'Yes, once');
  await expectHeading(page, titles[2] ?? '');
  await page.getByRole('button', { name: 'Save and come back later' }).click();

  const setup = page.getByRole('dialog', { name: 'Choose a passphrase' });
  await expect(setup).toBeVisible();
  await setup.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await setup.getByRole('button', { name: 'Set passphrase and continue' }).click();
  await expect(setup).toBeHidden({ timeout: 15_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  // Leaving drops everything from memory; coming back finds the answers locked in the vault.
  await page.goto('/');
  await page.goto('/decide');
  await expect(page.getByRole('link', { name: /Continue from/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Unlock to continue saved answers' }).click();
  const unlock = page.getByRole('dialog', { name: 'Unlock your notes' });
  await unlock.getByLabel('Passphrase').fill(PASSPHRASE);
  await unlock.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('link', { name: 'Continue from question 3' }).click({ timeout: 15_000 });
  await expectHeading(page, titles[2] ?? '');
  await page.getByRole('link', { name: /Back$/ }).click();
  await expect(page.getByLabel('Yes, once')).toBeChecked();

  await page.goto('/decide');
  await page.getByRole('button', { name: 'Unlock to continue saved answers' }).click();
  await unlock.getByLabel('Passphrase').fill(PASSPHRASE);
  await unlock.getByRole('button', { name: 'Unlock' }).click();
  await page
    .getByRole('button', { name: 'Clear my answers and start again' })
    .click({ timeout: 15_000 });
  await expect(
    page.getByRole('status').filter({ hasText: 'Your answers have been cleared.' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start' })).toBeVisible();
  await expectAccessible(page);

  await page.goto('/decide');
  await page.getByRole('button', { name: 'Unlock to continue saved answers' }).click();
  await unlock.getByLabel('Passphrase').fill(PASSPHRASE);
  await unlock.getByRole('button', { name: 'Unlock' }).click();
  await expect(unlock).toBeHidden({ timeout: 15_000 });
  await expect(page.getByRole('link', { name: 'Start' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Continue from/ })).toHaveCount(0);
});

test('a result saved to the vault can be opened again from the Decide page', async ({ page }) => {
  await start(page);
  await answer(page, 1, 'Their power or charisma');
  for (const n of [2, 3, 4]) await answer(page, n, 'No');
  await answer(page, 5, 'Yes, I think so');
  await answer(page, 6, 'No');
  await seeResult(page);
  await expectOutcome(page, 'Trust your gut — slow down');
  await page.getByRole('button', { name: 'Save this result' }).click();
  const setup = page.getByRole('dialog', { name: 'Choose a passphrase' });
  await setup.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await setup.getByRole('button', { name: 'Set passphrase and continue' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved on / })).toBeVisible({
    timeout: 15_000,
  });

  await page.getByRole('navigation').getByRole('link', { name: 'Decide' }).click();
  await expectHeading(page, 'Is it safe to tell my therapist?');
  await page
    .getByRole('region', { name: 'Your saved results' })
    .getByRole('link', { name: /Trust your gut — slow down/ })
    .click();
  await expectOutcome(page, 'Trust your gut — slow down');
  await expect(page.getByText(/Part of what draws you is their power or charisma/)).toBeVisible();
  await expect(page.getByText(/You saved this result on/)).toBeVisible();
  await page.getByRole('button', { name: 'Delete this saved result' }).click();
  await expectHeading(page, 'The saved result has been deleted.');
});

/** Logs one ordinary session in Notice with the given signs ticked. */
async function logSession(page: Page, date: string, signs: string[], first: boolean) {
  await page.getByRole('link', { name: 'Log a session' }).click();
  await page.getByLabel('Date of the session').fill(date);
  await page.getByLabel('Start time').fill('14:00');
  await page.getByLabel('Planned length, in minutes').fill('50');
  await page.getByLabel('Actual length, in minutes').fill('50');
  await page.getByRole('group', { name: 'What did you pay?' }).getByLabel('The usual fee').check();
  await page
    .getByRole('group', { name: 'Was there any physical contact?' })
    .getByLabel('None', { exact: true })
    .check();
  if (signs.length > 0) {
    // The form asks for the other signs only after "Did anything else happen?".
    await page
      .getByRole('group', { name: 'Did anything else happen?' })
      .getByLabel('Yes', { exact: true })
      .check();
  }
  for (const sign of signs) await page.getByLabel(sign).check();
  await page.getByRole('button', { name: 'Save session' }).click();
  if (first) {
    const setup = page.getByRole('dialog', { name: 'Choose a passphrase' });
    await setup.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await setup.getByRole('button', { name: 'Set passphrase and continue' }).click();
    await expect(setup).toBeHidden({ timeout: 15_000 });
  }
  if (signs.length > 0) await page.getByRole('button', { name: 'Skip for now' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Session saved.' })).toBeVisible();
}

test('signs in the session log are shown on the check page and named, with dates, in the reasons', async ({
  page,
}) => {
  const bodyComments = 'They commented on my body or looks';
  await open(page, '/notice');
  await logSession(page, '2025-01-06', [bodyComments], true);
  await logSession(page, '2025-01-13', [bodyComments], false);

  await page.getByRole('navigation').getByRole('link', { name: 'Decide' }).click();
  await page.getByRole('link', { name: 'Start' }).click();
  await answer(page, 1, 'How they listen');
  for (const n of [2, 3, 4]) await answer(page, n, 'No');
  await answer(page, 5, 'Yes, I think so');
  await answer(page, 6, 'No');

  await expectHeading(page, 'Check your answers');
  await expect(page.getByText('Your 2 logged sessions show these signs:')).toBeVisible();
  await expect(page.getByText(`${bodyComments}: in 2 sessions`)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to your session log' })).toHaveAttribute(
    'href',
    '/notice',
  );
  await seeResult(page);
  await expectOutcome(page, 'It may be time to walk away');
  await expect(
    page.getByText(
      'Your session log shows comments on your body or looks more than once (Jan 6, 2025 and Jan 13, 2025).',
    ),
  ).toBeVisible();
  // The recurring sign is the reason: it is not listed again among one-off signs below.
  await expect(page.getByText('Jan 6, 2025', { exact: false })).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Other things we noticed' })).toHaveCount(0);
});

test('answers from a saved reflection are shown, not asked again, and can be changed', async ({
  page,
}) => {
  await open(page, '/reflect');
  await page.getByRole('link', { name: 'Start a guided reflection' }).click();
  await page.getByLabel('How they listen').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('No', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Yes, I would feel comfortable').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('No', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Save to my journal' }).click();
  const setup = page.getByRole('dialog', { name: 'Choose a passphrase' });
  await setup.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await setup.getByRole('button', { name: 'Set passphrase and continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your reflection is saved', {
    timeout: 15_000,
  });

  await page.getByRole('navigation').getByRole('link', { name: 'Decide' }).click();
  await page.getByRole('link', { name: 'Start' }).click();
  // Questions 1, 2, 5 and 6 were answered in the reflection: only 3 and 4 are asked.
  await answer(page, 3, 'No');
  await answer(page, 4, 'No');
  await expectHeading(page, 'Check your answers');
  const fromJournal = page.locator('.decide-summary__row', { hasText: 'From your journal' });
  await expect(fromJournal).toHaveCount(4);
  const draws = page.locator('.decide-summary__row', { hasText: 'What draws you' });
  await expect(draws).toContainText('How they listen');

  await draws.getByRole('link', { name: 'Change what draws you' }).click();
  await expectHeading(page, titles[0] ?? '');
  await expect(page.getByLabel('How they listen')).toBeChecked();
  await page.getByLabel('Their looks').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(draws).toContainText('Their looks');
  await expect(draws).not.toContainText('From your journal');
  await seeResult(page);
  // Plain attraction is natural: with the journal's calm answers it does not slow anyone down.
  await expectOutcome(page, 'It is probably safe to talk about it');
  await expect(
    page.getByText(/Part of what draws you is their looks\. Being drawn to how someone looks/),
  ).toBeVisible();
});
