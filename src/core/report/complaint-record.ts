import * as v from 'valibot';
import { complaintProfessions } from '../boards/practitioners';
import { stateCodes } from '../boards/states';
import type { RecordType } from '../vault/record-type';
import type { Complaint } from './complaint';

const day = v.union([v.literal(''), v.pipe(v.string(), v.isoDate())]);

const schema = v.strictObject({
  state: v.union([v.literal(''), v.picklist(stateCodes)]),
  profession: v.union([v.literal(''), v.picklist(complaintProfessions)]),
  therapist: v.strictObject({
    name: v.string(),
    licenseNumber: v.string(),
    practiceAddress: v.string(),
  }),
  you: v.strictObject({
    name: v.string(),
    email: v.string(),
    phone: v.string(),
    address: v.string(),
  }),
  treatment: v.strictObject({ from: day, to: day }),
  whatHappened: v.string(),
  drafted: v.boolean(),
}) satisfies v.GenericSchema<unknown, Complaint>;

/** Complaint drafts in the vault. Version 1 is the first stored shape: no migrations yet. */
export const complaintRecord: RecordType<Complaint> = {
  name: 'complaint',
  version: 1,
  schema,
  migrations: {},
};
