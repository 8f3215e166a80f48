import { detectDrift, LATE_START, OVERRUN_MINUTES } from '../notice/drift';
import { chronological, type LocalDate, type LoggedSession, minutesOfDay } from '../notice/session';
import { groupByTheme, type ThemeFinding } from '../notice/themes';
import { type Trends, trendsOfAll } from '../notice/trends';
import type { Block, Chart } from './document';
import { type EvidenceItem, spanOf } from './evidence';
import type { DocumentWording } from './wording';

/**
 * What the first page of an evidence report says at a glance: the period, how many items,
 * the patterns the chosen sessions show, and the two trends Notice draws (minutes over the
 * planned length, start time). Only the sessions in the report count: a session the person
 * left out of it is not summed up behind their back.
 */
export interface ReportSummary {
  readonly period: { readonly from: LocalDate; readonly to: LocalDate } | null;
  readonly entries: number;
  readonly sessions: number;
  /** One per warning sign, most serious first (Notice's themes). */
  readonly themes: readonly ThemeFinding[];
  /** Per session, oldest first; null when the report has no session. */
  readonly trends: SummaryTrends | null;
}

/** Notice's trends of the report's sessions, with each session's date in place of the session. */
export type SummaryTrends = Omit<Trends, 'sessions'> & { readonly dates: readonly LocalDate[] };

function withDates({ sessions, ...trends }: Trends): SummaryTrends {
  return { ...trends, dates: sessions.map((s) => s.data.date) };
}

export function summaryOf(items: readonly EvidenceItem[]): ReportSummary {
  const sessions = chronological(
    items.flatMap((item): LoggedSession[] =>
      item.kind === 'session' ? [{ id: item.id, data: item.session }] : [],
    ),
  );
  const themes = groupByTheme(
    detectDrift(sessions),
    sessions.map((s) => s.id),
  );
  const trends = trendsOfAll(sessions);
  return {
    period: spanOf(items),
    entries: items.length - sessions.length,
    sessions: sessions.length,
    themes,
    trends: trends && withDates(trends),
  };
}

/** The summary as blocks of the report, in the document's language. */
export function summaryBlocks(w: DocumentWording, summary: ReportSummary): Block[] {
  const s = w.report.summary;
  const { period, trends } = summary;
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: s.heading },
    {
      kind: 'fields',
      rows: [
        {
          label: s.period,
          value: period ? s.fromTo(w.day(period.from), w.day(period.to)) : s.none,
        },
        { label: s.entries, value: String(summary.entries) },
        { label: s.sessions, value: String(summary.sessions) },
      ],
    },
    { kind: 'heading', level: 3, text: s.findingsHeading },
  ];
  if (!trends) {
    blocks.push({ kind: 'paragraph', text: s.noSessions });
    return blocks;
  }
  blocks.push(
    summary.themes.length === 0
      ? { kind: 'paragraph', text: s.noFindings }
      : { kind: 'list', items: summary.themes.map((theme) => themeLine(w, theme)) },
  );
  blocks.push(
    { kind: 'chart', chart: overChart(w, trends) },
    { kind: 'chart', chart: startChart(w, trends) },
  );
  return blocks;
}

/**
 * One line per theme: the sign, how many sessions and when, then what each rule found. A
 * sign that only recurred says no more than its count: "noted in 3 sessions" would repeat it.
 */
function themeLine(w: DocumentWording, theme: ThemeFinding): string {
  const s = w.report.summary;
  const details = theme.findings
    .filter((f) => f.rule !== 'sign-recurring')
    .map((f) => s.finding(f, f.sessionIds.length, w));
  return s.theme(
    w.sign[theme.theme],
    theme.sessionIds.length,
    w.day(theme.first),
    w.day(theme.last),
    details,
  );
}

function overChart(w: DocumentWording, t: SummaryTrends): Chart {
  const s = w.report.summary;
  return {
    title: s.overTitle,
    description: s.overDescription(t.dates.map((d, i) => s.overValue(w.day(d), t.over[i] ?? 0))),
    style: 'bars',
    values: t.over,
    domain: t.overScale.domain,
    ticks: t.overScale.ticks.map((value) => ({ value, label: s.minutes(value) })),
    rule: { value: OVERRUN_MINUTES, label: s.minutes(OVERRUN_MINUTES) },
    first: w.day(t.dates[0] ?? ''),
    last: w.day(t.dates[t.dates.length - 1] ?? ''),
  };
}

function startChart(w: DocumentWording, t: SummaryTrends): Chart {
  const s = w.report.summary;
  const clock = (minutes: number) =>
    w.time(
      `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`,
    );
  return {
    title: s.startTitle,
    description: s.startDescription(
      t.dates.map((d, i) => s.startValue(w.day(d), clock(t.starts[i] ?? 0))),
    ),
    style: 'line',
    values: t.starts,
    domain: t.startScale.domain,
    ticks: t.startScale.ticks.map((value) => ({ value, label: clock(value) })),
    rule: { value: minutesOfDay(LATE_START), label: clock(minutesOfDay(LATE_START)) },
    first: w.day(t.dates[0] ?? ''),
    last: w.day(t.dates[t.dates.length - 1] ?? ''),
  };
}
