import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useMessages } from '../i18n';
import { useVaultLock } from './VaultProvider';

/**
 * Shown in the header while unlocked: one press hides everything private again. Beside it, when
 * the last backup file was saved (BackupLine), which loads only once the vault is open, so no
 * page's first load carries it.
 */
export function LockButton() {
  const m = useMessages().shell;
  const { status, lock } = useVaultLock();
  const [BackupLine, setBackupLine] = useState<FunctionComponent | null>(null);

  useEffect(() => {
    if (status !== 'unlocked' || BackupLine) return;
    import('./BackupNudge')
      .then((module) => setBackupLine(() => module.BackupLine))
      // Only a reminder: without it, locking works all the same.
      .catch(() => undefined);
  }, [status, BackupLine]);

  if (status !== 'unlocked') return null;
  return (
    <>
      <button type="button" class="button button--secondary lock-button" onClick={lock}>
        {m.lockButton}
      </button>
      {BackupLine && <BackupLine />}
    </>
  );
}
