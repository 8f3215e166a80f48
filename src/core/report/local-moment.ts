import type { LocalDate, LocalTime } from '../notice/session';

/** An instant read on this device's clock, as the calendar date and wall time it shows. */
export function localMoment(iso: string): { date: LocalDate; time: LocalTime } {
  const at = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}` as LocalDate,
    time: `${pad(at.getHours())}:${pad(at.getMinutes())}` as LocalTime,
  };
}

/** A calendar day 'YYYY-MM-DD' as a Date at UTC midnight, so formatting it in UTC never slips a day. */
export function utcDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

/** Hours and minutes of a wall-clock time 'HH:MM'. */
export function clock(time: string): { hours: number; minutes: string } {
  return { hours: Number(time.slice(0, 2)), minutes: time.slice(3, 5) };
}
