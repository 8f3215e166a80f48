import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { stateName } from '../src/core/boards/states';
import { statesWhoseCriminalLawCoversUnlicensed } from '../src/core/boards/unlicensed-routes';
import { shippedBoard } from './boards';
import { expect, expectAccessible, open, test } from './fixtures';
import { pdfPages, pdfTextLines } from './pdf-text';

const PASSPHRASE = 'quiet garden morning walk';

async function choosePassphrase(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Choose a passphrase' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Set passphrase and continue' }).click();
  await expect(dialog).toBeHidden({ timeout: 15_000 });
}

/** Follows links inside the app, so the vault stays unlocked (a reload locks it). */
async function follow(page: Page, ...links: string[]) {
  for (const name of links) await page.getByRole('link', { name, exact: true }).first().click();
}

async function expectHeading(page: Page, text: string | RegExp) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text);
  await expectAccessible(page);
}

async function next(page: Page) {
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** Downloads what a button makes and returns the file's bytes. */
async function download(page: Page, button: string): Promise<Uint8Array> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return new Uint8Array(await readFile((await file.path()) ?? ''));
}

async function expectPdf(bytes: Uint8Array, lines: string[]) {
  expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  const text = pdfTextLines(bytes);
  for (const line of lines) expect(text).toContain(line);
}

const entryText = 'Dr. Zoë Ångström hugged me for a long time 😀 and said “אני אוהבת אותך”.';
const editedText = `${entryText} Then she texted me that night.`;

/** A journal entry, written, edited once and marked as evidence in Reflect. */
async function markEntryAsEvidence(page: Page) {
  await open(page, '/reflect/new');
  await page.getByLabel('What is on your mind?').fill(entryText);
  await page.getByRole('button', { name: 'Save to my journal' }).click();
  await choosePassphrase(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Journal entry');
  await page.getByRole('button', { name: 'Change this entry' }).click();
  await page.getByLabel('Your entry').fill(editedText);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status')).toContainText('Your changes are saved.');
  await page.getByRole('button', { name: 'Mark as evidence' }).click();
  await expect(page.getByRole('status')).toHaveText('This entry is marked as evidence.');
}

/** A session with a warning sign, logged in Notice. */
async function logSession(page: Page) {
  await follow(page, 'Notice', 'Log a session');
  await page.getByLabel('Date of the session').fill('2024-01-22');
  await page.getByLabel('Start time').fill('19:30');
  await page.getByLabel('Planned length, in minutes').fill('50');
  await page.getByLabel('Actual length, in minutes').fill('85');
  await page
    .getByRole('group', { name: 'What did you pay?' })
    .getByLabel('Nothing: the fee was waived')
    .check();
  await page
    .getByRole('group', { name: 'Was there any physical contact?' })
    .getByLabel('A hug', { exact: true })
    .check();
  // The form asks for the other signs only after "Did anything else happen?".
  await page
    .getByRole('group', { name: 'Did anything else happen?' })
    .getByLabel('Yes', { exact: true })
    .check();
  await page.getByLabel('They said I am special, not like their other clients').check();
  await page.getByRole('button', { name: 'Save session' }).click();
  await page.getByRole('button', { name: 'Skip for now' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Notice: your session log');
}

interface Answers {
  state: string;
  profession: string;
  name: string;
  license?: string;
  from: string;
  to?: string;
  tickSessions: boolean;
}

/** Nothing the person chose or wrote goes into an address the browser keeps in its history. */
async function expectNoChoiceInAddress(page: Page) {
  expect(new URL(page.url()).search).not.toMatch(/state=|profession=/);
}

/** Walks the question pages from "Start a new complaint" to "Check your answers". */
async function buildComplaint(page: Page, a: Answers, first: boolean) {
  await follow(page, 'If it already happened', 'Build a complaint to a licensing board');
  await expectHeading(page, 'Build a complaint');
  await page.getByRole('button', { name: 'Start a new complaint' }).click();

  // The first questions keep nothing a person wrote: no passphrase is asked for them.
  await expectHeading(page, 'In which state did the therapy take place?');
  await expect(page.getByRole('dialog')).toBeHidden();
  await next(page);
  if (first) {
    // Nothing chosen: the error summary names the problem and links to the field.
    await expect(page.getByRole('alert')).toContainText(
      'Choose the state where the therapy took place',
    );
    await expectAccessible(page);
  }
  await page.getByLabel('State').selectOption({ label: a.state });
  await next(page);

  await expectHeading(page, 'What kind of professional was the therapist?');
  await page.getByLabel(a.profession).check();
  await next(page);

  await expectHeading(page, 'The board that receives it');
  await expect(page.getByText('The board:')).toBeVisible();
  await expectNoChoiceInAddress(page);
  await next(page);

  await expectHeading(page, 'About the therapist');
  await page.getByLabel('Their full name').fill(a.name);
  if (a.license) await page.getByLabel('Their license number (optional)').fill(a.license);
  await next(page);

  await expectHeading(page, 'Your contact details (optional)');
  await next(page);

  await expectHeading(page, 'When were you in therapy with them?');
  await page.getByLabel('First session').fill(a.from);
  if (a.to) await page.getByLabel('Last session (optional)').fill(a.to);
  await next(page);

  await expectHeading(page, 'What should the complaint draw on?');
  if (a.tickSessions)
    await page.getByRole('button', { name: 'Tick every session with a warning sign' }).click();
  await next(page);

  await expectHeading(page, 'What happened');
  // Before writing: a kind word about breaks, and support one tap away.
  await expect(page.getByText(/Take breaks, stop whenever you need to/)).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Support now' }).getByRole('link', { name: 'Call 988' }),
  ).toBeVisible();
}

test('the first steps, support and options are there, with what applies in the state chosen', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await open(page, '/happened');
  await expectHeading(page, 'If it already happened');
  await expect(page.getByRole('heading', { name: 'It is not your fault' })).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Do not go back to that therapist' }),
  ).toBeVisible();
  const support = page.getByRole('region', { name: 'Support now' });
  await expect(support.getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
  await expect(support.getByRole('link', { name: 'Text 988' })).toHaveAttribute('href', 'sms:988');
  await expect(support.getByRole('link', { name: 'Call RAINN: 800-656-4673' })).toHaveAttribute(
    'href',
    'tel:+18006564673',
  );
  await expect(support.getByRole('link', { name: 'TELL: therapyabuse.org' })).toHaveAttribute(
    'href',
    'https://therapyabuse.org',
  );
  for (const option of [
    'A complaint to the licensing board',
    'The police, where it is a crime',
    'A civil attorney',
    'Telling a new therapist',
    'Not yet',
  ]) {
    await expect(page.getByRole('heading', { name: option })).toBeVisible();
  }

  await page.getByLabel('Your state', { exact: true }).selectOption({ label: 'Texas' });
  await page.getByRole('button', { name: 'Show what applies' }).click();
  await expect(page.getByText(/a crime under Tex\. Penal Code § 22\.011/)).toBeVisible();
  await expect(
    page.getByText(
      'Texas law (Tex. Civ. Prac. & Rem. Code § 81.006) says a therapist you tell about it must:',
    ),
  ).toBeVisible();
  await expectAccessible(page);

  // Find my board in one step: the profession, then the board and how sure each address is.
  const texas = shippedBoard('TX', 'psychologist');
  const finder = page.getByRole('region', { name: 'Find the board that licenses them' });
  await finder.getByLabel('Psychologist', { exact: true }).check();
  await finder.getByRole('button', { name: 'Show the board' }).click();
  await expect(finder.getByText('The board:')).toBeVisible();
  await expect(finder.getByText(texas.record.board ?? '', { exact: true })).toBeVisible();
  if (texas.record.agency) {
    await expect(finder.getByText(`It is part of: ${texas.record.agency}`)).toBeVisible();
  }
  const complaintName = 'File a complaint with the board';
  await expect(finder.getByRole('link', { name: complaintName })).toHaveAttribute(
    'href',
    texas.record.complaintUrl ?? '',
  );
  const complaintLine = finder
    .locator('li', { has: page.getByRole('link', { name: complaintName }) })
    .locator('.confidence');
  await expect(complaintLine).toHaveText(
    texas.complaintConfirmed
      ? 'Checked on the board’s own site, November 2026.'
      : 'We could not confirm this address: start with Association of State and Provincial Psychology Boards.',
  );
  // Never a bare link: every address in the card carries its line.
  const addresses = finder.locator('.board__addresses > li');
  for (const item of await addresses.all()) {
    await expect(item.locator('.confidence')).toHaveCount(1);
  }
  await expectNoChoiceInAddress(page);
  await expectAccessible(page);

  // A coach has no board: the other routes instead.
  await finder.getByLabel('A coach, or someone with no license').check();
  await finder.getByRole('button', { name: 'Show the board' }).click();
  await expect(
    finder.getByRole('heading', { name: 'There is no licensing board for this' }),
  ).toBeVisible();
  await expect(finder.getByText('The board:')).toBeHidden();

  await page.getByLabel('Your state', { exact: true }).selectOption({ label: 'New York' });
  await page.getByRole('button', { name: 'Show what applies' }).click();
  await expect(
    page.getByText(/More than 20 states make this a crime, so please check/),
  ).toBeVisible();
  await expect(
    page.getByText(/We know of no law in New York that gives a new therapist special duties/),
  ).toBeVisible();
});

test('evidence marked in Reflect and Notice flows into complaints for two states, exported as PDF and plain text, and into the report', async ({
  page,
}) => {
  test.setTimeout(600_000);
  await markEntryAsEvidence(page);
  await logSession(page);

  // First complaint: California, a marriage and family therapist.
  await buildComplaint(
    page,
    {
      state: 'California',
      profession: 'Marriage and family therapist (for example LMFT)',
      name: 'Dr. Zoë Ångström',
      license: 'LMFT 98765',
      from: '2023-04-03',
      to: '2024-02-26',
      tickSessions: true,
    },
    true,
  );
  const narrative = page.getByLabel('What happened, in date order');
  // Drafted from the evidence, oldest first: the session (January 22) before the entry (written today).
  await expect(narrative).toHaveValue(
    /^January 22, 2024, session at 7:30 PM: in the usual office; it lasted 85 minutes \(50 planned\); fee waived; a hug;/,
  );
  await expect(narrative).toHaveValue(
    new RegExp(`\\(from my notes\\): ${escapeRegExp(editedText)}$`),
  );
  await narrative.press('End');
  await narrative.pressSequentially(' She asked me not to tell anyone.');
  await next(page);

  await expectHeading(page, 'Check your answers');
  await expect(page.locator('.check-list')).toContainText('Dr. Zoë Ångström');
  await expect(page.locator('.check-list')).toContainText('1 journal entry, 1 session');
  await page.getByRole('link', { name: 'Make the letter' }).click();

  await expectHeading(page, 'Your complaint');
  await expect(page.getByText('The board:')).toBeVisible();
  // Named where it is explained, and again in the letter's preview below.
  await expect(
    page.getByRole('strong').filter({ hasText: /^California Board of Behavioral Sciences$/ }),
  ).toBeVisible();
  // The letter reads as a letter: headings and paragraphs on a page, no underlines of "=".
  const letter = page.getByRole('article', { name: 'Complaint about Dr. Zoë Ångström: preview' });
  await expect(
    letter.getByRole('heading', { name: 'Complaint about Dr. Zoë Ångström' }),
  ).toBeVisible();
  await expect(letter.getByRole('heading', { name: 'What happened' })).toBeVisible();
  await expect(letter).toContainText(editedText);
  await expect(letter).not.toContainText('===');
  await expect(letter.locator('pre')).toHaveCount(0);
  // The plain text is one tap away, and can be copied without opening it.
  await expect(page.getByRole('button', { name: 'Copy the text' }).first()).toBeVisible();
  const plain = page.getByLabel('Complaint about Dr. Zoë Ångström, as plain text');
  await expect(plain).toBeHidden();
  await page.getByText('Show the plain text').click();
  await expect(plain).toBeVisible();
  const text = (await plain.textContent()) ?? '';
  expect(text).toContain('Complaint about Dr. Zoë Ångström\n================');
  expect(text).toContain('License number: LMFT 98765');
  expect(text).toContain('From April 3, 2023 to February 26, 2024.');
  expect(text).toContain(editedText);
  expect(text).toContain('She asked me not to tell anyone.');
  await expect(
    page.getByText(`${text.length.toLocaleString('en-US')} characters`, { exact: true }).first(),
  ).toBeVisible();

  const pdf = await download(page, 'Download PDF');
  await expect(page.getByRole('status').filter({ hasText: 'The PDF is ready.' })).toBeVisible();
  // US Letter unless the person picks A4.
  await expect(page.getByLabel('US Letter')).toBeChecked();
  expect(pdfPages(pdf).map((p) => [p.width, p.height])).toEqual([[612, 792]]);
  await expectPdf(pdf, [
    'Complaint about Dr. Zoë Ångström',
    'License number: LMFT 98765',
    'From April 3, 2023 to February 26, 2024.',
    'Page 1 of 1',
  ]);
  const pdfText = pdfTextLines(pdf).join(' ');
  expect(pdfText).toContain('January 22, 2024, session at 7:30 PM');
  // The color emoji is written as its name; the Hebrew is drawn in the embedded font.
  expect(pdfText).toContain('[grinning face]');
  expect(pdfText).toContain([...'אותך'].reverse().join(''));

  await page.getByRole('link', { name: 'Open a printable page' }).click();
  await expectHeading(page, 'Complaint about Dr. Zoë Ångström');
  await expect(page.locator('.doc')).toContainText(editedText);
  await expect(page.locator('.doc p', { hasText: 'אני אוהבת' })).toHaveAttribute('dir', 'auto');
  await page.getByRole('link', { name: /Back$/ }).click();
  await expectHeading(page, 'Your complaint');

  // Second complaint: Texas, a psychologist, with no sessions ticked this time.
  await buildComplaint(
    page,
    {
      state: 'Texas',
      profession: 'Psychologist',
      name: 'Dr. Omar Haddad-Núñez',
      from: '2021-09-01',
      tickSessions: false,
    },
    false,
  );
  await next(page);
  await expectHeading(page, 'Check your answers');
  await page.getByRole('link', { name: 'Make the letter' }).click();
  await expectHeading(page, 'Your complaint');
  const texas = await page
    .getByLabel('Complaint about Dr. Omar Haddad-Núñez, as plain text')
    .textContent();
  expect(texas).toContain('State: Texas');
  expect(texas).toContain('From September 1, 2021.');
  await expectPdf(await download(page, 'Download PDF'), [
    'Complaint about Dr. Omar Haddad-Núñez',
    'State: Texas',
    'From September 1, 2021.',
  ]);

  await follow(page, 'If it already happened', 'Build a complaint to a licensing board');
  await expect(
    page.getByRole('link', { name: 'Continue Dr. Zoë Ångström, California' }),
  ).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Continue Dr. Omar Haddad-Núñez, Texas' }),
  ).toBeVisible();

  // The evidence report: what it reveals, leaving parts out, the codes.
  await follow(page, 'If it already happened', 'Make an evidence report');
  await expect(page.getByRole('region', { name: 'Evidence report, as plain text' })).toBeVisible();
  await expectHeading(page, 'Evidence report');
  const reveals = page.getByRole('region', {
    name: 'What this report shows to anyone who reads it',
  });
  await expect(reveals).toContainText('1 journal entry: every word you wrote in them');
  await expect(reveals).toContainText('1 earlier version of edited entries');
  await expect(reveals).toContainText('1 session:');
  let report = await page
    .getByRole('region', { name: 'Evidence report, as plain text' })
    .textContent();
  expect(report).toContain('Earlier version 1 of 1');
  expect(report).toContain(entryText);
  expect(report).toMatch(/^Final code {2}lines 1-\d+ +[0-9a-f]{64}$/m);

  await page.getByLabel('Leave out the earlier versions of edited entries').check();
  await expect(reveals).toContainText('No earlier versions of entries.');
  await expect(
    page.getByRole('region', { name: 'Evidence report, as plain text' }),
  ).not.toContainText(/Earlier version 1 of 1/);
  report = await page.getByRole('region', { name: 'Evidence report, as plain text' }).textContent();
  const reportPdf = await download(page, 'Download PDF');
  await expectPdf(reportPdf, ['Evidence report', 'Integrity codes']);
  expect(report).toContain('2. Journal entry:');
  // The first page is the summary, with the two charts drawn; the timeline starts after it.
  const [summary, ...rest] = pdfPages(reportPdf);
  expect(summary?.lines).toEqual(
    expect.arrayContaining([
      'Summary',
      'Therapy sessions: 1',
      'Journal entries: 1',
      'Minutes past the planned length, per session',
      'Start time, per session',
    ]),
  );
  expect(summary?.content).toMatch(/ re\s+f\b/);
  expect(summary?.content).toMatch(/ l\s+S\b/);
  expect(summary?.lines).not.toContain('Timeline');
  expect(rest[0]?.lines[0]).toBe('Timeline');
  expect([summary?.width, summary?.height]).toEqual([612, 792]);
  // A4 when chosen, for every page.
  await page.getByLabel('A4').check();
  const a4 = pdfPages(await download(page, 'Download PDF'));
  expect(a4.length).toBeGreaterThan(1);
  for (const p of a4) {
    expect(p.width).toBeCloseTo(595.28, 1);
    expect(p.height).toBeCloseTo(841.89, 1);
  }

  await page.getByRole('link', { name: 'Open a printable page' }).click();
  await expectHeading(page, 'Evidence report');
  await expect(page.locator('.doc')).toContainText('What these codes show, and what they do not');
});

test('a coach or unlicensed practitioner gets no board, and the other routes instead', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await open(page, '/happened/complaint');
  await page.getByRole('button', { name: 'Start a new complaint' }).click();
  await expectHeading(page, 'In which state did the therapy take place?');
  await page.getByLabel('State').selectOption({ label: 'Iowa' });
  await next(page);
  await page.getByLabel('A coach, or someone with no license').check();
  await next(page);
  await expectHeading(page, 'The board that receives it');
  await expect(
    page.getByRole('heading', { name: 'There is no licensing board for this' }),
  ).toBeVisible();
  await next(page);
  await page.getByLabel('Their full name').fill('Sam Coach');
  await next(page);
  // The therapist's name is the first thing kept: only now is the passphrase asked.
  await choosePassphrase(page);
  await expectHeading(page, 'Your contact details (optional)');
  await next(page);
  await page.getByLabel('First session').fill('2022-02-01');
  await next(page);
  await next(page);
  await expect(page.getByLabel('What happened, in date order')).toHaveValue('');
  await next(page);
  await expect(page.getByRole('alert')).toContainText('Describe what happened');
  await page
    .getByLabel('What happened, in date order')
    .fill('March 3, 2022: he kissed me at the end of the session.');
  await next(page);
  await page.getByRole('link', { name: 'Make the letter' }).click();
  await expectHeading(page, 'Your complaint');
  await expect(
    page.getByRole('heading', { name: 'There is no licensing board for this' }),
  ).toBeVisible();
  await expect(
    page.getByText(
      `Our research saw such a law in ${statesWhoseCriminalLawCoversUnlicensed.map(stateName).join(', ')}.`,
      { exact: false },
    ),
  ).toBeVisible();
  await expect(page.getByText('The board:')).toBeHidden();
});

test('with nothing marked as evidence, the draft invites writing and the report is a useful empty one', async ({
  page,
}) => {
  test.setTimeout(180_000);
  // A vault with nothing marked as evidence: set up by saving a complaint's first answers.
  await open(page, '/happened/complaint');
  await page.getByRole('button', { name: 'Start a new complaint' }).click();
  await expectHeading(page, 'In which state did the therapy take place?');
  await page.getByLabel('State').selectOption({ label: 'Ohio' });
  await next(page);
  await page.getByLabel('Psychologist').check();
  await next(page);
  await next(page);
  await page.getByLabel('Their full name').fill('Dr. Nobody');
  await next(page);
  await choosePassphrase(page);
  await expectHeading(page, 'Your contact details (optional)');
  await follow(page, 'If it already happened', 'Make an evidence report');
  await expectHeading(page, 'Evidence report');
  await expect(page.getByText('No journal entries are marked as evidence yet.')).toBeVisible();
  await expect(page.getByText('Nothing is chosen yet.')).toBeVisible();
  const report = await page
    .getByRole('region', { name: 'Evidence report, as plain text' })
    .textContent();
  expect(report).toContain('This report has no entries or sessions in it yet.');
  expect(report).toMatch(/^Final code {2}lines 1-\d+ +[0-9a-f]{64}$/m);
  await expectPdf(await download(page, 'Download PDF'), [
    'Evidence report',
    'Nothing to show yet.',
  ]);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
