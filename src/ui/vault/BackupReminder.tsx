import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useVaultLock } from './VaultProvider';

/**
 * Where the offer of a backup file shows, at the top of every page. Its code (BackupCard) loads
 * only once the vault is open, so no page's first load carries it.
 */
export function BackupReminder() {
  const { status } = useVaultLock();
  const [Card, setCard] = useState<FunctionComponent | null>(null);

  useEffect(() => {
    if (status !== 'unlocked' || Card) return;
    import('./BackupNudge')
      .then((module) => setCard(() => module.BackupCard))
      // Only a reminder: the page works all the same without it.
      .catch(() => undefined);
  }, [status, Card]);

  return status === 'unlocked' && Card ? <Card /> : null;
}
