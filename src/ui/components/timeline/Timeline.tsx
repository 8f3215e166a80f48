import { type ComponentChildren, Fragment } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Finding } from '../../../core/notice/drift';
import type { LocalDate, LoggedSession } from '../../../core/notice/session';
import { useCatalog } from '../../i18n';
import { notice } from '../../i18n/notice';
import {
  buildTimeline,
  type Cell,
  type Column,
  type Measure,
  measures,
  type Row,
  type RowKey,
  type TimelineModel,
} from './timeline-model';
import './timeline.css';

interface TimelineProps {
  /** Oldest first, as readSessionLog gives them. */
  sessions: readonly LoggedSession[];
  findings: readonly Finding[];
}

const ROW = 32;
const AXIS = 40;
const WIDTH = { sessions: 52, months: 16 } as const;

/**
 * One row per measure or sign, one column per session (or per month in a long
 * log), findings outlined. Hand-drawn SVG with the same data as a table, which
 * screen readers and print use.
 */
export function Timeline({ sessions, findings }: TimelineProps) {
  const m = useCatalog(notice);
  const model = useMemo(() => buildTimeline(sessions, findings), [sessions, findings]);
  const details = useRef<HTMLDetailsElement>(null);
  // The table is built only when asked for: in a long log it is most of the timeline's DOM.
  const [tableShown, setTableShown] = useState(false);
  // Drift shows in the latest sessions, so the grid opens at its right end; the cue to scroll
  // back appears only when there is something to scroll to.
  const scroller = useRef<HTMLElement>(null);
  const [overflows, setOverflows] = useState(false);
  useLayoutEffect(() => {
    const area = scroller.current;
    if (!area) return;
    area.scrollLeft = area.scrollWidth;
    setOverflows(area.scrollWidth > area.clientWidth + 1);
  }, [model]);

  // Print the table along with the chart: a closed <details> would print empty.
  useEffect(() => {
    const open = () => {
      details.current?.setAttribute('open', '');
      setTableShown(true);
    };
    window.addEventListener('beforeprint', open);
    return () => window.removeEventListener('beforeprint', open);
  }, []);

  if (!model) return null;
  const rowLabel = (row: Row) =>
    row.sign ? m.signs[row.sign].short : m.timeline.rows[row.key as Measure];

  return (
    <figure class="timeline">
      <figcaption class="hint">
        {model.mode === 'sessions' ? m.timeline.caption : m.timeline.captionMonths}{' '}
        {m.timeline.newestRight}
      </figcaption>
      {overflows && (
        <p class="timeline__cue" aria-hidden="true">
          {m.timeline.scrollCue}
        </p>
      )}
      <div class="timeline__chart">
        <ul class="timeline__labels" aria-hidden="true">
          {model.rows.map((row) => (
            <li key={row.key} class={row.overriding ? 'timeline__label--overriding' : undefined}>
              {rowLabel(row)}
            </li>
          ))}
        </ul>
        <ScrollArea class="timeline__scroll" label={m.timeline.scrollLabel} areaRef={scroller}>
          <Chart
            model={model}
            label={m.timeline.chartLabel(sessions.length, model.first, model.last)}
          />
        </ScrollArea>
      </div>
      <ul class="timeline__legend" aria-hidden="true">
        <li>
          <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
            <circle cx="10" cy="10" r="5" class="tl-dot tl-dot--1" />
          </svg>
          {m.timeline.legendSome}
        </li>
        <li>
          <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
            <circle cx="10" cy="10" r="8" class="tl-dot tl-dot--2" />
          </svg>
          {m.timeline.legendMuch}
        </li>
        <li>
          <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
            <rect x="2" y="2" width="16" height="16" rx="4" class="tl-finding" />
          </svg>
          {m.timeline.legendFinding}
        </li>
      </ul>
      <details
        class="timeline__details"
        ref={details}
        onToggle={(event) => {
          if (event.currentTarget.open) setTableShown(true);
        }}
      >
        <summary>{m.timeline.showTable}</summary>
        <ScrollArea class="timeline__table" label={m.timeline.showTable}>
          {tableShown &&
            (model.mode === 'sessions' ? (
              <SessionTable model={model} />
            ) : (
              <MonthTable model={model} />
            ))}
        </ScrollArea>
      </details>
    </figure>
  );
}

/** A wide area that scrolls sideways; it takes focus so keyboard users can scroll it too. */
function ScrollArea(props: {
  class: string;
  label: string;
  children: ComponentChildren;
  areaRef?: { current: HTMLElement | null };
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: WCAG 2.1.1 needs scrollable content reachable by keyboard.
    <section class={props.class} tabIndex={0} aria-label={props.label} ref={props.areaRef}>
      {props.children}
    </section>
  );
}

function Chart({ model, label }: { model: TimelineModel; label: string }) {
  const width = WIDTH[model.mode];
  const total = model.columns.length * width;
  const height = AXIS + model.rows.length * ROW;
  const radius = model.mode === 'sessions' ? [2, 5, 9] : [1.5, 3.5, 6];
  return (
    <svg
      role="img"
      aria-label={label}
      width={total}
      height={height}
      viewBox={`0 0 ${total} ${height}`}
      class="timeline__svg"
    >
      {model.rows.map((row, r) =>
        r % 2 ? null : (
          <rect key={row.key} x={0} y={AXIS + r * ROW} width={total} height={ROW} class="tl-band" />
        ),
      )}
      {model.columns.map((column, c) => (
        <AxisLabel key={column.key} model={model} column={column} index={c} width={width} />
      ))}
      {model.rows.map((row, r) =>
        row.cells.map((cell, c) => {
          // In a long log most cells are empty: leave them out rather than draw thousands of dots.
          if (cell.level === 0 && model.mode === 'months') return null;
          const x = c * width + width / 2;
          const y = AXIS + r * ROW + ROW / 2;
          return (
            <Fragment key={`${row.key}-${c}`}>
              {cell.finding && (
                <rect
                  x={x - width / 2 + 1.5}
                  y={y - ROW / 2 + 2}
                  width={width - 3}
                  height={ROW - 4}
                  rx={4}
                  class="tl-finding"
                />
              )}
              <circle
                cx={x}
                cy={y}
                r={radius[cell.level]}
                class={`tl-dot tl-dot--${cell.level}${row.overriding && cell.level ? ' tl-dot--overriding' : ''}`}
              />
            </Fragment>
          );
        }),
      )}
    </svg>
  );
}

/** Dates under each session, or month letters with the year at each January. */
function AxisLabel({
  model,
  column,
  index,
  width,
}: {
  model: TimelineModel;
  column: Column;
  index: number;
  width: number;
}) {
  const m = useCatalog(notice);
  const previous = model.columns[index - 1];
  const newYear = !previous || previous.key.slice(0, 4) !== column.key.slice(0, 4);
  const x = index * width + width / 2;
  return (
    <>
      {newYear && (
        <text x={index * width + 2} y={14} class="tl-year">
          {m.formatYear(column.key)}
        </text>
      )}
      {model.mode === 'sessions' ? (
        <text x={x} y={32} class="tl-axis" text-anchor="middle">
          {m.formatShortDate(column.key as LocalDate)}
        </text>
      ) : (
        <line x1={x} x2={x} y1={newYear ? 20 : 28} y2={36} class="tl-tick" />
      )}
    </>
  );
}

/** A cell's text, strong and labelled when it is part of a named pattern. */
function Marked({ cell, children }: { cell: Cell | undefined; children: string }) {
  const m = useCatalog(notice);
  if (!cell?.finding) return <>{children}</>;
  return (
    <strong>
      {children} <span class="visually-hidden">{m.timeline.inPattern}</span>
    </strong>
  );
}

function cellsAt(model: TimelineModel, column: number): Map<RowKey, Cell | undefined> {
  return new Map(model.rows.map((row: Row) => [row.key, row.cells[column]]));
}

function SessionTable({ model }: { model: TimelineModel }) {
  const m = useCatalog(notice);
  const t = m.timeline;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t.columns.date}</th>
          <th scope="col">{t.columns.start}</th>
          <th scope="col">{t.columns.length}</th>
          <th scope="col">{t.columns.place}</th>
          <th scope="col">{t.columns.fee}</th>
          <th scope="col">{t.columns.contact}</th>
          <th scope="col">{t.columns.touch}</th>
          <th scope="col">{t.columns.signs}</th>
        </tr>
      </thead>
      <tbody>
        {model.columns.map((column, c) => {
          const session = column.sessions[0];
          if (!session) return null;
          const s = session.data;
          const cells = cellsAt(model, c);
          const signs = s.signs.map((id) => m.signs[id].short);
          const signInPattern = s.signs.some((id) => cells.get(`sign:${id}`)?.finding);
          return (
            <tr key={session.id}>
              <th scope="row">{m.formatDate(s.date)}</th>
              <td>
                <Marked cell={cells.get('start')}>{m.formatTime(s.start)}</Marked>
              </td>
              <td>
                <Marked cell={cells.get('over')}>
                  {t.minutes(s.actualMinutes, s.plannedMinutes)}
                </Marked>
              </td>
              <td>
                <Marked cell={cells.get('place')}>{m.form.places[s.place]}</Marked>
              </td>
              <td>
                <Marked cell={cells.get('fee')}>{m.form.fees[s.fee]}</Marked>
              </td>
              <td>
                <Marked cell={cells.get('contact')}>{String(s.contactsBetween)}</Marked>
              </td>
              <td>
                <Marked cell={cells.get('touch')}>{m.form.touches[s.touch]}</Marked>
              </td>
              <td>
                <Marked cell={{ level: 0, count: 0, finding: signInPattern }}>
                  {signs.length ? t.list(signs) : t.none}
                </Marked>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function MonthTable({ model }: { model: TimelineModel }) {
  const m = useCatalog(notice);
  const t = m.timeline;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t.columns.month}</th>
          <th scope="col">{t.columns.sessions}</th>
          {measures.map((key) => (
            <th scope="col" key={key}>
              {t.rows[key]}
            </th>
          ))}
          <th scope="col">{t.columns.signs}</th>
        </tr>
      </thead>
      <tbody>
        {model.columns.map((column, c) => {
          const cells = cellsAt(model, c);
          const sessions = column.sessions.length;
          const signRows = model.rows.filter((row) => row.sign && (row.cells[c]?.count ?? 0) > 0);
          return (
            <tr key={column.key}>
              <th scope="row">{m.formatMonth(column.key)}</th>
              <td>{String(sessions)}</td>
              {measures.map((key) => {
                const cell = cells.get(key);
                return (
                  <td key={key}>
                    <Marked cell={cell}>
                      {cell?.count ? t.countOf(cell.count, sessions) : t.none}
                    </Marked>
                  </td>
                );
              })}
              <td>
                <Marked
                  cell={{
                    level: 0,
                    count: 0,
                    finding: signRows.some((row) => row.cells[c]?.finding),
                  }}
                >
                  {signRows.length
                    ? t.list(
                        signRows.map((row) =>
                          t.signCount(
                            row.sign ? m.signs[row.sign].short : '',
                            row.cells[c]?.count ?? 0,
                          ),
                        ),
                      )
                    : t.none}
                </Marked>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
