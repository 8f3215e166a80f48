import { backupDateRecord } from '../../core/record-keys';
import type { Vault } from '../../core/vault/vault';

/**
 * Downloads the backup file and remembers when: "Last backup" and the reminder read that date,
 * and "Erase everything" warns when there never was one.
 */
export async function saveBackupFile(open: Vault): Promise<void> {
  const text = await open.exportBackup();
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `terrarium-backup-${new Date().toISOString().slice(0, 10)}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  const last = open.list(backupDateRecord).at(-1);
  await open.put(backupDateRecord, { at: new Date().toISOString() }, last?.id);
}

/** The date of the last backup file, or null when there never was one. */
export function lastBackupAt(open: Pick<Vault, 'list'>): string | null {
  return open.list(backupDateRecord).at(-1)?.data.at ?? null;
}
