// Runs inside Chromium on the Vite dev server (loaded by vault.bench.ts): the real vault code,
// the real record types, real IndexedDB and the real Argon2id worker with production parameters.

import { sessionRecord } from '../src/core/notice/session-record';
import { addDays, session } from '../src/core/notice/test-data';
import { createEntry } from '../src/core/reflect/entry';
import { journalEntryRecord } from '../src/core/reflect/entry-record';
import { openBackup, parseBackup } from '../src/core/vault/backup';
import { deriveInWorker } from '../src/core/vault/derive-in-worker';
import { draftRecord } from '../src/core/vault/draft-record';
import type { DeriveKey } from '../src/core/vault/kdf';
import { VaultStorage } from '../src/core/vault/storage';
import { createVault, unlockVault, type VaultDeps } from '../src/core/vault/vault';

export interface VaultBenchResult {
  unlockMs: number[];
  unlockDeriveMs: number[];
  openAfterKeyMs: number[];
  exportMs: number[];
  importMs: number[];
  /** Unlocking the five-year vault: Argon2id, every record opened, and the index checked against every row. */
  unlockFullMs: number[];
  /** A new data key and every record of the five-year vault sealed again, both Argon2id runs included. */
  changePassphraseMs: number[];
  /** From the lock to a ~2 KB draft on disk. */
  sealDraftMs: number[];
  fileBytes: number;
  records: number;
}

const PASS = 'bench passphrase with four words';
const SESSIONS = 260;
const ENTRIES = 1000;

/** About 2 KB of ordinary prose, different for each entry. */
function prose(i: number): string {
  const words = [
    'therapy',
    'session',
    'felt',
    'today',
    'listened',
    'nervous',
    'warm',
    'again',
    'week',
    'office',
    'said',
    'safe',
  ];
  let text = '';
  let seed = i + 1;
  while (text.length < 2000) {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    text += `${words[seed % words.length]} `;
  }
  return text;
}

function timedDerive(): { derive: DeriveKey; last: () => number } {
  let spent = 0;
  return {
    derive: async (...args) => {
      const start = performance.now();
      try {
        return await deriveInWorker(...args);
      } finally {
        spent = performance.now() - start;
      }
    },
    last: () => spent,
  };
}

export async function runVaultBench(): Promise<VaultBenchResult> {
  const timing = timedDerive();
  const deps = (name: string): VaultDeps => ({
    storage: new VaultStorage(name),
    types: [journalEntryRecord, sessionRecord, draftRecord],
    derive: timing.derive,
  });
  const result: VaultBenchResult = {
    unlockMs: [],
    unlockDeriveMs: [],
    openAfterKeyMs: [],
    exportMs: [],
    importMs: [],
    unlockFullMs: [],
    changePassphraseMs: [],
    sealDraftMs: [],
    fileBytes: 0,
    records: 0,
  };

  // Unlock with production parameters, empty vault: the Argon2id worker plus the key unwrap.
  const small = deps('bench-unlock');
  await small.storage.erase();
  (await createVault(small, PASS)).lock();
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    (await unlockVault(small, PASS)).lock();
    result.unlockMs.push(performance.now() - start);
    result.unlockDeriveMs.push(timing.last());
  }
  await small.storage.erase();

  // Five years of weekly sessions and a thousand ~2 KB journal entries.
  const big = deps('bench-five-years');
  await big.storage.erase();
  const vault = await createVault(big, PASS);
  for (let i = 0; i < SESSIONS; i++) {
    await vault.put(
      sessionRecord,
      session({ date: addDays('2020-01-06', 7 * i), notes: prose(i).slice(0, 300) }),
    );
  }
  for (let i = 0; i < ENTRIES; i++) {
    await vault.put(
      journalEntryRecord,
      createEntry('free', { body: prose(i) }, new Date(Date.UTC(2020, 0, 1 + i))),
    );
  }
  vault.lock();

  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const opened = await unlockVault(big, PASS);
    result.records = opened.list(journalEntryRecord).length + opened.list(sessionRecord).length;
    result.openAfterKeyMs.push(performance.now() - start - timing.last());
    opened.lock();
  }

  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const full = await unlockVault(big, PASS);
    result.unlockFullMs.push(performance.now() - start);
    if (full.tampering.length > 0) throw new Error('the bench vault reported tampering');
    // Sealing at lock: the save takes the key at once, so the lock itself never waits for it.
    const sealStart = performance.now();
    const sealing = full.put(draftRecord, { place: 'reflect/new', value: prose(i) });
    full.lock();
    await sealing;
    result.sealDraftMs.push(performance.now() - sealStart);
  }

  const opened = await unlockVault(big, PASS);
  // Back and forth between two passphrases, so each run starts from the same vault.
  const passes = [PASS, `${PASS} changed`];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    await opened.changePassphrase(passes[i % 2] as string, passes[(i + 1) % 2] as string);
    result.changePassphraseMs.push(performance.now() - start);
  }
  await opened.changePassphrase(passes[1] as string, PASS);
  let file = '';
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    file = await opened.exportBackup();
    result.exportMs.push(performance.now() - start);
  }
  result.fileBytes = file.length;

  // Import: check the file, derive its key, decrypt, migrate and validate everything, write it all.
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    await opened.importBackup(await openBackup(parseBackup(file), PASS, big), 'replace');
    result.importMs.push(performance.now() - start);
  }
  (window as unknown as { benchVault: unknown }).benchVault = opened;
  return result;
}

/** Locks the vault the run left open and erases the bench databases. */
export async function cleanUp(): Promise<void> {
  (window as unknown as { benchVault?: { lock(): void } }).benchVault?.lock();
  await new VaultStorage('bench-five-years').erase();
}
