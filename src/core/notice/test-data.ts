import type { LocalDate, LocalTime, LoggedSession, Minutes, Session } from './session';

/** An uneventful 50-minute afternoon session in the office; tests change only what they are about. */
export function session(changes: Partial<Session> = {}): Session {
  return {
    date: '2024-01-08' as LocalDate,
    start: '14:00' as LocalTime,
    plannedMinutes: 50 as Minutes,
    actualMinutes: 50 as Minutes,
    place: 'office',
    fee: 'usual',
    contactsBetween: 0,
    touch: 'none',
    signs: [],
    notes: '',
    ...changes,
  };
}

/**
 * A weekly log starting Monday 8 January 2024: one session per entry, each
 * entry the changes for that week. Ids are s1, s2, … in order.
 */
export function weekly(...weeks: Partial<Session>[]): LoggedSession[] {
  return weeks.map((changes, i) => ({
    id: `s${i + 1}`,
    data: session({ date: addDays('2024-01-08', 7 * i), ...changes }),
  }));
}

export function addDays(date: string, days: number): LocalDate {
  const [y, m, d] = date.split('-').map(Number);
  const day = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + days));
  return day.toISOString().slice(0, 10) as LocalDate;
}

/** Whole minutes, for tests that write lengths by hand. */
export const min = (n: number) => n as Minutes;
export const at = (time: string) => time as LocalTime;
export const on = (date: string) => date as LocalDate;
