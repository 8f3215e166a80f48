import * as v from 'valibot';
import type { RecordType } from '../vault/record-type';
import { allResponseSigns, type ResponseCheck, responseResults } from './response-check';

/** How the therapist responded, as the person checked it, with the day of the conversation. */
export interface SavedResponseCheck extends ResponseCheck {
  /** The day of the conversation, YYYY-MM-DD. */
  readonly conversationDate: string;
  /** When the check was saved (ISO 8601). */
  readonly checkedAt: string;
  /** Every sign the person chose, including those that did not decide the result. */
  readonly signs: ResponseCheck['reasons'];
}

const sign = v.picklist(allResponseSigns as (typeof allResponseSigns)[number][]);

export const responseCheckType: RecordType<SavedResponseCheck> = {
  name: 'response-check',
  version: 1,
  schema: v.object({
    conversationDate: v.pipe(v.string(), v.isoDate()),
    checkedAt: v.pipe(v.string(), v.isoTimestamp()),
    signs: v.pipe(v.array(sign), v.minLength(1)),
    result: v.picklist(responseResults),
    reasons: v.pipe(v.array(sign), v.minLength(1)),
  }),
  migrations: {},
};
