import { useId } from 'preact/hooks';
import './chart.css';

export interface ChartPoint {
  readonly key: string;
  /** A short label under the point, such as "Feb 3". Not every label is drawn when space is short. */
  readonly label: string;
  readonly value: number;
  /** Past the line that matters: drawn in the warning colour. */
  readonly marked?: boolean;
}

export interface ChartProps {
  /** Bars from zero (amounts over or under), or dots joined by a line (a level that moves). */
  kind: 'bars' | 'dots';
  /** The visible caption, and the chart's accessible name. */
  title: string;
  /** What the chart shows, in words: its accessible description, for anyone who cannot see it. */
  summary: string;
  points: readonly ChartPoint[];
  domain: readonly [number, number];
  /** Values labelled on the axis, low to high. */
  ticks: readonly number[];
  formatTick: (value: number) => string;
  /** A dashed line that gives the values their meaning, such as "10 min". */
  reference?: { readonly value: number; readonly label: string };
}

const WIDTH = 360;
const HEIGHT = 176;
const LEFT = 52;
const RIGHT = 10;
const TOP = 12;
const BOTTOM = 28;
/** About the width of "Feb 10" at the axis's font size: labels closer than this are left out. */
const LABEL_WIDTH = 46;

/**
 * A small chart drawn as inline SVG: no chart library, nothing fetched. Its
 * 360-unit drawing scales to the width it is given, so at 390 px its text is
 * drawn at about the size it is set in.
 */
export function Chart({
  kind,
  title,
  summary,
  points,
  domain,
  ticks,
  formatTick,
  reference,
}: ChartProps) {
  const id = useId();
  const [low, high] = domain;
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const column = plotWidth / Math.max(1, points.length);
  const x = (i: number) => LEFT + column * (i + 0.5);
  const y = (v: number) =>
    TOP + ((high - Math.min(high, Math.max(low, v))) / (high - low || 1)) * plotHeight;
  const every = Math.max(1, Math.ceil(LABEL_WIDTH / column));
  // Count back from the newest, so the latest session is always labelled.
  const labelled = (i: number) => (points.length - 1 - i) % every === 0;
  const barWidth = Math.min(28, column * 0.6);
  const zero = y(Math.max(low, Math.min(high, 0)));

  return (
    <div class="chart">
      {/* Seen here, heard once: the drawing below carries the same words as its name. */}
      <p class="chart__title" aria-hidden="true">
        {title}
      </p>
      <svg
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        class="chart__svg"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {ticks.map((tick) => (
          <g key={tick} class="chart__tick">
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} class="chart__grid" />
            <text x={LEFT - 6} y={y(tick) + 4} text-anchor="end" class="chart__axis">
              {formatTick(tick)}
            </text>
          </g>
        ))}
        {kind === 'bars' &&
          points.map((point, i) => {
            const top = Math.min(zero, y(point.value));
            return (
              <rect
                key={point.key}
                x={x(i) - barWidth / 2}
                y={top}
                width={barWidth}
                // A point exactly on zero still shows, as a hairline, so no session looks missing.
                height={Math.max(1.5, Math.abs(y(point.value) - zero))}
                class={`chart__bar${point.marked ? ' chart__bar--marked' : ''}`}
              />
            );
          })}
        {kind === 'dots' && (
          <>
            <polyline
              points={points.map((point, i) => `${x(i)},${y(point.value)}`).join(' ')}
              class="chart__line"
            />
            {points.map((point, i) => (
              <circle
                key={point.key}
                cx={x(i)}
                cy={y(point.value)}
                r={4.5}
                class={`chart__dot${point.marked ? ' chart__dot--marked' : ''}`}
              />
            ))}
          </>
        )}
        {reference && (
          <g class="chart__reference">
            <line
              x1={LEFT}
              x2={WIDTH - RIGHT}
              y1={y(reference.value)}
              y2={y(reference.value)}
              class="chart__reference-line"
            />
            {/* At the oldest end, where the values usually start low, on a halo that keeps it legible over a bar. */}
            <text x={LEFT + 4} y={y(reference.value) - 5} class="chart__reference-label">
              {reference.label}
            </text>
          </g>
        )}
        {points.map((point, i) =>
          labelled(i) ? (
            <text key={point.key} x={x(i)} y={HEIGHT - 8} text-anchor="middle" class="chart__axis">
              {point.label}
            </text>
          ) : null,
        )}
      </svg>
    </div>
  );
}
