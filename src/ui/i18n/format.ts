import { useMemo } from 'preact/hooks';
import type { Lang } from '../../core/i18n/lang';
import { useLang } from './index';

/** US English and US Spanish: the people Terrarium is written for. */
const locales: Record<Lang, string> = { en: 'en-US', es: 'es-US' };

export interface Formats {
  /** A calendar day 'YYYY-MM-DD', e.g. "Mar 10, 2024". Read as UTC so it never slips a day. */
  day(day: string): string;
  /** An instant (ISO 8601) as the day it was on the person's own clock. */
  instant(iso: string): string;
  /** A wall-clock time 'HH:MM', e.g. "6:30 PM" / "6:30 p.m.". It is no instant, so no time zone moves it. */
  time(time: string): string;
  /** An instant (ISO 8601) as the day and time on the person's own clock, e.g. "Mar 10, 2024, 6:30 PM". */
  dateTime(iso: string): string;
  /** "a, b and c" / "a, b y c" */
  list(items: readonly string[]): string;
  /** The month and year of a calendar day 'YYYY-MM-DD', e.g. "November 2026" / "noviembre de 2026". */
  month(day: string): string;
}

export function useFormat(): Formats {
  const locale = locales[useLang()];
  return useMemo(() => {
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const instant = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'UTC' });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    const month = new Intl.DateTimeFormat(locale, {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const safely = (format: Intl.DateTimeFormat, text: string, date: Date) =>
      Number.isNaN(date.getTime()) ? text : format.format(date);
    return {
      day: (text) => safely(day, text, new Date(`${text}T00:00:00Z`)),
      instant: (text) => safely(instant, text, new Date(text)),
      time: (text) => safely(time, text, new Date(`1970-01-01T${text}:00Z`)),
      dateTime: (text) => safely(dateTime, text, new Date(text)),
      list: (items) => list.format(items),
      month: (text) => safely(month, text, new Date(`${text}T00:00:00Z`)),
    };
  }, [locale]);
}
