import * as v from 'valibot';
import type { RecordType } from './record-type';

/**
 * Unsaved words sealed when the vault locks, so a pause never costs a
 * half-written entry. `place` names the form they came from (e.g.
 * "reflect/new", "complaint/story"); it is inside the ciphertext, never in
 * the record's clear id. Deleted once the person saves or discards.
 */
export interface Draft {
  readonly place: string;
  /** The form's own state, as JSON; each form restores its own shape. */
  readonly value: unknown;
}

export const draftRecord: RecordType<Draft> = {
  name: 'draft',
  version: 1,
  schema: v.strictObject({
    place: v.pipe(v.string(), v.maxLength(500)),
    value: v.unknown(),
  }) as v.GenericSchema<unknown, Draft>,
  migrations: {},
};
