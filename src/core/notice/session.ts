import type { WarningSignId } from './warning-signs';

/*
 * A session is stored as the person's own calendar date and clock time
 * ('2024-03-10', '18:30'), never as an instant. An instant would be re-read in
 * whatever time zone the phone is in today: a session logged at 18:30 in New
 * York would show as 15:30 after a move to California, and one logged the day
 * before a daylight-saving change could slide an hour or even a day. What the
 * person remembers, and what drift is about ("sessions moved into the
 * evening"), is the wall clock in the room, so that is what we keep.
 */

declare const localDateBrand: unique symbol;
declare const localTimeBrand: unique symbol;
declare const minutesBrand: unique symbol;

/** A calendar date as the person lived it: 'YYYY-MM-DD', no time zone. */
export type LocalDate = string & { readonly [localDateBrand]: true };
/** A wall-clock time on that date: 'HH:MM', 24-hour, no time zone. */
export type LocalTime = string & { readonly [localTimeBrand]: true };
/** A length of time in whole minutes. Branded so a count of texts can never pass for a length. */
export type Minutes = number & { readonly [minutesBrand]: true };

export const places = ['office', 'video', 'elsewhere'] as const;
export type Place = (typeof places)[number];

export const fees = ['usual', 'reduced', 'waived'] as const;
export type Fee = (typeof fees)[number];

export const touches = ['none', 'handshake', 'hug', 'other'] as const;
export type Touch = (typeof touches)[number];

/** The short check after a session with any sign: is this still therapy, and for whom? */
export const feltLikeOptions = ['therapy', 'date', 'friendship', 'unsure'] as const;
export type FeltLike = (typeof feltLikeOptions)[number];

export const needsOptions = ['mine', 'theirs', 'both', 'unsure'] as const;
export type NeedsAtCenter = (typeof needsOptions)[number];

export interface Reflection {
  readonly feltLike: FeltLike;
  readonly needsAtCenter: NeedsAtCenter;
  readonly note: string;
}

export interface Session {
  readonly date: LocalDate;
  readonly start: LocalTime;
  readonly plannedMinutes: Minutes;
  readonly actualMinutes: Minutes;
  readonly place: Place;
  readonly fee: Fee;
  /** Calls, texts or meetings since the last session that were not about scheduling. */
  readonly contactsBetween: number;
  readonly touch: Touch;
  /** The warning signs and overriding events the person ticked, in catalogue order. */
  readonly signs: readonly WarningSignId[];
  readonly notes: string;
  readonly reflection?: Reflection;
}

/** A session as it sits in the log: the vault record's id and its data. */
export interface LoggedSession {
  readonly id: string;
  readonly data: Session;
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Reads 'YYYY-MM-DD' if it names a real calendar day (no 31 April, no 29 February 2023). */
export function parseLocalDate(text: string): LocalDate | undefined {
  const match = LOCAL_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Date.UTC is used only as a calendar: UTC has no daylight-saving gaps to trip over.
  const check = new Date(Date.UTC(year, month - 1, day));
  const real =
    year >= 1900 &&
    check.getUTCFullYear() === year &&
    check.getUTCMonth() === month - 1 &&
    check.getUTCDate() === day;
  return real ? (text as LocalDate) : undefined;
}

/** Reads 'HH:MM' (00:00–23:59). */
export function parseLocalTime(text: string): LocalTime | undefined {
  return LOCAL_TIME.test(text) ? (text as LocalTime) : undefined;
}

/** Minutes after midnight, for comparing start times. */
export function minutesOfDay(time: LocalTime): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** Today's date on the person's own clock. */
export function localDateOf(instant: Date): LocalDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}` as LocalDate;
}

/** The month a date falls in, 'YYYY-MM', for grouping a long log. */
export function monthOf(date: LocalDate): string {
  return date.slice(0, 7);
}

/**
 * Oldest first: by date, then start time, then id, so two sessions on one day
 * keep a stable order and every rule sees the same sequence.
 */
export function chronological<S extends LoggedSession>(sessions: readonly S[]): S[] {
  return [...sessions].sort(
    (a, b) =>
      compare(a.data.date, b.data.date) ||
      compare(a.data.start, b.data.start) ||
      compare(a.id, b.id),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** How far past its planned length a session ran (negative if it ended early). */
export function overrun(session: Session): number {
  return session.actualMinutes - session.plannedMinutes;
}
