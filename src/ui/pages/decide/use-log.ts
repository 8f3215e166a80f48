import type { LoggedSession } from '../../../core/notice/session';
import { sessionRecord } from '../../../core/record-keys';
import { useVaultControl } from '../../vault/VaultProvider';

export interface Log {
  /** False until the first look at storage has finished: nothing is known about the log yet. */
  readonly ready: boolean;
  /** The vault is open and its sessions are below. */
  readonly open: boolean;
  /**
   * A vault exists and is locked: there may be logged sessions we cannot read. A result
   * must never pass over them in silence.
   */
  readonly locked: boolean;
  readonly sessions: LoggedSession[];
}

/** The session log as Decide can read it: its sessions, or why there are none to read. */
export function useLog(): Log {
  const { ready, status, vault } = useVaultControl();
  if (status !== 'unlocked' || !vault) {
    return { ready, open: false, locked: status === 'locked', sessions: [] };
  }
  const sessions = vault.list(sessionRecord).map(({ id, data }) => ({ id, data }));
  return { ready: true, open: true, locked: false, sessions };
}
