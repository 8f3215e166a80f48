// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Chart, type ChartPoint } from './Chart';

afterEach(cleanup);

const points = (values: number[]): ChartPoint[] =>
  values.map((value, i) => ({ key: `p${i}`, label: `Day ${i + 1}`, value, marked: value >= 10 }));

function chart(values: number[], kind: 'bars' | 'dots' = 'bars') {
  return render(
    <Chart
      kind={kind}
      title="Minutes over the planned time"
      summary="Four sessions: 0, 5, 12 and 40 minutes over."
      points={points(values)}
      domain={[0, 40]}
      ticks={[0, 20, 40]}
      formatTick={(v) => `${v} min`}
      reference={{ value: 10, label: '10 min' }}
    />,
  );
}

describe('the chart', () => {
  it('is one image named by its title and described in words', () => {
    chart([0, 5, 12, 40]);
    const img = screen.getByRole('img', { name: 'Minutes over the planned time' });
    const described = img.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(described)?.textContent).toBe(
      'Four sessions: 0, 5, 12 and 40 minutes over.',
    );
  });

  it('draws one bar per point, taller for more, marked past the line', () => {
    const { container } = chart([0, 5, 12, 40]);
    const bars = [...container.querySelectorAll('rect.chart__bar')];
    expect(bars).toHaveLength(4);
    const heights = bars.map((bar) => Number(bar.getAttribute('height')));
    expect(heights[1]).toBeLessThan(heights[2] ?? 0);
    expect(heights[2]).toBeLessThan(heights[3] ?? 0);
    // A zero still shows as a hairline, so no session looks missing.
    expect(heights[0]).toBeGreaterThan(0);
    expect(bars.map((bar) => bar.classList.contains('chart__bar--marked'))).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });

  it('draws dots joined by a line, higher on the drawing for higher values', () => {
    const { container } = chart([5, 30], 'dots');
    const dots = [...container.querySelectorAll('circle.chart__dot')];
    expect(dots).toHaveLength(2);
    expect(Number(dots[1]?.getAttribute('cy'))).toBeLessThan(Number(dots[0]?.getAttribute('cy')));
    expect(container.querySelector('polyline')?.getAttribute('points')?.split(' ')).toHaveLength(2);
  });

  it('labels the axis and the reference line', () => {
    const { container } = chart([0, 5, 12, 40]);
    const texts = [...container.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['0 min', '20 min', '40 min', '10 min', 'Day 4']));
  });

  it('leaves out labels that would overlap, but always labels the newest point', () => {
    const values = Array.from({ length: 12 }, (_, i) => i);
    const { container } = chart(values);
    const labels = [...container.querySelectorAll('text')]
      .map((t) => t.textContent ?? '')
      .filter((t) => t.startsWith('Day'));
    expect(labels.length).toBeLessThan(12);
    expect(labels.length).toBeGreaterThan(1);
    expect(labels.at(-1)).toBe('Day 12');
  });
});
