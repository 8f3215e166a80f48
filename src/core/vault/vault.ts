import * as v from 'valibot';
import { type BackupEntry, type OpenedBackup, writeBackup } from './backup';
import { randomBytes } from './bytes';
import { createDataKey, importKek, rewrapDataKey, unlockDataKey, unwrapDataKey } from './data-key';
import { openRecord, type SealedRecord, sealRecord } from './envelope';
import { VaultError } from './errors';
import { CURRENT_KDF, type DeriveKey, type KdfParams, SALT_BYTES, sameKdf } from './kdf';
import { META_FORMAT, type VaultMeta } from './meta';
import { type Admitted, admit, typeRegistry } from './migrate';
import {
  applyChange,
  EMPTY_INDEX,
  findTampering,
  hashRow,
  type IndexChange,
  type IndexEntry,
  openIndex,
  type RecordIndex,
  type SeenRow,
  sealIndex,
  type Tampering,
} from './record-index';
import type { RecordKey, RecordType, UnlockedVault, VaultRecord } from './record-type';
import { type Batch, IndexMoved, type VaultStorage } from './storage';

/** What a vault needs from its surroundings; tests pass fake storage, cheap KDF parameters and a clock. */
export interface VaultDeps {
  readonly storage: VaultStorage;
  readonly types: readonly RecordType<unknown>[];
  readonly derive: DeriveKey;
  /** Parameters for new passphrases. Production leaves this out; tests pass cheap ones. */
  readonly kdf?: KdfParams;
  readonly now?: () => Date;
  /** After every write that landed: the app tells its other tabs to take it in. */
  readonly onWrite?: () => void;
}

/** A stored record that could not be opened. It stays on disk exactly as it was. */
export interface RecordProblem {
  readonly id: string;
  readonly type: string;
}

/** The open vault: the features' API plus what the settings page and the app frame need. */
export interface Vault extends UnlockedVault {
  readonly locked: boolean;
  /** Records that failed to decrypt or validate at unlock; left untouched and out of backups. */
  readonly problems: readonly RecordProblem[];
  /** Records that are not as this vault last left them (set back, deleted, brought back, swapped). All are kept. */
  readonly tampering: readonly Tampering[];
  /** Drops the key and every decrypted record. The object is dead afterwards. */
  lock(): void;
  /** A new data key and every record sealed again under it, in one transaction; needs the current passphrase. */
  changePassphrase(current: string, next: string): Promise<void>;
  /** Takes in what another tab wrote. Locks when another tab changed the key. */
  refresh(): Promise<void>;
  /** The person has read the tampering report: the records as they are now become what the vault expects. */
  acceptAsItIs(): Promise<void>;
  /** The backup file's text: every record as stored (still sealed), plus the wrapped key. */
  exportBackup(): Promise<string>;
  /** Adds a checked backup's records: 'merge' keeps the newer copy of each; 'replace' empties the vault first. */
  importBackup(backup: OpenedBackup, mode: 'merge' | 'replace'): Promise<void>;
}

export type VaultPresence = 'none' | 'locked';

/** Whether a vault exists, without creating anything on disk. */
export async function findVault(storage: VaultStorage): Promise<VaultPresence> {
  return (await storage.readMeta()) ? 'locked' : 'none';
}

/** Setup: the first save. A new random data key, wrapped under the passphrase. */
export async function createVault(deps: VaultDeps, passphrase: string): Promise<Vault> {
  requirePassphrase(passphrase);
  const { kek, kdf } = await newKek(deps, passphrase);
  const { key, wrapped } = await createDataKey(kek, kdf);
  const meta: VaultMeta = { format: META_FORMAT, kdf, key: wrapped };
  await deps.storage.create(meta, [], await sealIndex(key, EMPTY_INDEX));
  return new OpenVault(deps, key, meta, new Map(), [], EMPTY_INDEX, []);
}

/** A wrong passphrase rejects with 'wrong-passphrase' and changes nothing. */
export async function unlockVault(deps: VaultDeps, passphrase: string): Promise<Vault> {
  const stored = await deps.storage.readAll();
  if (!stored) throw new VaultError('missing');
  const { key } = await unlockDataKey(deps.derive, stored.meta, passphrase, {
    wrong: 'wrong-passphrase',
    badParams: 'damaged',
  });
  const types = typeRegistry(deps.types);
  const problems: RecordProblem[] = [];
  const seen: SeenRow[] = [];
  const admitted = new Map<string, Admitted>();
  await Promise.all(
    stored.rows.map(async (row) => {
      const hash = await hashRow(row);
      try {
        const content = await openRecord(key, row);
        admitted.set(row.id, admit(types, row, content));
        seen.push({ id: row.id, type: row.type, hash, updatedAt: content.updatedAt });
      } catch {
        problems.push({ id: String(row.id), type: String(row.type) });
        seen.push({ id: String(row.id), type: String(row.type), hash });
      }
    }),
  );
  let index: RecordIndex;
  let tampering: Tampering[] = [];
  try {
    if (!stored.index) throw new Error('no index yet');
    index = await openIndex(key, stored.index);
    tampering = findTampering(index, seen);
  } catch {
    // A vault from before the index (or one whose index was replaced): what is stored now becomes what is expected.
    if (stored.index) tampering = [{ id: 'index', kind: 'changed', type: 'index', date: null }];
    const built = applyChange(EMPTY_INDEX, { put: seen.map(entryOf) });
    index = { counter: (stored.index?.counter ?? 0) + 1, entries: built.entries };
    try {
      await deps.storage.write({
        index: { row: await sealIndex(key, index), expect: stored.index?.counter ?? null },
      });
    } catch (error) {
      // Another tab built it at the same moment: unlock again, reading theirs.
      if (error instanceof IndexMoved) return unlockVault(deps, passphrase);
      throw error;
    }
  }
  return new OpenVault(deps, key, stored.meta, admitted, problems, index, tampering);
}

/**
 * After "erase everything" nothing is left to restore into: the backup becomes
 * the vault. It opens with the backup's passphrase; when the file was made
 * with other key settings than today's, the data key is wrapped again with
 * today's (so `passphrase` must be the one that opened the backup).
 */
export async function restoreVault(
  deps: VaultDeps,
  backup: OpenedBackup,
  passphrase?: string,
): Promise<Vault> {
  let meta = backup.meta;
  if (!sameKdf(meta.kdf, deps.kdf ?? CURRENT_KDF)) {
    if (passphrase === undefined)
      throw new TypeError('the passphrase is needed to re-wrap the key');
    const { kek, kdf } = await newKek(deps, passphrase);
    const wrapped = await rewrapDataKey(
      { kek: backup.kek, kdf: meta.kdf, wrapped: meta.key },
      { kek, kdf },
    );
    meta = { format: META_FORMAT, kdf, key: wrapped };
  }
  const updated = new Map(backup.entries.map((e) => [e.header.id, e.content.updatedAt]));
  const seen = await Promise.all(
    backup.rows.map(async (row) => ({
      id: row.id,
      type: row.type,
      hash: await hashRow(row),
      updatedAt: updated.get(row.id),
    })),
  );
  const index = applyChange(EMPTY_INDEX, { put: seen.map(entryOf) });
  await deps.storage.create(meta, backup.rows, await sealIndex(backup.key, index));
  return new OpenVault(deps, backup.key, meta, backup.admitted, [], index, []);
}

function entryOf(row: SeenRow): IndexEntry & { id: string } {
  return { id: row.id, type: row.type, hash: row.hash, updatedAt: row.updatedAt ?? null };
}

/** A KEK for a new passphrase: fresh salt, and the current parameter set (tests pass cheaper ones). */
async function newKek(
  deps: VaultDeps,
  passphrase: string,
): Promise<{ kek: CryptoKey; kdf: VaultMeta['kdf'] }> {
  const kdf = { ...(deps.kdf ?? CURRENT_KDF), salt: randomBytes(SALT_BYTES) };
  return { kek: await importKek(await deps.derive(passphrase, kdf.salt, kdf)), kdf };
}

function requirePassphrase(passphrase: string): void {
  if (passphrase.length === 0) throw new TypeError('a passphrase is required');
}

class OpenVault implements Vault {
  private key: CryptoKey | null;
  private meta: VaultMeta;
  private readonly deps: VaultDeps;
  private readonly types: Map<string, RecordType<unknown>>;
  /** Decrypted records by type, then id. Emptied at lock. */
  private byType = new Map<string, Map<string, VaultRecord<unknown>>>();
  /** Ids of records kept sealed (unknown type or newer version): exported, never shown. */
  private kept = new Set<string>();
  private listeners = new Set<() => void>();
  // One write at a time, in call order, so memory always matches what is on disk.
  private queue: Promise<unknown> = Promise.resolve();
  /** What this tab last wrote or read; a write made from a stale copy is refused by storage and retried. */
  private index: RecordIndex;
  problems: readonly RecordProblem[];
  tampering: readonly Tampering[];

  constructor(
    deps: VaultDeps,
    key: CryptoKey,
    meta: VaultMeta,
    admitted: ReadonlyMap<string, Admitted>,
    problems: readonly RecordProblem[],
    index: RecordIndex,
    tampering: readonly Tampering[],
  ) {
    this.deps = deps;
    this.key = key;
    this.meta = meta;
    this.types = typeRegistry(deps.types);
    this.problems = problems;
    this.index = index;
    this.tampering = tampering;
    this.load(admitted);
  }

  get locked(): boolean {
    return this.key === null;
  }

  list<T>(type: RecordKey<T>): VaultRecord<T>[] {
    this.requireKey();
    const records = [...(this.byType.get(type.name)?.values() ?? [])] as VaultRecord<T>[];
    return records.sort(
      (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
    );
  }

  get<T>(type: RecordKey<T>, id: string): VaultRecord<T> | undefined {
    this.requireKey();
    return this.byType.get(type.name)?.get(id) as VaultRecord<T> | undefined;
  }

  put<T>(kind: RecordKey<T>, data: T, id?: string): Promise<VaultRecord<T>> {
    // The key is taken now: a save started while unlocked still lands if the vault locks meanwhile.
    let key: CryptoKey;
    let type: RecordType<T>;
    try {
      key = this.requireKey();
      type = this.requireType(kind);
    } catch (error) {
      return Promise.reject(error);
    }
    return this.serial(async () => {
      const checked = v.safeParse(type.schema, data);
      if (!checked.success) {
        throw new VaultError('invalid-record', checked.issues.map((i) => i.message).join('; '));
      }
      const recordId = id ?? crypto.randomUUID();
      if (this.kept.has(recordId) || this.ownerOf(recordId, type.name)) {
        throw new VaultError('invalid-record', 'that id belongs to another record');
      }
      const now = (this.deps.now?.() ?? new Date()).toISOString();
      const existing = this.byType.get(type.name)?.get(recordId);
      const record: VaultRecord<T> = {
        id: recordId,
        type: type.name,
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
        data: checked.output,
      };
      const sealed = await sealRecord(
        key,
        { id: recordId, type: type.name, version: type.version },
        record,
      );
      await this.commit(
        key,
        { put: [sealed] },
        { put: [{ id: recordId, type: type.name, hash: await hashRow(sealed), updatedAt: now }] },
      );
      if (this.key) {
        this.typeMap(type.name).set(recordId, record);
        this.notify();
      }
      return record;
    });
  }

  remove(type: RecordKey<unknown>, id: string): Promise<void> {
    if (this.locked) return Promise.reject(new VaultError('locked'));
    if (!this.byType.get(type.name)?.has(id)) return Promise.resolve();
    const key = this.requireKey();
    return this.serial(async () => {
      await this.commit(key, { remove: [id] }, { remove: [id] });
      this.byType.get(type.name)?.delete(id);
      this.notify();
    });
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  lock(): void {
    if (!this.key) return;
    this.key = null;
    for (const records of this.byType.values()) records.clear();
    this.byType = new Map();
    this.kept = new Set();
    this.tampering = [];
    this.notify();
    this.listeners = new Set();
    // Saves started before the lock still need the index; it goes once they are done.
    this.serial(async () => {
      this.index = EMPTY_INDEX;
    });
  }

  changePassphrase(current: string, next: string): Promise<void> {
    return this.serial(async () => {
      const oldKey = this.requireKey();
      requirePassphrase(next);
      if (current.length === 0) throw new VaultError('wrong-passphrase');
      const old = this.meta;
      // Both derivations at once: each runs in its own worker.
      const [oldKek, fresh] = await Promise.all([
        this.deps.derive(current, old.kdf.salt, old.kdf).then(importKek),
        newKek(this.deps, next),
      ]);
      try {
        await unwrapDataKey(oldKek, old.kdf, old.key);
      } catch (error) {
        throw new VaultError('wrong-passphrase', undefined, { cause: error });
      }
      const { key, wrapped } = await createDataKey(fresh.kek, fresh.kdf);
      const meta: VaultMeta = { format: META_FORMAT, kdf: fresh.kdf, key: wrapped };
      for (let attempt = 0; ; attempt++) {
        const stored = await this.deps.storage.readAll();
        if (!stored) throw new VaultError('missing');
        const base = stored.index ? await this.openOrLock(oldKey, stored.index) : this.index;
        const entries = new Map(base.entries);
        const rows = await Promise.all(
          stored.rows.map(async (row) => {
            let sealed: SealedRecord;
            try {
              sealed = await sealRecord(key, row, await openRecord(oldKey, row));
            } catch {
              // A record that never opened stays exactly as it was (it is listed as a problem).
              return row;
            }
            const entry = entries.get(row.id);
            // Only records that match the index move on with it, so a tampering report survives the change.
            if (entry && entry.hash === (await hashRow(row))) {
              entries.set(row.id, { ...entry, hash: await hashRow(sealed) });
            }
            return sealed;
          }),
        );
        const index: RecordIndex = { counter: base.counter + 1, entries };
        try {
          await this.deps.storage.write({
            meta,
            clear: true,
            put: rows,
            index: { row: await sealIndex(key, index), expect: stored.index?.counter ?? null },
          });
        } catch (error) {
          if (error instanceof IndexMoved && attempt < 4) continue;
          throw error instanceof IndexMoved ? new VaultError('write-failed') : error;
        }
        this.meta = meta;
        this.index = index;
        if (this.key) this.key = key;
        this.deps.onWrite?.();
        return;
      }
    });
  }

  refresh(): Promise<void> {
    return this.serial(async () => {
      const key = this.key;
      if (key) await this.takeIn(key);
    });
  }

  acceptAsItIs(): Promise<void> {
    return this.serial(async () => {
      const key = this.requireKey();
      const rows = await this.deps.storage.readRecords();
      const put = await Promise.all(
        rows.map(async (row) => ({
          id: row.id,
          type: row.type,
          hash: await hashRow(row),
          updatedAt: this.recordOf(row.id)?.updatedAt ?? null,
        })),
      );
      await this.commit(key, {}, { clear: true, put });
      this.tampering = [];
      this.notify();
    });
  }

  exportBackup(): Promise<string> {
    return this.serial(async () => {
      this.requireKey();
      const problems = new Set(this.problems.map((p) => p.id));
      const rows = (await this.deps.storage.readRecords()).filter((row) => !problems.has(row.id));
      return writeBackup(this.meta, rows);
    });
  }

  importBackup(backup: OpenedBackup, mode: 'merge' | 'replace'): Promise<void> {
    return this.serial(async () => {
      const key = this.requireKey();
      const incoming =
        mode === 'merge' ? backup.entries.filter((e) => this.wantsInMerge(e)) : backup.entries;
      const sealed: SealedRecord[] = await Promise.all(
        incoming.map(({ header, content }) => {
          const admitted = backup.admitted.get(header.id);
          // Known records are stored migrated, at their type's current version.
          return admitted?.kind === 'current'
            ? sealRecord(
                key,
                { ...header, version: admitted.version },
                { ...content, data: admitted.record.data },
              )
            : sealRecord(key, header, content);
        }),
      );
      const updated = new Map(backup.entries.map((e) => [e.header.id, e.content.updatedAt]));
      const put = await Promise.all(
        sealed.map(async (row) => ({
          id: row.id,
          type: row.type,
          hash: await hashRow(row),
          updatedAt: updated.get(row.id) ?? null,
        })),
      );
      const clear = mode === 'replace';
      await this.commit(key, { clear, put: sealed }, { clear, put });
      if (!this.key) return;
      if (mode === 'replace') {
        this.byType = new Map();
        this.kept = new Set();
        this.problems = [];
      }
      const ids = new Set(sealed.map((s) => s.id));
      this.problems = this.problems.filter((p) => !ids.has(p.id));
      this.load(new Map([...backup.admitted].filter(([id]) => ids.has(id))));
      this.notify();
    });
  }

  /** Merge keeps whichever copy of a record was changed last; ties keep the vault's. */
  private wantsInMerge({ header, content }: BackupEntry): boolean {
    // A record that would not open here is repaired by the backup's good copy.
    if (this.problems.some((p) => p.id === header.id)) return true;
    if (this.kept.has(header.id)) return false;
    if (this.ownerOf(header.id, header.type)) return false;
    const ours = this.byType.get(header.type)?.get(header.id);
    return !ours || ours.updatedAt < content.updatedAt;
  }

  private load(admitted: ReadonlyMap<string, Admitted>): void {
    for (const [id, entry] of admitted) {
      if (entry.kind === 'kept') this.kept.add(id);
      else this.typeMap(entry.record.type).set(id, entry.record);
    }
  }

  /**
   * One write and the index that goes with it, together. When another tab wrote
   * since this one last read the index, storage refuses; take theirs and retry.
   */
  private async commit(key: CryptoKey, batch: Omit<Batch, 'index'>, change: IndexChange) {
    for (let attempt = 0; ; attempt++) {
      const base = this.index;
      const next = applyChange(base, change);
      try {
        await this.deps.storage.write({
          ...batch,
          index: { row: await sealIndex(key, next), expect: base.counter },
        });
        this.index = next;
        this.deps.onWrite?.();
        return;
      } catch (error) {
        if (!(error instanceof IndexMoved)) throw error;
        if (attempt >= 4) throw new VaultError('write-failed', 'index kept moving');
        await this.takeIn(key);
      }
    }
  }

  /** Reads what other tabs wrote since this one last looked: their index, and the records it says changed. */
  private async takeIn(key: CryptoKey): Promise<void> {
    const stored = await this.deps.storage.readAll();
    if (!stored?.index || stored.index.counter === this.index.counter) return;
    const index = await this.openOrLock(key, stored.index);
    const rows = new Map(stored.rows.map((row) => [row.id, row]));
    const before = this.index.entries;
    const changed = new Map<string, Admitted>();
    for (const [id, entry] of index.entries) {
      if (before.get(id)?.hash === entry.hash) continue;
      const row = rows.get(id);
      // A row that does not match the index is left for the next unlock to name.
      if (!row || (await hashRow(row)) !== entry.hash) continue;
      try {
        changed.set(id, admit(this.types, row, await openRecord(key, row)));
      } catch {
        // Named as a problem at the next unlock.
      }
    }
    this.index = index;
    // Locked meanwhile (a save finishing after the lock): nothing goes back into memory.
    if (!this.key) return;
    for (const id of before.keys()) if (!index.entries.has(id)) this.forget(id);
    for (const id of changed.keys()) this.forget(id);
    this.load(changed);
    this.notify();
  }

  /** Another tab changed the passphrase (and so the data key): this tab's key is no use any more. */
  private async openOrLock(key: CryptoKey, sealed: Parameters<typeof openIndex>[1]) {
    try {
      return await openIndex(key, sealed);
    } catch (error) {
      this.lock();
      throw new VaultError('locked', 'the data key changed in another tab', { cause: error });
    }
  }

  private forget(id: string): void {
    this.kept.delete(id);
    for (const records of this.byType.values()) records.delete(id);
  }

  private recordOf(id: string): VaultRecord<unknown> | undefined {
    for (const records of this.byType.values()) {
      const record = records.get(id);
      if (record) return record;
    }
    return undefined;
  }

  /** The type name of another type's record holding this id, if any. */
  private ownerOf(id: string, exceptType: string): string | undefined {
    for (const [name, records] of this.byType)
      if (name !== exceptType && records.has(id)) return name;
    return undefined;
  }

  private typeMap(name: string): Map<string, VaultRecord<unknown>> {
    let records = this.byType.get(name);
    if (!records) {
      records = new Map();
      this.byType.set(name, records);
    }
    return records;
  }

  private requireKey(): CryptoKey {
    if (!this.key) throw new VaultError('locked');
    return this.key;
  }

  /** The registered kind a key names: pages hold only keys, the schemas come with the vault. */
  private requireType<T>(key: RecordKey<T>): RecordType<T> {
    const type = this.types.get(key.name);
    if (!type) {
      throw new VaultError('invalid-record', `record type "${key.name}" is not registered`);
    }
    return type as RecordType<T>;
  }

  private serial<R>(work: () => Promise<R>): Promise<R> {
    const result = this.queue.then(work, work);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private notify(): void {
    for (const listener of [...this.listeners]) {
      try {
        listener();
      } catch {
        // One screen's failing listener must not stop the others from updating.
      }
    }
  }
}
