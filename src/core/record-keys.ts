import type { DecisionProgress, SavedDecision } from './decide/decision-record';
import type { SavedResponseCheck } from './decide/response-check-record';
import type { Session } from './notice/session';
import type { JournalEntry } from './reflect/entry';
import type { Complaint } from './report/complaint';
import type { EvidenceSelection } from './report/evidence';
import type { BackupDate } from './vault/backup-date-record';
import type { Draft } from './vault/draft-record';
import { recordKey } from './vault/record-type';

/**
 * What pages pass to the vault: each kind of record by name only. The kinds
 * themselves (schemas, migrations: src/core/records.ts) load with the vault's
 * code when it is unlocked, so a locked page's first load carries none of them.
 * Each key has the name of the kind it stands for (record-keys.test.ts).
 */
export const sessionRecord = recordKey<Session>('notice-session');
export const journalEntryRecord = recordKey<JournalEntry>('journal-entry');
export const decisionProgressType = recordKey<DecisionProgress>('decision-progress');
export const savedDecisionType = recordKey<SavedDecision>('decision-result');
export const responseCheckType = recordKey<SavedResponseCheck>('response-check');
export const complaintRecord = recordKey<Complaint>('complaint');
export const evidenceSelectionRecord = recordKey<EvidenceSelection>('evidence-selection');
export const draftRecord = recordKey<Draft>('draft');
export const backupDateRecord = recordKey<BackupDate>('backup-date');
