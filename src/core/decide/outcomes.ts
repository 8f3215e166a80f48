/**
 * The four outcomes of PRODUCT.md §4, most serious first. When several apply,
 * the most serious one wins.
 */
export const outcomes = ['stop', 'walk-away', 'slow-down', 'probably-safe'] as const;
export type Outcome = (typeof outcomes)[number];

/** Higher is more serious: probably-safe 0 … stop 3. */
export function seriousness(outcome: Outcome): number {
  return outcomes.length - 1 - outcomes.indexOf(outcome);
}
