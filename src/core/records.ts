import { decisionProgressType, savedDecisionType } from './decide/decision-record';
import { responseCheckType } from './decide/response-check-record';
import { sessionRecord } from './notice/session-record';
import { journalEntryRecord } from './reflect/entry-record';
import { complaintRecord } from './report/complaint-record';
import { evidenceSelectionRecord } from './report/evidence-selection-record';
import { backupDateRecord } from './vault/backup-date-record';
import { draftRecord } from './vault/draft-record';
import type { RecordType } from './vault/record-type';

/**
 * Every kind of record the vault stores. The vault migrates and validates each
 * record against its type when it is unlocked or imported. Add new types here.
 */
export const recordTypes: readonly RecordType<unknown>[] = [
  sessionRecord,
  journalEntryRecord,
  decisionProgressType,
  savedDecisionType,
  responseCheckType,
  complaintRecord,
  evidenceSelectionRecord,
  draftRecord,
  backupDateRecord,
];
