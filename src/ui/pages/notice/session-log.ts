import { useEffect, useState } from 'preact/hooks';
import { readSessionLog, type SessionLog } from '../../../core/notice/log';
import type { UnlockedVault } from '../../../core/vault/record-type';

/** The log and its findings, read again whenever the vault changes. */
export function useSessionLog(vault: UnlockedVault): SessionLog {
  const [log, setLog] = useState(() => readSessionLog(vault));
  useEffect(() => {
    setLog(readSessionLog(vault));
    return vault.subscribe(() => setLog(readSessionLog(vault)));
  }, [vault]);
  return log;
}
