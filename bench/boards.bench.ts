import { coverage } from '../src/core/boards/coverage';
import { boardRecords } from '../src/core/boards/directory';
import type { BenchContext, BenchRow } from './types';

/**
 * How much of the licensing-board directory is filled with verified facts.
 * The goal from the issue: a verified complaint page for at least 90% of the
 * 51 × 6 state-and-profession pairs. Counting needs no browser.
 */
export async function run(_context: BenchContext): Promise<BenchRow[]> {
  const c = coverage(boardRecords);
  const area = 'boards';
  const rows: BenchRow[] = [
    {
      area,
      metric: 'pairs with a complaint page',
      value: c.complaintPage,
      unit: '%',
      budget: 90,
      atLeast: true,
    },
    { area, metric: 'pairs with a licence look-up page', value: c.lookupPage, unit: '%' },
    { area, metric: 'pairs with a phone number', value: c.phone, unit: '%' },
    {
      area,
      metric: 'pairs with only the national directory',
      value: c.nationalDirectoryOnly,
      unit: 'pairs',
    },
  ];
  for (const [profession, value] of Object.entries(c.complaintPageByProfession)) {
    rows.push({ area, metric: `complaint page: ${profession}`, value, unit: '%' });
  }
  return rows;
}
