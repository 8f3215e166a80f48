import { useMemo, useState } from 'preact/hooks';
import type { LoggedSession } from '../../../core/notice/session';
import { groupByTheme, splitShown, type ThemeFinding } from '../../../core/notice/themes';
import type { UnlockedVault } from '../../../core/vault/record-type';
import { Timeline } from '../../components/timeline/Timeline';
import { Trends } from '../../components/timeline/Trends';
import { useCatalog } from '../../i18n';
import { notice } from '../../i18n/notice';
import { EmptyLog } from './EmptyLog';
import { sessionPath } from './paths';
import { useSessionLog } from './session-log';
import './notice.css';

/*
 * The unlocked session log: findings by theme, the two trends, the sign grid
 * and the list of sessions. Loaded only once the vault is open, so a first,
 * locked view of /notice downloads none of it.
 */

export function Log({ vault }: { vault: UnlockedVault }) {
  const m = useCatalog(notice);
  const { sessions, findings } = useSessionLog(vault);
  const [showAll, setShowAll] = useState(false);
  const themes = useMemo(
    () =>
      groupByTheme(
        findings,
        sessions.map((s) => s.id),
      ),
    [findings, sessions],
  );
  if (sessions.length === 0) return <EmptyLog />;
  const byId = new Map(sessions.map((s) => [s.id, s]));
  const { shown, more } = splitShown(themes);
  const listed = showAll ? themes : shown;
  return (
    <>
      <section aria-labelledby="notice-findings-heading">
        <h2 id="notice-findings-heading">{m.findingsHeading}</h2>
        {themes.length === 0 ? (
          <p>{m.noFindings}</p>
        ) : (
          <ul class="findings" id="notice-findings">
            {listed.map((theme) => (
              <ThemeItem
                key={theme.theme}
                theme={theme}
                sessions={theme.sessionIds.flatMap((id) => byId.get(id) ?? [])}
              />
            ))}
          </ul>
        )}
        {more.length > 0 && (
          <p>
            <button
              type="button"
              class="button button--secondary"
              aria-expanded={showAll}
              aria-controls="notice-findings"
              onClick={() => setShowAll(!showAll)}
            >
              {showAll ? m.showFewer : m.showAll(more.length)}
            </button>
          </p>
        )}
        {/* Overriding events carry their own links; any other pattern still needs a next step. */}
        {themes.length > 0 && !findings.some((f) => f.rule === 'overriding-event') && (
          <p>
            <a href="/decide">{m.decideLink}</a>
          </p>
        )}
      </section>
      <section aria-labelledby="notice-timeline-heading">
        <h2 id="notice-timeline-heading">{m.timelineHeading}</h2>
        <Trends sessions={sessions} />
        <h3>{m.timeline.gridHeading}</h3>
        <Timeline sessions={sessions} findings={findings} />
      </section>
      <section aria-labelledby="notice-sessions-heading">
        <h2 id="notice-sessions-heading">{m.sessionsHeading}</h2>
        <p>{m.sessionsCount(sessions.length)}</p>
        <ul class="session-list">
          {[...sessions].reverse().map((session) => (
            <SessionItem key={session.id} session={session} />
          ))}
        </ul>
      </section>
    </>
  );
}

/**
 * One card per theme: every pattern about that sign, in a sentence each, then
 * why it matters once. A theme caught by a single drift rule keeps that rule's
 * own reason; a merged one gives the sign's.
 */
function ThemeItem({ theme, sessions }: { theme: ThemeFinding; sessions: LoggedSession[] }) {
  const m = useCatalog(notice);
  const [only] = theme.findings;
  const overriding = only?.rule === 'overriding-event';
  const why =
    theme.findings.length === 1 && only && only.rule !== 'sign-recurring'
      ? m.findingWhy[only.rule]
      : m.signs[theme.theme].why;
  return (
    <li class={`finding${overriding ? ' finding--overriding' : ''}`}>
      <p class="finding__theme">{m.signs[theme.theme].short}</p>
      {theme.findings.map((finding) => (
        <p class="finding__sentence" key={finding.rule}>
          {m.finding(finding, finding.sessionIds.length)}
        </p>
      ))}
      <p>{why}</p>
      {overriding && (
        <ul class="finding__links">
          <li>
            <a href="/happened">{m.overridingHelp}</a>
          </li>
          <li>
            <a href="/decide">{m.decideLink}</a>
          </li>
        </ul>
      )}
      <p class="hint">{m.findingPeriod(theme.first, theme.last)}</p>
      <details>
        <summary>{m.sessionsBehind(sessions.length)}</summary>
        <ul>
          {sessions.map((session) => (
            <li key={session.id}>
              <a href={sessionPath(session.id)}>{m.formatDate(session.data.date)}</a>
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}

function SessionItem({ session }: { session: LoggedSession }) {
  const m = useCatalog(notice);
  const s = session.data;
  return (
    <li>
      <a href={sessionPath(session.id)}>{m.formatDate(s.date)}</a>
      <p class="hint">
        {m.sessionSummary({
          time: m.formatTime(s.start),
          planned: s.plannedMinutes,
          actual: s.actualMinutes,
          signs: s.signs.length,
        })}
      </p>
    </li>
  );
}
