import { sessionRecord } from '../record-keys';
import type { UnlockedVault } from '../vault/record-type';
import { detectDrift, type Finding } from './drift';
import { chronological, type LoggedSession } from './session';

export interface SessionLog {
  /** Oldest first. */
  readonly sessions: readonly LoggedSession[];
  /** Most serious first; each names its sessions by id. */
  readonly findings: readonly Finding[];
}

/**
 * The session log as the rest of Terrarium sees it: the Notice pages, the
 * decision aid (which signs, which sessions) and the report (dates, places,
 * the patterns and the sessions behind them) all read it through here.
 */
export function readSessionLog(vault: Pick<UnlockedVault, 'list'>): SessionLog {
  const sessions = chronological(
    vault.list(sessionRecord).map((record) => ({ id: record.id, data: record.data })),
  );
  return { sessions, findings: detectDrift(sessions) };
}
