import type { Page } from '@playwright/test';
import { decide as decideEn } from '../src/ui/i18n/en/decide';
import { notice as noticeEn } from '../src/ui/i18n/en/notice';
import { vault as vaultEn } from '../src/ui/i18n/en/vault';
import { decide as decideEs } from '../src/ui/i18n/es/decide';
import { notice as noticeEs } from '../src/ui/i18n/es/notice';
import { vault as vaultEs } from '../src/ui/i18n/es/vault';
import { expect, expectAccessible, open, test } from './fixtures';

// Six sessions logged one by one, then every step of Decide scanned with axe.
test.describe.configure({ timeout: 300_000 });

const PASSPHRASE = 'lantern over still water';

const languages = [
  { lang: 'en', prefix: '', decide: decideEn, notice: noticeEn, vault: vaultEn },
  { lang: 'es', prefix: '/es', decide: decideEs, notice: noticeEs, vault: vaultEs },
] as const;
type Language = (typeof languages)[number];

interface Drift {
  date: string;
  start: string;
  actual: string;
  fee?: 'waived';
  contacts?: string;
  hug?: boolean;
  signs?: ('special' | 'outside-contact')[];
}

/** Six weekly sessions drifting later, longer, free of charge, with texting and hugs. */
const drifting: Drift[] = [
  { date: '2025-01-06', start: '14:00', actual: '50' },
  { date: '2025-01-13', start: '14:00', actual: '50' },
  { date: '2025-01-20', start: '17:30', actual: '62', contacts: '1', hug: true },
  {
    date: '2025-01-27',
    start: '18:30',
    actual: '70',
    fee: 'waived',
    contacts: '3',
    hug: true,
    signs: ['special'],
  },
  {
    date: '2025-02-03',
    start: '19:00',
    actual: '80',
    fee: 'waived',
    contacts: '6',
    hug: true,
    signs: ['special'],
  },
  { date: '2025-02-10', start: '19:30', actual: '90', fee: 'waived', contacts: '9', hug: true },
];

async function logDriftingSessions(page: Page, { prefix, notice, vault }: Language) {
  const form = notice.form;
  await open(page, `${prefix}/notice`);
  for (const [i, s] of drifting.entries()) {
    await page.getByRole('link', { name: notice.logSession }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(form.newTitle);
    await page.getByLabel(form.date).fill(s.date);
    await page.getByLabel(form.start, { exact: true }).fill(s.start);
    await page.getByLabel(form.plannedMinutes).fill('50');
    await page.getByLabel(form.actualMinutes).fill(s.actual);
    await page
      .getByRole('group', { name: form.fee })
      .getByLabel(form.fees[s.fee ?? 'usual'])
      .check();
    await page.getByLabel(form.contactsBetween).fill(s.contacts ?? '');
    await page
      .getByRole('group', { name: form.touch })
      .getByLabel(form.touches[s.hug ? 'hug' : 'none'], { exact: true })
      .check();
    if (s.signs?.length) {
      // The other signs wait behind "Did anything else happen?"; texting and hugs are answered above.
      await page
        .getByRole('group', { name: form.anythingElse })
        .getByLabel(form.anythingElseOptions.yes, { exact: true })
        .check();
    }
    for (const sign of s.signs ?? []) await page.getByLabel(notice.signs[sign].name).check();
    await page.getByRole('button', { name: form.save }).click();
    if (i === 0) {
      const dialog = page.getByRole('dialog', { name: vault.setup.title });
      await dialog.getByLabel(vault.setup.passphraseLabel, { exact: true }).fill(PASSPHRASE);
      await dialog.getByRole('button', { name: vault.setup.submit }).click();
      await expect(dialog).toBeHidden({ timeout: 20_000 });
    }
    if (s.signs?.length) {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(notice.reflection.title);
      await page.getByRole('button', { name: notice.reflection.skip }).click();
    }
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(notice.title);
  }
}

async function expectHeading(page: Page, text: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text);
  await expectAccessible(page);
}

/** Answers every question as calmly as possible: with an empty log this is "probably safe". */
async function answerCalmly(page: Page, { prefix, decide }: Language) {
  const q = decide.questions;
  await open(page, `${prefix}/decide`);
  await page.getByRole('link', { name: decide.intro.start }).click();
  const choices = [
    q.draws.options['how-they-listen'].label,
    q.suggestive.options.no.label,
    q.proposal.options.no.label,
    q.contact.options.no.label,
    q.comfort.options.comfortable.label,
    q.gut.options.no.label,
  ];
  for (const [i, choice] of choices.entries()) {
    await expect(page.getByText(decide.progress(i + 1, 6))).toBeVisible();
    await page.getByLabel(choice, { exact: true }).check();
    await page.getByRole('button', { name: decide.continue }).click();
  }
}

for (const language of languages) {
  const { decide, vault } = language;
  const probablySafe = decide.outcomes['probably-safe'].title;

  test(`[${language.lang}] a locked session log is never left out: Decide asks to unlock, or says the log was not read, and never says “probably safe”`, async ({
    page,
  }) => {
    await logDriftingSessions(page, language);
    // A reload locks the vault: the six sessions are there, but unreadable.
    await page.reload();
    await answerCalmly(page, language);

    await expectHeading(page, decide.check.title);
    await expect(page.getByText(decide.check.logLocked)).toBeVisible();
    await expect(page.getByText(decide.check.logNone)).toHaveCount(0);
    await page.getByRole('link', { name: decide.check.seeResult }).click();

    // The result waits: unlock first, or choose to go on without the log.
    await expectHeading(page, decide.result.lockedTitle);
    await expect(page.getByRole('heading', { name: probablySafe })).toHaveCount(0);
    await page.getByRole('button', { name: decide.check.logSkip }).click();

    const slowDown = decide.outcomes['slow-down'].title;
    await expectHeading(page, slowDown);
    // Said at the top: the notice comes right before the scale and the outcome.
    await expect(page.locator('.notice:has(+ .scale + .decide-outcome)')).toContainText(
      decide.result.lockedSkipped,
    );
    await expect(page.getByText(decide.reasons['log-locked'])).toBeVisible();
    await expect(page.getByRole('heading', { name: probablySafe })).toHaveCount(0);
    await expect(page.getByText(decide.reasons['no-signs-logged'](0))).toHaveCount(0);

    // Unlocking from the result reads the log: six drifting sessions are a pattern.
    await page.getByRole('button', { name: decide.check.logUnlock }).click();
    const dialog = page.getByRole('dialog', { name: vault.unlock.title });
    await dialog.getByLabel(vault.unlock.label).fill(PASSPHRASE);
    await dialog.getByRole('button', { name: vault.unlock.submit }).click();
    await expect(dialog).toBeHidden({ timeout: 20_000 });
    await expectHeading(page, decide.outcomes['walk-away'].title);
    await expect(page.getByText(decide.reasons['signs-recur'])).toBeVisible();
    await expect(page.getByText(decide.result.lockedSkipped)).toHaveCount(0);
    const leaving = decide.outcomes['walk-away'].next[0]?.link;
    await expect(page.getByRole('link', { name: leaving?.label ?? '' })).toHaveAttribute(
      'href',
      `${language.prefix}/learn/leaving-a-therapist`,
    );
  });
}

test('unlocking at the gate, before any result, shows the result with the log read', async ({
  page,
}) => {
  const [english] = languages;
  await logDriftingSessions(page, english);
  await page.reload();
  await answerCalmly(page, english);
  await page.getByRole('link', { name: decideEn.check.seeResult }).click();
  await expectHeading(page, decideEn.result.lockedTitle);
  await page.getByRole('button', { name: decideEn.check.logUnlock }).click();
  const dialog = page.getByRole('dialog', { name: vaultEn.unlock.title });
  await dialog.getByLabel(vaultEn.unlock.label).fill(PASSPHRASE);
  await dialog.getByRole('button', { name: vaultEn.unlock.submit }).click();
  await expect(dialog).toBeHidden({ timeout: 20_000 });
  await expectHeading(page, decideEn.outcomes['walk-away'].title);
});
