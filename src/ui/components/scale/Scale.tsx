import { useId } from 'preact/hooks';
import './scale.css';

export interface ScalePoint {
  readonly id: string;
  readonly label: string;
}

interface ScaleProps {
  /** What the scale measures, shown above it and naming it for assistive technology. */
  label: string;
  /** The points of the scale, from the calmest to the most serious. */
  points: readonly ScalePoint[];
  /** A place that is not a point of the scale (beyond it, not on it), shown beside it. */
  apart?: ScalePoint;
  /** The id of the marked point, on the scale or apart; null marks none. */
  at: string | null;
  /** The words beside the marked point, e.g. "Your answers": the mark is never colour alone. */
  marker: string;
}

/** A short ordered scale with one place marked, and optionally one place kept apart from it. */
export function Scale({ label, points, apart, at, marker }: ScaleProps) {
  const id = useId();
  const tone = (i: number) => (points.length > 1 ? Math.round((i * 2) / (points.length - 1)) : 0);
  return (
    <figure class="scale" aria-labelledby={id}>
      <figcaption class="scale__label" id={id}>
        {label}
      </figcaption>
      <div class="scale__body">
        <ol class="scale__points">
          {points.map((point, i) => (
            <Place key={point.id} point={point} at={at} marker={marker} tone={tone(i)} />
          ))}
        </ol>
        {apart && (
          <div class="scale__apart">
            <Place point={apart} at={at} marker={marker} tone={3} as="div" />
          </div>
        )}
      </div>
    </figure>
  );
}

interface PlaceProps {
  point: ScalePoint;
  at: string | null;
  marker: string;
  /** 0 calm … 2 serious on the scale, 3 apart: picks the colour of the mark. */
  tone: number;
  as?: 'li' | 'div';
}

function Place({ point, at, marker, tone, as: Tag = 'li' }: PlaceProps) {
  const here = point.id === at;
  return (
    <Tag
      class={`scale__place scale__place--tone-${tone}${here ? ' scale__place--here' : ''}`}
      aria-current={here ? 'true' : undefined}
    >
      <span class="scale__dot" aria-hidden="true" />
      <span class="scale__name">{point.label}</span>
      {here && <strong class="scale__marker">{marker}</strong>}
    </Tag>
  );
}
