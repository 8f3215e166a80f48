import { useMemo } from 'preact/hooks';
import { LATE_START, OVERRUN_MINUTES } from '../../../core/notice/drift';
import { type LoggedSession, minutesOfDay } from '../../../core/notice/session';
import { trendsOf } from '../../../core/notice/trends';
import { useCatalog } from '../../i18n';
import { notice } from '../../i18n/notice';
import { Chart } from '../chart/Chart';
import './timeline.css';

const LATE = minutesOfDay(LATE_START);

/**
 * The two trends above the sign grid, for the latest sessions: minutes over
 * the planned time, and the clock time each session started. Each says in
 * words what it draws; the timeline's table holds the same values.
 */
export function Trends({ sessions }: { sessions: readonly LoggedSession[] }) {
  const m = useCatalog(notice);
  const t = m.timeline;
  const trends = useMemo(() => trendsOf(sessions), [sessions]);
  if (!trends) return null;
  const labels = trends.sessions.map((s) => m.formatShortDate(s.data.date));
  return (
    <div class="trends">
      <p class="hint">{t.trends(trends.sessions.length)}</p>
      <div class="trends__charts">
        <Chart
          kind="bars"
          title={t.overTitle}
          summary={t.overSummary(labels, [...trends.over])}
          points={trends.sessions.map((s, i) => ({
            key: s.id,
            label: labels[i] ?? '',
            value: trends.over[i] ?? 0,
            marked: (trends.over[i] ?? 0) >= OVERRUN_MINUTES,
          }))}
          domain={trends.overScale.domain}
          ticks={trends.overScale.ticks}
          formatTick={t.overTick}
          reference={{ value: OVERRUN_MINUTES, label: t.overReference }}
        />
        <Chart
          kind="dots"
          title={t.startTitle}
          summary={t.startSummary(labels, [...trends.starts])}
          points={trends.sessions.map((s, i) => ({
            key: s.id,
            label: labels[i] ?? '',
            value: trends.starts[i] ?? 0,
            marked: (trends.starts[i] ?? 0) >= LATE,
          }))}
          domain={trends.startScale.domain}
          ticks={trends.startScale.ticks}
          formatTick={t.startTick}
          reference={{ value: LATE, label: t.startReference }}
        />
      </div>
    </div>
  );
}
