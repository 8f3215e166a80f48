import {
  type Fee,
  fees,
  type LocalDate,
  type Minutes,
  type Place,
  parseLocalDate,
  parseLocalTime,
  places,
  type Session,
  type Touch,
  touches,
} from './session';
import { type WarningSignId, warningSigns } from './warning-signs';

/** What the session form holds: the raw text of each field, before it means anything. */
export interface SessionDraft {
  readonly date: string;
  readonly start: string;
  readonly plannedMinutes: string;
  readonly actualMinutes: string;
  readonly place: string;
  readonly fee: string;
  readonly contactsBetween: string;
  readonly touch: string;
  readonly signs: readonly string[];
  readonly notes: string;
}

/** Fields in the order the form shows them, so the error summary lists them in the same order. */
export const sessionFields = [
  'date',
  'start',
  'plannedMinutes',
  'actualMinutes',
  'place',
  'fee',
  'contactsBetween',
  'touch',
  'signs',
  'notes',
] as const;
export type SessionField = (typeof sessionFields)[number];

export type FieldError =
  | 'missing'
  | 'not-a-date'
  | 'in-the-future'
  | 'not-a-time'
  | 'not-a-number'
  | 'not-whole'
  | 'negative'
  | 'zero'
  | 'over-a-day'
  | 'too-many'
  | 'unknown-choice'
  | 'too-long';

export type SessionErrors = Partial<Record<SessionField, FieldError>>;

export type ValidationResult =
  | { readonly ok: true; readonly session: Omit<Session, 'reflection'> }
  | { readonly ok: false; readonly errors: SessionErrors };

/** A whole day. Nothing that happened in one sitting lasts longer. */
export const MINUTES_IN_A_DAY = 24 * 60;
/** Far above any real count of texts and calls in a week, low enough to catch a slipped finger. */
export const MAX_CONTACTS_BETWEEN = 9999;
/** Notes are short by design; this only stops a runaway paste from bloating the vault. */
export const MAX_NOTES_LENGTH = 20_000;

/**
 * Turns the form into a session, or says what is wrong with each field.
 * Nothing is saved until this returns ok, so a mistake can never overwrite a
 * session that was already stored.
 *
 * "Start after end" cannot happen here by construction: we do not ask for an
 * end time (one field fewer keeps logging under a minute); the end is the
 * start plus the actual length, and the length must be more than zero and at
 * most a day. A session that runs past midnight belongs to the date it began.
 * A date later than `today` (the person's own calendar) has not happened yet.
 */
export function validateSession(draft: SessionDraft, today: LocalDate): ValidationResult {
  const errors: SessionErrors = {};

  const date = parseLocalDate(draft.date.trim());
  if (!draft.date.trim()) errors.date = 'missing';
  else if (!date) errors.date = 'not-a-date';
  else if (date > today) errors.date = 'in-the-future';

  const start = parseLocalTime(draft.start.trim());
  if (!draft.start.trim()) errors.start = 'missing';
  else if (!start) errors.start = 'not-a-time';

  const planned = readLength(draft.plannedMinutes);
  if (typeof planned === 'string') errors.plannedMinutes = planned;
  const actual = readLength(draft.actualMinutes);
  if (typeof actual === 'string') errors.actualMinutes = actual;

  const place = readChoice<Place>(draft.place, places);
  if (!place) errors.place = draft.place ? 'unknown-choice' : 'missing';
  const fee = readChoice<Fee>(draft.fee, fees);
  if (!fee) errors.fee = draft.fee ? 'unknown-choice' : 'missing';
  const touch = readChoice<Touch>(draft.touch, touches);
  if (!touch) errors.touch = draft.touch ? 'unknown-choice' : 'missing';

  const contacts = readCount(draft.contactsBetween);
  if (typeof contacts === 'string') errors.contactsBetween = contacts;

  const known = new Set<string>(warningSigns.map((sign) => sign.id));
  if (draft.signs.some((id) => !known.has(id))) errors.signs = 'unknown-choice';
  const signs = warningSigns.map((sign) => sign.id).filter((id) => draft.signs.includes(id));

  if (draft.notes.length > MAX_NOTES_LENGTH) errors.notes = 'too-long';

  if (
    Object.keys(errors).length > 0 ||
    !date ||
    !start ||
    typeof planned !== 'number' ||
    typeof actual !== 'number' ||
    !place ||
    !fee ||
    !touch ||
    typeof contacts !== 'number'
  ) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    session: {
      date,
      start,
      plannedMinutes: planned,
      actualMinutes: actual,
      place,
      fee,
      contactsBetween: contacts,
      touch,
      signs: signs as WarningSignId[],
      notes: draft.notes.trim(),
    },
  };
}

function readNumber(text: string): number | FieldError {
  const trimmed = text.trim();
  if (!trimmed) return 'missing';
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) return 'not-a-number';
  const value = Number(trimmed);
  if (value < 0) return 'negative';
  if (!Number.isInteger(value)) return 'not-whole';
  return value;
}

function readLength(text: string): Minutes | FieldError {
  const value = readNumber(text);
  if (typeof value === 'string') return value;
  if (value === 0) return 'zero';
  if (value > MINUTES_IN_A_DAY) return 'over-a-day';
  return value as Minutes;
}

/** An empty count means none: the person who had no contact should not have to type a zero. */
function readCount(text: string): number | FieldError {
  if (!text.trim()) return 0;
  const value = readNumber(text);
  if (typeof value === 'string') return value;
  return value > MAX_CONTACTS_BETWEEN ? 'too-many' : value;
}

function readChoice<T extends string>(text: string, options: readonly T[]): T | undefined {
  return (options as readonly string[]).includes(text) ? (text as T) : undefined;
}
