import { LATE_START, OVERRUN_MINUTES } from './drift';
import { type LoggedSession, minutesOfDay, overrun } from './session';

/*
 * The two trends drawn above the sign grid: how far past the planned time each
 * session ran, and the clock time it started. They are the two kinds of drift
 * a dot grid shows worst, because they creep a little each week.
 */

/** A chart of more bars than this is unreadable at 390 px; the latest sessions are where drift shows. */
export const TREND_SESSIONS = 12;

export interface Scale {
  /** The lowest and highest value the chart draws. */
  readonly domain: readonly [number, number];
  /** Where the axis is labelled, low to high. */
  readonly ticks: readonly number[];
}

export interface Trends {
  /** The latest sessions, oldest first. */
  readonly sessions: readonly LoggedSession[];
  /** Minutes past the planned length, per session (negative: ended early). */
  readonly over: readonly number[];
  readonly overScale: Scale;
  /** Minutes after midnight each session started. */
  readonly starts: readonly number[];
  readonly startScale: Scale;
}

export function trendsOf(log: readonly LoggedSession[]): Trends | null {
  return trendsOfAll(log.slice(-TREND_SESSIONS));
}

/** The trends of every session given, oldest first: the evidence report charts all it holds. */
export function trendsOfAll(sessions: readonly LoggedSession[]): Trends | null {
  if (sessions.length === 0) return null;
  const over = sessions.map((s) => overrun(s.data));
  const starts = sessions.map((s) => minutesOfDay(s.data.start));
  return { sessions, over, overScale: overScale(over), starts, startScale: startScale(starts) };
}

/**
 * From zero (or the earliest finish) to a round step above the longest overrun,
 * never less than the ten minutes the drift rule counts, so the line it is
 * judged by is always on the chart.
 */
export function overScale(over: readonly number[]): Scale {
  const low = Math.min(0, ...over);
  const high = Math.max(OVERRUN_MINUTES, ...over);
  // The smallest round step that needs at most five gaps, so the labels stay apart on a phone.
  const step = [10, 20, 30, 60, 120, 240, 480].find((k) => (high - low) / k <= 5) ?? 720;
  const from = Math.floor(low / step) * step;
  const to = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  for (let v = from; v <= to; v += step) ticks.push(v);
  return { domain: [from, to], ticks };
}

/**
 * Whole hours around every start and around 5 pm, where the drift rule draws
 * its line, labelled every two or three hours so the labels fit.
 */
export function startScale(starts: readonly number[]): Scale {
  const late = minutesOfDay(LATE_START);
  const from = Math.floor(Math.min(late, ...starts) / 60) * 60;
  const to = Math.min(24 * 60, Math.ceil((Math.max(late, ...starts) + 1) / 60) * 60);
  const step = to - from > 8 * 60 ? 180 : 120;
  const ticks: number[] = [];
  for (let v = to; v >= from; v -= step) ticks.unshift(v);
  return { domain: [from, to], ticks };
}
