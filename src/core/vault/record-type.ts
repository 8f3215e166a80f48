import type { GenericSchema } from 'valibot';

/**
 * What a feature names when it reads or writes one kind of record: the kind's
 * name, typed by the data it holds. The vault looks the kind's schema and
 * migrations up by that name in the registry it was built with
 * (src/core/records.ts), so a page that holds only keys loads neither the
 * schemas nor their validation library before the vault is unlocked.
 */
export interface RecordKey<T> {
  readonly name: string;
  /** Never set: it only ties the key to the type of data it holds. */
  readonly holds?: T;
}

/** The key of the kind of record named `name`; src/core/record-keys.ts holds the app's. */
export function recordKey<T>(name: string): RecordKey<T> {
  return { name };
}

/**
 * A kind of record the vault stores (a journal entry, a session, a decision…).
 * Each feature declares its own in core, next to its domain model, and adds it
 * to the registry in src/core/records.ts.
 *
 * `version` is the current schema version. `migrations[n]` turns a record of
 * version n into version n + 1, so data written by any earlier release opens
 * forever. `schema` validates the current version after decryption.
 */
export interface RecordType<T> extends RecordKey<T> {
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
  list<T>(type: RecordKey<T>): VaultRecord<T>[];
  get<T>(type: RecordKey<T>, id: string): VaultRecord<T> | undefined;
  /** Creates (no id) or replaces a record. Rejects with a VaultError and leaves storage as it was on failure. */
  put<T>(type: RecordKey<T>, data: T, id?: string): Promise<VaultRecord<T>>;
  remove(type: RecordKey<unknown>, id: string): Promise<void>;
  /** Called after every change, so screens can re-read. Returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
}
