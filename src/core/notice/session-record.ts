import * as v from 'valibot';
import type { RecordType } from '../vault/record-type';
import {
  fees,
  feltLikeOptions,
  type LocalDate,
  type LocalTime,
  type Minutes,
  needsOptions,
  parseLocalDate,
  parseLocalTime,
  places,
  type Session,
  touches,
} from './session';
import { MAX_CONTACTS_BETWEEN, MINUTES_IN_A_DAY } from './validate-session';
import { warningSigns } from './warning-signs';

const localDate = v.custom<LocalDate>(
  (input) => typeof input === 'string' && parseLocalDate(input) !== undefined,
  'a calendar date YYYY-MM-DD',
);
const localTime = v.custom<LocalTime>(
  (input) => typeof input === 'string' && parseLocalTime(input) !== undefined,
  'a time HH:MM',
);
const minutes = v.custom<Minutes>(
  (input) =>
    typeof input === 'number' && Number.isInteger(input) && input > 0 && input <= MINUTES_IN_A_DAY,
  'whole minutes from 1 to a day',
);
const signId = v.picklist(
  warningSigns.map((sign) => sign.id) as [Session['signs'][number], ...Session['signs']],
);

const schema = v.strictObject({
  date: localDate,
  start: localTime,
  plannedMinutes: minutes,
  actualMinutes: minutes,
  place: v.picklist(places),
  fee: v.picklist(fees),
  contactsBetween: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_CONTACTS_BETWEEN)),
  touch: v.picklist(touches),
  signs: v.array(signId),
  notes: v.string(),
  reflection: v.optional(
    v.strictObject({
      feltLike: v.picklist(feltLikeOptions),
      needsAtCenter: v.picklist(needsOptions),
      note: v.string(),
    }),
  ),
});

/** Logged sessions in the vault. Version 1 is the first stored shape: no migrations yet. */
export const sessionRecord: RecordType<Session> = {
  name: 'notice-session',
  version: 1,
  schema,
  migrations: {},
};
