import { useEffect, useState } from 'preact/hooks';
import { readSessionLog, type SessionLog } from '../../../core/notice/log';
import type { UnlockedVault } from '../../../core/vault/record-type';
import type { VaultState } from '../../vault/VaultProvider';

/** The log and its findings, read again whenever the vault changes. */
export function useSessionLog(vault: UnlockedVault): SessionLog {
  const [log, setLog] = useState(() => readSessionLog(vault));
  useEffect(() => {
    setLog(readSessionLog(vault));
    return vault.subscribe(() => setLog(readSessionLog(vault)));
  }, [vault]);
  return log;
}

/** The open vault, asking for the passphrase (or to set one up) first if needed. */
export function openVault(state: VaultState): Promise<UnlockedVault> {
  return state.status === 'unlocked' && state.vault
    ? Promise.resolve(state.vault)
    : state.requestUnlock();
}
