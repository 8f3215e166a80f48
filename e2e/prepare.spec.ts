import type { Page } from '@playwright/test';
import { expect, expectAccessible, open, test } from './fixtures';

const PASSPHRASE = 'moss on a quiet stone';

// Journeys visit several pages and scan each with axe: more than the default 30 s.
test.describe.configure({ timeout: 120_000 });

async function expectHeading(page: Page, text: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text);
  await expectAccessible(page);
}

async function choosePassphrase(page: Page) {
  const setup = page.getByRole('dialog', { name: 'Choose a passphrase' });
  await expect(setup).toBeVisible();
  await setup.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await setup.getByRole('button', { name: 'Set passphrase and continue' }).click();
  await expect(setup).toBeHidden({ timeout: 15_000 });
}

/** Ticks what the therapist did and asks what it means. */
async function checkResponse(page: Page, ...did: string[]) {
  await open(page, '/prepare/after');
  await expectHeading(page, 'How did your therapist respond?');
  for (const thing of did) await page.getByLabel(thing, { exact: true }).check();
  await page.getByRole('button', { name: 'See what this means' }).click();
}

test('choosing a way to start leads to a private practice page that can be saved to the journal', async ({
  page,
}) => {
  await open(page, '/prepare');
  await expectHeading(page, 'Prepare the conversation');
  await expect(
    page.getByRole('heading', { name: 'What a good response looks like' }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Practice saying it' }).click();
  await expect(page.getByRole('alert')).toContainText('Choose a way to start, or write your own');
  await expectAccessible(page);
  await page.getByLabel('In my own words').check();
  await page.getByRole('button', { name: 'Practice saying it' }).click();
  await expect(page.getByRole('alert')).toContainText('Write your own words');
  await page.getByLabel('Your own words').fill('I need to tell you something about us.');
  await page.getByRole('button', { name: 'Practice saying it' }).click();

  await expectHeading(page, 'Practice what you will say');
  const opener = page.getByRole('textbox', { name: 'How you will start' });
  await expect(opener).toHaveValue('I need to tell you something about us.');
  await page.getByRole('link', { name: 'Back' }).click();
  await page.getByLabel(/I wrote something down because it is hard to say out loud/).check();
  await page.getByRole('button', { name: 'Practice saying it' }).click();
  await expect(opener).toHaveValue(/^I wrote something down/);
  // The page says any words can be changed, and they can, here: the edit becomes the person's own words.
  await opener.fill('I wrote something down, because saying it is hard for me.');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(page.getByLabel('In my own words')).toBeChecked();
  await expect(page.getByLabel('Your own words')).toHaveValue(
    'I wrote something down, because saying it is hard for me.',
  );
  await page.getByRole('button', { name: 'Practice saying it' }).click();
  await page.getByLabel('What else would you like to say?').fill('That I feel safe with you.');
  await page.getByRole('button', { name: 'Save to my journal' }).click();
  await choosePassphrase(page);
  await expect(
    page.getByRole('status').filter({ hasText: 'Saved to your journal.' }),
  ).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: 'Reflect' }).click();
  await expect(
    page.getByText(/How I will start: I wrote something down, because saying it is hard for me\./),
  ).toBeVisible();
  await expect(page.getByText('You have 1 entry.')).toBeVisible();
});

test('a calm, curious response is a good response, saved with the day of the conversation', async ({
  page,
}) => {
  await checkResponse(
    page,
    'They stayed calm',
    'They were curious about what the feeling means for me',
  );
  await expectHeading(page, 'That sounds like a good response');
  await expect(page.getByRole('list').filter({ hasText: 'They stayed calm' })).toContainText(
    'They were curious about what the feeling means for me',
  );
  await expect(page.getByText(/Talking about these feelings can deepen your work/)).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'If you need help now' }).getByRole('link', { name: /988/ }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Save this check' }).click();
  await choosePassphrase(page);
  await expect(page.getByRole('status').filter({ hasText: /^Saved, dated / })).toBeVisible();
  await page.getByRole('button', { name: 'Check another conversation' }).click();
  await expectHeading(page, 'How did your therapist respond?');
  const saved = page.getByRole('region', { name: 'Your saved checks' });
  await expect(saved).toContainText('That sounds like a good response');
});

test('panic or being referred away means they were not ready, and says it is not your fault', async ({
  page,
}) => {
  await checkResponse(
    page,
    'They stayed calm',
    'They referred me to someone else, or ended our therapy',
  );
  await expectHeading(page, 'They were not ready, and that is not your fault');
  await expect(page.getByRole('heading', { name: 'What you told us' })).toBeVisible();
  await expect(
    page.getByRole('listitem').filter({ hasText: 'They referred me to someone else' }),
  ).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'They stayed calm' })).toHaveCount(0);
  await expect(page.getByText(/You did nothing wrong by bringing them up/)).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Leaving a therapist, and finding a new one' }),
  ).toHaveAttribute('href', '/learn/leaving-a-therapist');
});

test('interest or a suggestion to meet is unethical: walk away, even if they were kind', async ({
  page,
}) => {
  await checkResponse(
    page,
    'They were clear and kind that our relationship stays a therapy relationship',
    'They suggested meeting outside therapy',
  );
  await expectHeading(page, 'This crossed a line: walk away');
  await expect(
    page.getByRole('listitem').filter({ hasText: 'They suggested meeting outside therapy' }),
  ).toBeVisible();
  await expect(
    page.getByText('They may also have been calm or kind.', { exact: false }),
  ).toBeVisible();
  await expect(page.getByText(/It is not your fault/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'If it already happened' }).first()).toHaveAttribute(
    'href',
    '/happened',
  );
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(page.getByLabel('They suggested meeting outside therapy')).toBeChecked();
});

test('a hint at a relationship after therapy is “stop and get support”, as in Decide', async ({
  page,
}) => {
  await checkResponse(
    page,
    'They stayed calm',
    'They said our case is special or different',
    'They hinted at something once therapy ends',
  );
  await expectHeading(page, 'This crossed a line: stop and get support');
  await expect(
    page.getByRole('listitem').filter({ hasText: 'They hinted at something' }),
  ).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'special or different' })).toHaveCount(
    0,
  );
  await expect(page.getByText(/you need no proof to leave/)).toBeVisible();
  await expect(page.getByText(/Do not go back to this therapist/)).toBeVisible();
});

test('the check asks for something they did and a day that is not in the future', async ({
  page,
}) => {
  await open(page, '/prepare/after');
  await page.getByLabel('When did you talk to them?').fill('2999-01-01');
  await page.getByRole('button', { name: 'See what this means' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('The date must be today or in the past');
  await expect(summary).toContainText('Choose at least one thing they did');
  await expect(summary).toBeFocused();
  await expectAccessible(page);
});
