import { type BenchContext, type BenchRow, median } from './types';
import type { VaultBenchResult } from './vault-page';

/**
 * The vault in Chromium with production Argon2id parameters (64 MiB, t = 3):
 * unlock, opening five years of data to a listed state once the key is
 * derived, backup export and import, and the JS heap while that vault is
 * unlocked. Medians of five runs.
 */
export async function run({ page }: BenchContext): Promise<BenchRow[]> {
  // Loaded from a string: the runner loads this file through Vite's SSR transform,
  // which would rewrite an import() written inside the evaluated function.
  const result = (await page.evaluate(
    `import('/bench/vault-page.ts').then((m) => m.runVaultBench())`,
  )) as VaultBenchResult;

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const unlocked = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  await page.evaluate(`import('/bench/vault-page.ts').then((m) => m.cleanUp())`);
  await cdp.send('HeapProfiler.collectGarbage');
  const locked = (await cdp.send('Runtime.getHeapUsage')).usedSize;

  const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
  return [
    {
      area: 'vault',
      metric: 'unlock, 64 MiB Argon2id in a worker (median of 5)',
      value: median(result.unlockMs),
      unit: 'ms',
      budget: 1000,
    },
    {
      area: 'vault',
      metric: 'of which Argon2id in the worker, incl. worker start (median of 5)',
      value: median(result.unlockDeriveMs),
      unit: 'ms',
    },
    {
      area: 'vault',
      metric: `open ${result.records} records to a listed state after key derivation (median of 5)`,
      value: median(result.openAfterKeyMs),
      unit: 'ms',
      budget: 300,
    },
    {
      area: 'vault',
      metric: `unlock ${result.records} records incl. the tampering check (median of 5)`,
      value: median(result.unlockFullMs),
      unit: 'ms',
      budget: 1000,
    },
    {
      area: 'vault',
      metric: `passphrase change: new data key, ${result.records} records sealed again (median of 5)`,
      value: median(result.changePassphraseMs),
      unit: 'ms',
      budget: 2000,
    },
    {
      area: 'vault',
      metric: 'sealing a ~2 KB draft on lock, to disk (median of 5)',
      value: median(result.sealDraftMs),
      unit: 'ms',
      budget: 50,
    },
    {
      area: 'vault',
      metric: 'backup export (median of 5)',
      value: median(result.exportMs),
      unit: 'ms',
      budget: 2000,
    },
    {
      area: 'vault',
      metric: 'backup import incl. key derivation, replace (median of 5)',
      value: median(result.importMs),
      unit: 'ms',
      budget: 2000,
    },
    { area: 'vault', metric: 'backup file size', value: mb(result.fileBytes), unit: 'MB' },
    { area: 'vault', metric: 'JS heap while unlocked (after GC)', value: mb(unlocked), unit: 'MB' },
    { area: 'vault', metric: 'JS heap after locking (after GC)', value: mb(locked), unit: 'MB' },
  ];
}
