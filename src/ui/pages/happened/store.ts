import { useEffect, useState } from 'preact/hooks';
import type { LoggedSession } from '../../../core/notice/session';
import {
  complaintRecord,
  evidenceSelectionRecord,
  journalEntryRecord,
  sessionRecord,
} from '../../../core/record-keys';
import type { JournalEntry } from '../../../core/reflect/entry';
import type { Complaint } from '../../../core/report/complaint';
import {
  collectEvidence,
  type EvidenceItem,
  type EvidenceSelection,
  emptySelection,
} from '../../../core/report/evidence';
import type { UnlockedVault, VaultRecord } from '../../../core/vault/record-type';

/** Everything part 6 reads from the vault, read again whenever the vault changes. */
export interface HappenedData {
  readonly complaints: VaultRecord<Complaint>[];
  readonly entries: VaultRecord<JournalEntry>[];
  readonly sessions: LoggedSession[];
  readonly selection: EvidenceSelection;
  readonly selectionId: string | undefined;
}

function read(vault: UnlockedVault): HappenedData {
  const [stored] = vault.list(evidenceSelectionRecord);
  return {
    complaints: vault
      .list(complaintRecord)
      .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0)),
    entries: vault.list(journalEntryRecord),
    sessions: vault.list(sessionRecord).map(({ id, data }) => ({ id, data })),
    selection: stored?.data ?? emptySelection,
    selectionId: stored?.id,
  };
}

export function useHappenedData(vault: UnlockedVault): HappenedData {
  const [data, setData] = useState(() => read(vault));
  useEffect(() => {
    setData(read(vault));
    return vault.subscribe(() => setData(read(vault)));
  }, [vault]);
  return data;
}

/** The items the current choices put in a report or a draft, oldest first. */
export function evidenceOf(data: HappenedData): EvidenceItem[] {
  // Sessions deleted from the log since they were chosen simply drop out.
  return collectEvidence(data.entries, data.sessions, data.selection);
}

export function saveSelection(
  vault: UnlockedVault,
  data: HappenedData,
  selection: EvidenceSelection,
): Promise<unknown> {
  return vault.put(evidenceSelectionRecord, selection, data.selectionId);
}
