import { type DBSchema, deleteDB, type IDBPDatabase, openDB } from 'idb';
import * as v from 'valibot';
import type { SealedRecord } from './envelope';
import { VaultError } from './errors';
import { META_FORMAT, metaSchema, type VaultMeta } from './meta';
import { DB_NAME, DB_VERSION } from './names';
import type { SealedIndex } from './record-index';

/**
 * The only code that touches IndexedDB. One database, two stores: "meta" holds
 * the vault row (KDF parameters and the wrapped data key) and the sealed
 * record index, "records" holds sealed records by id. Every write is one
 * transaction, so a tab closed mid-save leaves the old state or the new one,
 * never a mix.
 */
interface VaultDB extends DBSchema {
  meta: { key: 'vault' | 'index'; value: VaultMeta | SealedIndex };
  records: { key: string; value: SealedRecord };
}

/**
 * Another tab wrote between this tab's read of the index and its write: the
 * write was not made. The caller re-reads the index and tries again.
 */
export class IndexMoved extends Error {
  override readonly name = 'IndexMoved';
}

/** The whole vault as one consistent read. */
export interface StoredVault {
  readonly meta: VaultMeta;
  /** Missing in vaults made before the index existed. */
  readonly index: SealedIndex | undefined;
  readonly rows: SealedRecord[];
}

export { DB_NAME } from './names';

/** Several writes that must land together or not at all. */
export interface Batch {
  readonly meta?: VaultMeta;
  /** Empty the records store first (restore and "replace" import). */
  readonly clear?: boolean;
  readonly put?: readonly SealedRecord[];
  readonly remove?: readonly string[];
  /** The new sealed index; the write only happens if the stored one still has counter `expect` (null: none yet). */
  readonly index?: { readonly row: SealedIndex; readonly expect: number | null };
}

export class VaultStorage {
  private db: IDBPDatabase<VaultDB> | null = null;

  constructor(readonly name: string = DB_NAME) {}

  static available(): boolean {
    return typeof indexedDB !== 'undefined' && indexedDB !== null;
  }

  /** The vault's meta row, or undefined when nothing has ever been saved. Creates nothing on disk. */
  async readMeta(): Promise<VaultMeta | undefined> {
    const db = await this.open(false);
    if (!db) return undefined;
    return checkMeta(await db.get('meta', 'vault'));
  }

  async readRecords(): Promise<SealedRecord[]> {
    const db = await this.open(false);
    return db ? db.getAll('records') : [];
  }

  async readIndex(): Promise<SealedIndex | undefined> {
    const db = await this.open(false);
    return db ? ((await db.get('meta', 'index')) as SealedIndex | undefined) : undefined;
  }

  /** Meta row, index and records in one read transaction, so a write from another tab is seen whole or not at all. */
  async readAll(): Promise<StoredVault | undefined> {
    const db = await this.open(false);
    if (!db) return undefined;
    const tx = db.transaction(['meta', 'records'], 'readonly');
    const [meta, index, rows] = await Promise.all([
      tx.objectStore('meta').get('vault'),
      tx.objectStore('meta').get('index'),
      tx.objectStore('records').getAll(),
      tx.done,
    ]);
    const checked = checkMeta(meta);
    if (!checked) return undefined;
    return { meta: checked, index: index as SealedIndex | undefined, rows };
  }

  /** Setup (or a restore onto an empty device): the first write ever. Fails with 'exists' rather than overwrite a vault. */
  async create(
    meta: VaultMeta,
    records: readonly SealedRecord[] = [],
    // Left out only by tests that build a vault as releases before the index wrote it.
    index?: SealedIndex,
  ): Promise<void> {
    const db = await this.open(true);
    if (!db) throw new VaultError('unavailable');
    await this.transact(db, async (tx) => {
      if ((await tx.objectStore('meta').count()) > 0) throw new VaultError('exists');
      await tx.objectStore('meta').put(meta, 'vault');
      if (index) await tx.objectStore('meta').put(index, 'index');
      for (const record of records) await tx.objectStore('records').put(record);
    });
  }

  async write(batch: Batch): Promise<void> {
    const db = await this.open(false);
    if (!db) throw new VaultError('missing');
    await this.transact(db, async (tx) => {
      const records = tx.objectStore('records');
      if (batch.index) {
        const stored = (await tx.objectStore('meta').get('index')) as SealedIndex | undefined;
        if ((stored?.counter ?? null) !== batch.index.expect) throw new IndexMoved();
        await tx.objectStore('meta').put(batch.index.row, 'index');
      }
      if (batch.meta) await tx.objectStore('meta').put(batch.meta, 'vault');
      if (batch.clear) await records.clear();
      for (const id of batch.remove ?? []) await records.delete(id);
      for (const record of batch.put ?? []) await records.put(record);
    });
  }

  /** Deletes the whole database. Other tabs are asked to close their connections first. */
  async erase(): Promise<void> {
    this.close();
    await deleteDB(this.name);
  }

  close(): void {
    this.db?.close();
    this.db = null;
  }

  private async open(create: boolean): Promise<IDBPDatabase<VaultDB> | null> {
    if (this.db) return this.db;
    if (!VaultStorage.available()) throw new VaultError('unavailable');
    try {
      this.db = await openDB<VaultDB>(this.name, DB_VERSION, {
        upgrade(db, oldVersion, _newVersion, tx) {
          // Only reading: abort, so looking for a vault never creates an empty database on disk.
          if (oldVersion === 0 && !create) {
            tx.done.catch(() => undefined);
            tx.abort();
            return;
          }
          db.createObjectStore('meta');
          db.createObjectStore('records', { keyPath: 'id' });
        },
        blocking: () => this.close(),
        terminated: () => {
          this.db = null;
        },
      });
      return this.db;
    } catch (error) {
      const name = (error as { name?: string } | null)?.name;
      if (name === 'AbortError' && !create) return null;
      if (name === 'VersionError')
        throw new VaultError('future-version', undefined, { cause: error });
      throw new VaultError('unavailable', undefined, { cause: error });
    }
  }

  private async transact(
    db: IDBPDatabase<VaultDB>,
    work: (tx: ReturnType<typeof this.rw>) => Promise<void>,
  ): Promise<void> {
    const tx = this.rw(db);
    try {
      await Promise.all([work(tx), tx.done]);
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // Already finished or aborted.
      }
      throw writeError(error);
    }
  }

  private rw(db: IDBPDatabase<VaultDB>) {
    return db.transaction(['meta', 'records'], 'readwrite');
  }
}

function checkMeta(meta: unknown): VaultMeta | undefined {
  if (meta === undefined) return undefined;
  const format: unknown = (meta as { format?: unknown } | null)?.format;
  if (typeof format === 'number' && format > META_FORMAT) throw new VaultError('future-version');
  const checked = v.safeParse(metaSchema, meta);
  if (!checked.success) throw new VaultError('damaged', 'meta row');
  return checked.output;
}

/** A failed write as the person should hear about it. */
export function writeError(error: unknown): VaultError | IndexMoved {
  if (error instanceof VaultError || error instanceof IndexMoved) return error;
  const name = (error as { name?: string } | null)?.name;
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return new VaultError('storage-full', undefined, { cause: error });
  }
  return new VaultError('write-failed', undefined, { cause: error });
}
