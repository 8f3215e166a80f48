import type { GenericSchema } from 'valibot';

/**
 * A kind of record the vault stores (a journal entry, a session, a decision…).
 * Each feature declares its own in core, next to its domain model, and adds it
 * to the registry in src/core/records.ts.
 *
 * `version` is the current schema version. `migrations[n]` turns a record of
 * version n into version n + 1, so data written by any earlier release opens
 * forever. `schema` validates the current version after decryption.
 */
export interface RecordType<T> {
  readonly name: string;
  readonly version: number;
  readonly schema: GenericSchema<unknown, T>;
  readonly migrations: Readonly<Record<number, (old: unknown) => unknown>>;
}

/** A decrypted record as features see it. Ids are random and carry no meaning. */
export interface VaultRecord<T> {
  readonly id: string;
  readonly type: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly data: T;
}

/**
 * What a feature may do with an unlocked vault. Reads are synchronous: every
 * record is decrypted into memory at unlock and dropped again at lock.
 */
export interface UnlockedVault {
  list<T>(type: RecordType<T>): VaultRecord<T>[];
  get<T>(type: RecordType<T>, id: string): VaultRecord<T> | undefined;
  /** Creates (no id) or replaces a record. Rejects with a VaultError and leaves storage as it was on failure. */
  put<T>(type: RecordType<T>, data: T, id?: string): Promise<VaultRecord<T>>;
  remove(type: RecordType<unknown>, id: string): Promise<void>;
  /** Called after every change, so screens can re-read. Returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
}
