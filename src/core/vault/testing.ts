import 'fake-indexeddb/auto';
import * as v from 'valibot';
import { deriveKeyBytes, type KdfParams } from './kdf';
import type { RecordType } from './record-type';
import { VaultStorage } from './storage';
import type { VaultDeps } from './vault';

/**
 * Test helpers only (no app code imports this). Cheap Argon2id parameters keep
 * the suite fast; they are set 0, which production never writes.
 */
export const TEST_KDF: KdfParams = { set: 0, memoryKiB: 8, iterations: 1, parallelism: 1 };

/** A record type with a real v1 → v2 migration, standing in for the features' types. */
export interface Note {
  readonly text: string;
  readonly tags: readonly string[];
}

export const noteType: RecordType<Note> = {
  name: 'test-note',
  version: 2,
  schema: v.strictObject({ text: v.string(), tags: v.array(v.string()) }),
  migrations: {
    // v1 was { body } with no tags.
    1: (old) => ({ text: (old as { body: string }).body, tags: [] }),
  },
};

/** The same type as release 1 knew it, to write v1 records and fixtures. */
export const noteTypeV1: RecordType<{ body: string }> = {
  name: 'test-note',
  version: 1,
  schema: v.strictObject({ body: v.string() }),
  migrations: {},
};

export const otherType: RecordType<{ n: number }> = {
  name: 'test-other',
  version: 1,
  schema: v.strictObject({ n: v.number() }),
  migrations: {},
};

let counter = 0;

/** A fresh, empty database for one test. */
export function freshStorage(): VaultStorage {
  counter += 1;
  return new VaultStorage(`terrarium-test-${counter}-${Math.random().toString(36).slice(2)}`);
}

export function testDeps(overrides: Partial<VaultDeps> = {}): VaultDeps {
  return {
    storage: freshStorage(),
    types: [noteType, otherType],
    derive: deriveKeyBytes,
    kdf: TEST_KDF,
    ...overrides,
  };
}

/** Every row of both stores, as plain comparable data: "unchanged" means deep-equal to this. */
export async function snapshot(storage: VaultStorage): Promise<unknown> {
  const meta = await storage.readMeta().catch((error) => `error: ${String(error)}`);
  const records = await storage.readRecords();
  const index = await storage.readIndex();
  return { meta, index, records: records.sort((a, b) => a.id.localeCompare(b.id)) };
}
