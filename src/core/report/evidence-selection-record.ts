import * as v from 'valibot';
import type { RecordType } from '../vault/record-type';
import type { EvidenceSelection } from './evidence';

const schema = v.strictObject({
  sessionIds: v.array(v.string()),
  leftOutEntryIds: v.array(v.string()),
  leaveOut: v.strictObject({ revisions: v.boolean(), sessionNotes: v.boolean() }),
}) satisfies v.GenericSchema<unknown, EvidenceSelection>;

/**
 * What the person chose to put in their evidence: one record for the whole
 * vault, shared by the complaint builder and the evidence report, so a choice
 * made in one shows in the other. Version 1: no migrations yet.
 */
export const evidenceSelectionRecord: RecordType<EvidenceSelection> = {
  name: 'evidence-selection',
  version: 1,
  schema,
  migrations: {},
};
