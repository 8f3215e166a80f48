import {
  type DriftRule,
  type Finding,
  LATE_START,
  OVERRUN_MINUTES,
} from '../../../core/notice/drift';
import {
  type LocalDate,
  type LoggedSession,
  monthOf,
  overrun,
  type Session,
} from '../../../core/notice/session';
import { isOverriding, type WarningSignId, warningSigns } from '../../../core/notice/warning-signs';

export type Measure = 'over' | 'start' | 'place' | 'fee' | 'contact' | 'touch';
/** A measure's row is named for it; a sign's row is `sign:` and its id ('touch' is both). */
export type RowKey = Measure | `sign:${WarningSignId}`;

/** 0: nothing; 1: a little; 2: a lot (or simply "it happened", for signs). */
export type Level = 0 | 1 | 2;

export interface Column {
  /** A session's date, or the month 'YYYY-MM' when the log is long. */
  readonly key: string;
  readonly sessions: readonly LoggedSession[];
}

export interface Cell {
  readonly level: Level;
  /** How many of the column's sessions show this row at all. */
  readonly count: number;
  /** Part of a pattern that detectDrift named. */
  readonly finding: boolean;
}

export interface Row {
  readonly key: RowKey;
  /** Set for a sign's row. */
  readonly sign?: WarningSignId;
  readonly overriding: boolean;
  readonly cells: readonly Cell[];
}

export interface TimelineModel {
  readonly mode: 'sessions' | 'months';
  readonly columns: readonly Column[];
  readonly rows: readonly Row[];
  readonly first: LocalDate;
  readonly last: LocalDate;
}

/**
 * Up to this many sessions, each gets its own column (about eight months of
 * weekly therapy, still readable on a phone when scrolled). Beyond it, columns
 * are months, so five years fit in sixty columns.
 */
export const MAX_SESSION_COLUMNS = 36;

export const measures: readonly Measure[] = ['over', 'start', 'place', 'fee', 'contact', 'touch'];

/** How strongly one session shows a measure. The cut-offs are the drift rules' own. */
const measureLevel: Readonly<Record<Measure, (s: Session) => Level>> = {
  over: (s) => (overrun(s) >= OVERRUN_MINUTES ? 2 : overrun(s) > 0 ? 1 : 0),
  start: (s) => (s.start >= LATE_START ? 2 : 0),
  place: (s) => (s.place === 'elsewhere' ? 2 : 0),
  fee: (s) => (s.fee === 'waived' ? 2 : s.fee === 'reduced' ? 1 : 0),
  contact: (s) => (s.contactsBetween >= 3 ? 2 : s.contactsBetween > 0 ? 1 : 0),
  touch: (s) => (s.touch === 'other' ? 2 : s.touch === 'hug' ? 1 : 0),
};

/** Which row each finding lights up. */
function rowOf(finding: Finding): RowKey {
  const byRule: Partial<Record<DriftRule, Measure>> = {
    'running-over': 'over',
    'getting-longer': 'over',
    'later-start': 'start',
    'off-site': 'place',
    'fee-reduced': 'fee',
    'contact-between': 'contact',
    'touch-routine': 'touch',
  };
  if (finding.rule === 'overriding-event') return `sign:${finding.event}`;
  if (finding.rule === 'sign-recurring') return `sign:${finding.sign}`;
  return byRule[finding.rule] ?? 'over';
}

/** The chart's rows and columns: the six measures always, then every sign noted at least once. */
export function buildTimeline(
  sessions: readonly LoggedSession[],
  findings: readonly Finding[],
): TimelineModel | null {
  const first = sessions[0];
  const last = sessions[sessions.length - 1];
  if (!first || !last) return null;
  const mode = sessions.length > MAX_SESSION_COLUMNS ? 'months' : 'sessions';
  const columns = mode === 'sessions' ? sessions.map(sessionColumn) : monthColumns(sessions);

  const marked = new Set<string>();
  for (const finding of findings) {
    for (const id of finding.sessionIds) marked.add(`${rowOf(finding)} ${id}`);
  }

  const noted = warningSigns
    .map((sign) => sign.id)
    .filter((id) => sessions.some((s) => s.data.signs.includes(id)));
  const rowSpecs: Array<{ key: RowKey; sign?: WarningSignId; level: (s: Session) => Level }> = [
    ...measures.map((key) => ({ key, level: measureLevel[key] })),
    ...noted.map((sign) => ({
      key: `sign:${sign}` as const,
      sign,
      level: (s: Session): Level => (s.signs.includes(sign) ? 2 : 0),
    })),
  ];

  const rows = rowSpecs.map(({ key, sign, level: levelOf }) => ({
    key,
    ...(sign ? { sign } : {}),
    overriding: sign ? isOverriding(sign) : false,
    cells: columns.map((column) => {
      let level: Level = 0;
      let count = 0;
      let finding = false;
      for (const s of column.sessions) {
        const here = levelOf(s.data);
        if (here > level) level = here;
        if (here > 0) count++;
        if (marked.has(`${key} ${s.id}`)) finding = true;
      }
      return { level, count, finding };
    }),
  }));

  return { mode, columns, rows, first: first.data.date, last: last.data.date };
}

function sessionColumn(session: LoggedSession): Column {
  return { key: session.data.date, sessions: [session] };
}

/** Every month from the first session to the last, empty months included, so gaps show as gaps. */
function monthColumns(sessions: readonly LoggedSession[]): Column[] {
  const byMonth = new Map<string, LoggedSession[]>();
  for (const s of sessions) {
    const month = monthOf(s.data.date);
    const list = byMonth.get(month);
    if (list) list.push(s);
    else byMonth.set(month, [s]);
  }
  const firstMonth = monthOf(sessions[0]?.data.date ?? ('' as LocalDate));
  const lastMonth = monthOf(sessions[sessions.length - 1]?.data.date ?? ('' as LocalDate));
  const columns: Column[] = [];
  let [year, month] = firstMonth.split('-').map(Number) as [number, number];
  for (let key = firstMonth; key <= lastMonth; ) {
    columns.push({ key, sessions: byMonth.get(key) ?? [] });
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
    key = `${year}-${String(month).padStart(2, '0')}`;
  }
  return columns;
}
