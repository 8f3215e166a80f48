import type { Page } from '@playwright/test';

/** What each benchmark gets: a Chromium page on the Vite dev server, and the built app. */
export interface BenchContext {
  /** Open on the dev server's origin: `page.evaluate(() => import('/src/core/…'))` loads real modules. */
  readonly page: Page;
  /** The production build (for size measurements). */
  readonly distDir: string;
  /** The origin serving the production build with `vite preview`. */
  readonly previewOrigin: string;
  /** Flags for launching another Chromium (Lighthouse). */
  readonly chromiumArgs: string[];
}

/** One line of the printed table. A row with a budget passes when value <= budget (or >= for minimums). */
export interface BenchRow {
  readonly area: string;
  readonly metric: string;
  readonly value: number;
  readonly unit: string;
  readonly budget?: number;
  readonly atLeast?: boolean;
}

export type Bench = (context: BenchContext) => Promise<BenchRow[]>;

/** The median of repeated timings, the figure every budget is checked against. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
