import { useMessages } from '../i18n';
import { useVaultLock } from './VaultProvider';

/** Shown in the header while unlocked: one press hides everything private again. */
export function LockButton() {
  const m = useMessages().shell;
  const { status, lock } = useVaultLock();
  if (status !== 'unlocked') return null;
  return (
    <button type="button" class="button button--secondary lock-button" onClick={lock}>
      {m.lockButton}
    </button>
  );
}
