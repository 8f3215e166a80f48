import type { Page } from '@playwright/test';
import type { LocalDate, LocalTime } from '../src/core/notice/session';
import { decide } from '../src/ui/i18n/es/decide';
import { exit } from '../src/ui/i18n/es/exit';
import { notice } from '../src/ui/i18n/es/notice';
import { prepare } from '../src/ui/i18n/es/prepare';
import { reflect } from '../src/ui/i18n/es/reflect';
import { shell } from '../src/ui/i18n/es/shell';
import { vault } from '../src/ui/i18n/es/vault';
import { exitControl, expect, expectAccessible, open, test } from './fixtures';

// The same journeys as in English, on the Spanish pages. Every sentence looked for comes from the
// Spanish catalogs, so a page that shows English (or a catalog that changes) makes a test fail.

// Long journeys with an accessibility scan on every page, on a machine shared with other runs.
test.describe.configure({ timeout: 180_000 });

const PASSPHRASE = 'jardín tranquilo por la mañana';

/** The page is marked as Spanish, and the frame around it speaks Spanish too. */
async function expectSpanishPage(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('link', exitControl)).toContainText(exit.button);
  expect(new URL(page.url()).pathname).toMatch(/^\/es(\/|$)/);
}

async function expectHeading(page: Page, text: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text);
  await expectAccessible(page);
}

/** The first save asks for a passphrase, in Spanish; the dialog is scanned like any page. */
async function choosePassphrase(page: Page) {
  const setup = vault.setup;
  const dialog = page.getByRole('dialog', { name: setup.title });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(setup.warning)).toBeVisible();
  await expectAccessible(page);
  await dialog.getByLabel(setup.passphraseLabel, { exact: true }).fill(PASSPHRASE);
  await expect(dialog.getByText(setup.strength.strong)).toBeVisible();
  await dialog.getByRole('button', { name: setup.submit }).click();
  await expect(dialog).toBeHidden({ timeout: 20_000 });
}

test('a guided reflection in Spanish is answered, skipped in part, saved and found by search', async ({
  page,
}) => {
  const { prompts, guided, summary, journal } = reflect;
  const question = async (step: number, text: string) => {
    await expectHeading(page, text);
    await expect(page.getByText(guided.progress(step, 6))).toBeVisible();
  };

  await open(page, '/es/reflect/guided/1');
  await expectSpanishPage(page);
  await question(1, prompts.draws.question);
  await page.getByLabel(prompts.draws.options['how-they-listen'], { exact: true }).check();
  await page
    .getByLabel(prompts.draws.textLabel)
    .fill('Recuerda las cosas pequeñas, como el café que me gusta.');
  await page.getByRole('button', { name: guided.continue }).click();

  await question(2, prompts['first-moment'].question);
  await page.getByRole('button', { name: guided.skip }).click();

  await question(3, prompts.suggestive.question);
  await page.getByLabel(prompts.suggestive.options.no, { exact: true }).check();
  await page.getByRole('button', { name: guided.continue }).click();

  await question(4, prompts.comfort.question);
  await page.getByLabel(prompts.comfort.options['only-awkward'], { exact: true }).check();
  await page.getByRole('button', { name: guided.continue }).click();

  await question(5, prompts.gut.question);
  await page.getByLabel(prompts.gut.options.no, { exact: true }).check();
  await page.getByRole('button', { name: guided.continue }).click();

  await question(6, prompts.notes.question);
  await page.getByLabel(prompts.notes.textLabel).fill('Quizás se lo diga el jueves.');
  await page.getByRole('button', { name: guided.continue }).click();

  await expectHeading(page, summary.title);
  await expectSpanishPage(page);
  const answers = page.locator('.summary-list');
  await expect(answers).toContainText(prompts.draws.options['how-they-listen']);
  await expect(answers).toContainText(prompts.comfort.options['only-awkward']);
  await expect(answers).toContainText(summary.skipped);
  await expect(
    page.getByRole('link', { name: `${summary.change} ${summary.changeWhat(prompts.gut.short)}` }),
  ).toHaveAttribute('href', /^\/es\/reflect\/guided\/5/);

  await page.getByRole('button', { name: summary.save }).click();
  await choosePassphrase(page);
  await expectHeading(page, summary.savedTitle);
  await expect(page.getByText(summary.savedBody)).toBeVisible();

  await page.getByRole('link', { name: summary.toJournal }).click();
  await expectHeading(page, journal.title);
  await expectSpanishPage(page);
  const status = page.getByRole('status');
  await expect(status).toHaveText(journal.count(1));

  // The hint promises that neither capitals nor accents matter.
  const search = page.getByRole('searchbox', { name: journal.searchLabel });
  await search.fill('CAFE');
  await expect(status).toHaveText(journal.matches(1));
  await expect(page.locator('mark')).toHaveText('café');
  await expectAccessible(page);
  await search.fill('cebra');
  await expect(status).toHaveText(journal.matches(0));
  await search.fill('jueves');
  await expect(status).toHaveText(journal.matches(1));
  await page.locator('.entry-list__link').click();
  await expectHeading(page, reflect.entry.title);
  await expectSpanishPage(page);
  await expect(page.getByText('Quizás se lo diga el jueves.')).toBeVisible();
});

test('a session with a warning sign is logged in Spanish, and a length of 2000 minutes is refused without saving', async ({
  page,
}) => {
  const { form } = notice;
  const special = notice.signs.special.name;
  const first = '2025-03-03' as LocalDate;
  const refused = '2025-03-10' as LocalDate;
  const start = '14:00' as LocalTime;

  await open(page, '/es/notice');
  await expectSpanishPage(page);
  await expectHeading(page, notice.title);
  await expect(page.getByRole('heading', { name: notice.emptyHeading })).toBeVisible();

  await page.getByRole('link', { name: notice.logSession }).click();
  await expectHeading(page, form.newTitle);
  await expectSpanishPage(page);
  await page.getByLabel(form.date).fill(first);
  await page.getByLabel(form.start).fill(start);
  await page.getByLabel(form.plannedMinutes).fill('50');
  await page.getByLabel(form.actualMinutes).fill('50');
  await page.getByRole('group', { name: form.fee }).getByLabel(form.fees.usual).check();
  await page
    .getByRole('group', { name: form.touch })
    .getByLabel(form.touches.none, { exact: true })
    .check();
  await page
    .getByRole('group', { name: form.anythingElse })
    .getByLabel(form.anythingElseOptions.yes, { exact: true })
    .check();
  await page.getByLabel(special, { exact: true }).check();
  await page.getByRole('button', { name: form.save }).click();
  await choosePassphrase(page);

  // A session with a sign is followed by the short reflection.
  await expectHeading(page, notice.reflection.title);
  await expectSpanishPage(page);
  await expect(page.getByText(notice.reflection.intro(1))).toBeVisible();
  await page.getByRole('button', { name: notice.reflection.skip }).click();

  await expectHeading(page, notice.title);
  await expectSpanishPage(page);
  await expect(page.getByRole('status').filter({ hasText: notice.saved })).toBeVisible();
  await expect(page.getByText(notice.sessionsCount(1))).toBeVisible();
  const sessions = page.getByRole('region', { name: notice.sessionsHeading });
  await expect(sessions.getByRole('link', { name: notice.formatDate(first) })).toBeVisible();
  await expect(
    sessions.getByText(
      notice.sessionSummary({
        time: notice.formatTime(start),
        planned: 50,
        actual: 50,
        signs: 1,
      }),
    ),
  ).toBeVisible();

  // A second session that lasted longer than a day is refused, field by field, in Spanish.
  await page.getByRole('link', { name: notice.logSession }).click();
  await expectHeading(page, form.newTitle);
  await page.getByLabel(form.date).fill(refused);
  await page.getByLabel(form.start).fill(start);
  await page.getByLabel(form.actualMinutes).fill('2000');
  await page.getByRole('button', { name: form.save }).click();
  const tooLong = form.errors('actualMinutes', 'over-a-day');
  const problems = page.getByRole('alert').filter({ hasText: form.errorSummary });
  await expect(problems).toBeFocused();
  await expect(problems).toContainText(form.nothingSaved);
  await expect(problems.getByRole('link')).toHaveText([tooLong]);
  await expect(page.getByLabel(form.actualMinutes)).toHaveAccessibleDescription(
    new RegExp(tooLong.replace(/[()]/g, '\\$&')),
  );
  await expectAccessible(page);
  await problems.getByRole('link', { name: tooLong }).click();
  await expect(page.getByLabel(form.actualMinutes)).toBeFocused();

  await page.getByRole('link', { name: form.back }).click();
  await expectHeading(page, notice.title);
  await expect(page.getByText(notice.sessionsCount(1))).toBeVisible();
  await expect(sessions.getByRole('link', { name: notice.formatDate(refused) })).toHaveCount(0);
});

test('a reported relationship proposal on the Spanish decision aid leads to “Detente y busca apoyo”, with its reason', async ({
  page,
}) => {
  const { questions, outcomes, result, reasons } = decide;
  const answer = async (n: number, title: string, choice: string) => {
    await expectHeading(page, title);
    await expect(page.getByText(decide.progress(n, 6))).toBeVisible();
    await page.getByLabel(choice, { exact: true }).check();
    await page.getByRole('button', { name: decide.continue }).click();
  };

  await open(page, '/es/decide');
  await expectSpanishPage(page);
  await expectHeading(page, decide.intro.title);
  await page.getByRole('link', { name: decide.intro.start }).click();

  await answer(1, questions.draws.title, questions.draws.options['how-they-listen'].label);
  await expectSpanishPage(page);
  await answer(2, questions.suggestive.title, questions.suggestive.options.no.label);
  await answer(3, questions.proposal.title, questions.proposal.options.yes.label);
  await answer(4, questions.contact.title, questions.contact.options.no.label);
  await answer(5, questions.comfort.title, questions.comfort.options.comfortable.label);
  await answer(6, questions.gut.title, questions.gut.options.no.label);

  await expectHeading(page, decide.check.title);
  await expectSpanishPage(page);
  await page.getByRole('link', { name: decide.check.seeResult }).click();

  await expectHeading(page, outcomes.stop.title);
  await expectSpanishPage(page);
  await expect(page.getByRole('heading', { name: result.why })).toBeVisible();
  await expect(page.getByText(reasons['reported-proposal'])).toBeVisible();
  for (const line of outcomes.stop.meaning) await expect(page.getByText(line)).toBeVisible();
  const help = page.getByRole('region', { name: result.crisisHeading });
  await expect(help).toContainText(result.crisis988);
  await expect(page.getByText(result.notTherapy)).toBeVisible();
  // The next step leads to the Spanish support page, not the English one.
  const support = outcomes.stop.next[1]?.link;
  await expect(
    page.getByRole('main').getByRole('link', { name: support?.label, exact: true }),
  ).toHaveAttribute('href', `/es${support?.href}`);
});

test('a suggestion to meet outside therapy, reported on /es/prepare/after, reads as unethical in Spanish', async ({
  page,
}) => {
  const { after } = prepare;
  const unethical = after.results.unethical;

  await open(page, '/es/prepare/after');
  await expectSpanishPage(page);
  await expectHeading(page, after.title);
  await page.getByLabel(after.signs['clear-kind-boundary'], { exact: true }).check();
  await page.getByLabel(after.signs['suggested-meeting'], { exact: true }).check();
  await page.getByRole('button', { name: after.continue }).click();

  await expectHeading(page, unethical.title);
  await expectSpanishPage(page);
  for (const line of unethical.meaning) await expect(page.getByText(line)).toBeVisible();
  await expect(page.getByRole('heading', { name: after.why })).toBeVisible();
  await expect(
    page.getByRole('listitem').filter({ hasText: after.signs['suggested-meeting'] }),
  ).toBeVisible();
  await expect(page.getByText(after.calmIsNotEnough)).toBeVisible();
  const support = unethical.next[1]?.link;
  await expect(
    page.getByRole('main').getByRole('link', { name: support?.label, exact: true }),
  ).toHaveAttribute('href', `/es${support?.href}`);
});

test('after a reload the Spanish journal is locked, a wrong passphrase is refused in Spanish, and the right one opens it', async ({
  page,
}) => {
  const note = 'Una nota para más tarde, sobre los girasoles.';
  await open(page, '/es/reflect/new');
  await expectSpanishPage(page);
  await expectHeading(page, reflect.free.title);
  await page.getByLabel(reflect.free.label).fill(note);
  await page.getByRole('button', { name: reflect.free.save }).click();
  await choosePassphrase(page);
  await expectHeading(page, reflect.entry.title);
  await expect(page.getByText(note)).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { name: vault.inPage.lockedHeading })).toBeVisible();
  await expectSpanishPage(page);
  await expect(page.getByText(note)).toHaveCount(0);
  await expectAccessible(page);

  const passphrase = page.getByLabel(vault.unlock.label, { exact: true });
  const unlock = page.getByRole('button', { name: vault.unlock.submit, exact: true });
  await passphrase.fill('linterna huerto terciopelo tenedor');
  await unlock.click();
  await expect(page.getByRole('alert')).toContainText(vault.errors['wrong-passphrase'], {
    timeout: 20_000,
  });
  await expect(page.getByText(note)).toHaveCount(0);
  await expectAccessible(page);

  await passphrase.fill(PASSPHRASE);
  await unlock.click();
  await expect(page.getByText(note)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('button', { name: shell.lockButton, exact: true })).toBeVisible();
});
