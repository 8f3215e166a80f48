import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { coverage } from '../src/core/boards/coverage';
import type { StateBoards } from '../src/core/boards/schema';
import { isStateCode } from '../src/core/boards/states';
import type { BenchContext, BenchRow } from './types';

const files = import.meta.glob<StateBoards>('../src/core/boards/states/*.json', {
  eager: true,
  import: 'default',
});

/**
 * The built chunk of each state's file (Vite names a JSON chunk after its file: TX-<hash>.js).
 * A build folder outside the project is not emptied, so the newest chunk of each state counts.
 */
function stateChunks(distDir: string): { state: string; brotli: number }[] {
  const assets = join(distDir, 'assets');
  const newest = new Map<string, { file: string; time: number }>();
  for (const file of readdirSync(assets)) {
    const state = /^([A-Z]{2})-[\w-]+\.js$/.exec(file)?.[1] ?? '';
    const time = statSync(join(assets, file)).mtimeMs;
    if (isStateCode(state) && time >= (newest.get(state)?.time ?? 0)) {
      newest.set(state, { file, time });
    }
  }
  return [...newest]
    .map(([state, { file }]) => ({
      state,
      brotli: brotliCompressSync(readFileSync(join(assets, file)), {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
      }).length,
    }))
    .sort((a, b) => a.state.localeCompare(b.state));
}

/**
 * How much of the licensing-board directory a person can trust: complaint
 * pages seen on the board's own site (the goal: ≥ 90 % of the 306
 * state-and-profession pairs), by profession, and the size of each state's
 * chunk, the only part of the directory a page loads.
 */
export async function run(context: BenchContext): Promise<BenchRow[]> {
  const c = coverage(Object.values(files));
  const area = 'boards';
  const rows: BenchRow[] = [
    {
      area,
      metric: `pairs with a complaint page confirmed on its own site (${c.confirmedComplaint} of ${c.pairs})`,
      value: c.confirmedComplaintShare,
      unit: '%',
      budget: 90,
      atLeast: true,
    },
    { area, metric: 'pairs with any complaint page', value: c.complaintShare, unit: '%' },
    {
      area,
      metric: 'pairs with a confirmed look-up page',
      value: c.confirmedLookupShare,
      unit: '%',
    },
    { area, metric: 'pairs with a confirmed phone', value: c.confirmedPhoneShare, unit: '%' },
    {
      area,
      metric: 'pairs sent to the national directory only',
      value: c.nationalDirectoryOnly,
      unit: 'pairs',
    },
    {
      area,
      metric: 'addresses resting only on non-official sources',
      value: c.unofficialOnlyAddresses,
      unit: '',
    },
    { area, metric: 'states without a file', value: c.statesWithoutFile.length, unit: '' },
  ];
  for (const [profession, value] of Object.entries(c.confirmedComplaintByProfession)) {
    rows.push({ area, metric: `confirmed complaint page: ${profession}`, value, unit: '%' });
  }
  for (const chunk of stateChunks(context.distDir)) {
    rows.push({
      area: 'boards chunk',
      metric: chunk.state,
      value: Math.round((chunk.brotli / 1024) * 100) / 100,
      unit: 'KB brotli',
    });
  }
  return rows;
}
