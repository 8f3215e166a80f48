import { useEffect, useState } from 'preact/hooks';
import { journalEntryRecord } from '../../../core/record-keys';
import type { JournalEntry } from '../../../core/reflect/entry';
import { newestFirst } from '../../../core/reflect/entry';
import { isVaultError } from '../../../core/vault/errors';
import type { UnlockedVault, VaultRecord } from '../../../core/vault/record-type';
import type { reflect } from '../../i18n/en/reflect';

export type EntryRecord = VaultRecord<JournalEntry>;

/** The journal, newest first, read again whenever the vault changes. */
export function useJournal(vault: UnlockedVault): EntryRecord[] {
  const [entries, setEntries] = useState(() => readJournal(vault));
  useEffect(() => {
    setEntries(readJournal(vault));
    return vault.subscribe(() => setEntries(readJournal(vault)));
  }, [vault]);
  return entries;
}

function readJournal(vault: UnlockedVault): EntryRecord[] {
  return newestFirst(vault.list(journalEntryRecord));
}

/** What to tell the person when saving failed, including when they closed the passphrase dialog. */
export function saveProblem(error: unknown, m: (typeof reflect)['problems']): string {
  if (isVaultError(error, 'cancelled')) return m.cancelled;
  if (isVaultError(error, 'unavailable')) return m.unavailable;
  if (isVaultError(error, 'storage-full')) return m.storageFull;
  return m.failed;
}

/** Full date and time of a stored timestamp, in the person's time zone. */
export function formatMoment(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

/** A day typed as YYYY-MM-DD, shown as written (no time zone can shift it). */
export function formatDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** Today as YYYY-MM-DD in the person's time zone. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
