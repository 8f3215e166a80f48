import type { LoggedSession } from '../../../core/notice/session';
import { sessionRecord } from '../../../core/notice/session-record';
import { useVault } from '../../vault/VaultProvider';

/**
 * The session log, when the vault is open. While it is locked the decision
 * goes by the answers alone, and the pages say so.
 */
export function useLog(): { open: boolean; locked: boolean; sessions: LoggedSession[] } {
  const { status, vault } = useVault();
  if (status !== 'unlocked' || !vault) {
    return { open: false, locked: status === 'locked', sessions: [] };
  }
  const sessions = vault.list(sessionRecord).map(({ id, data }) => ({ id, data }));
  return { open: true, locked: false, sessions };
}
