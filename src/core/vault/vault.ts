import * as v from 'valibot';
import { type BackupEntry, type OpenedBackup, writeBackup } from './backup';
import { randomBytes } from './bytes';
import {
  createDataKey,
  importKek,
  rewrapDataKey,
  unlockDataKey,
  type WrappedKey,
} from './data-key';
import { openRecord, type SealedRecord, sealRecord } from './envelope';
import { VaultError } from './errors';
import { CURRENT_KDF, type DeriveKey, type KdfParams, SALT_BYTES } from './kdf';
import { META_FORMAT, type VaultMeta } from './meta';
import { type Admitted, admit, typeRegistry } from './migrate';
import type { RecordType, UnlockedVault, VaultRecord } from './record-type';
import type { VaultStorage } from './storage';

/** What a vault needs from its surroundings; tests pass fake storage, cheap KDF parameters and a clock. */
export interface VaultDeps {
  readonly storage: VaultStorage;
  readonly types: readonly RecordType<unknown>[];
  readonly derive: DeriveKey;
  /** Parameters for new passphrases. Production leaves this out; tests pass cheap ones. */
  readonly kdf?: KdfParams;
  readonly now?: () => Date;
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
  /** Drops the key and every decrypted record. The object is dead afterwards. */
  lock(): void;
  changePassphrase(current: string, next: string): Promise<void>;
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
  await deps.storage.create(meta);
  return new OpenVault(deps, key, meta, new Map(), []);
}

/** A wrong passphrase rejects with 'wrong-passphrase' and changes nothing. */
export async function unlockVault(deps: VaultDeps, passphrase: string): Promise<Vault> {
  const meta = await deps.storage.readMeta();
  if (!meta) throw new VaultError('missing');
  const key = await unlockDataKey(deps.derive, meta, passphrase, {
    wrong: 'wrong-passphrase',
    badParams: 'damaged',
  });
  const rows = await deps.storage.readRecords();
  const types = typeRegistry(deps.types);
  const problems: RecordProblem[] = [];
  const opened = await Promise.all(
    rows.map(async (row) => {
      try {
        return { row, admitted: admit(types, row, await openRecord(key, row)) };
      } catch {
        problems.push({ id: String(row.id), type: String(row.type) });
        return null;
      }
    }),
  );
  const admitted = new Map<string, Admitted>();
  for (const entry of opened) if (entry) admitted.set(entry.row.id, entry.admitted);
  return new OpenVault(deps, key, meta, admitted, problems);
}

/** After "erase everything" nothing is left to restore into: the backup becomes the vault, with its own passphrase. */
export async function restoreVault(deps: VaultDeps, backup: OpenedBackup): Promise<Vault> {
  await deps.storage.create(backup.meta, backup.rows);
  return new OpenVault(deps, backup.key, backup.meta, backup.admitted, []);
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
  problems: readonly RecordProblem[];

  constructor(
    deps: VaultDeps,
    key: CryptoKey,
    meta: VaultMeta,
    admitted: ReadonlyMap<string, Admitted>,
    problems: readonly RecordProblem[],
  ) {
    this.deps = deps;
    this.key = key;
    this.meta = meta;
    this.types = typeRegistry(deps.types);
    this.problems = problems;
    this.load(admitted);
  }

  get locked(): boolean {
    return this.key === null;
  }

  list<T>(type: RecordType<T>): VaultRecord<T>[] {
    this.requireKey();
    const records = [...(this.byType.get(type.name)?.values() ?? [])] as VaultRecord<T>[];
    return records.sort(
      (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
    );
  }

  get<T>(type: RecordType<T>, id: string): VaultRecord<T> | undefined {
    this.requireKey();
    return this.byType.get(type.name)?.get(id) as VaultRecord<T> | undefined;
  }

  put<T>(type: RecordType<T>, data: T, id?: string): Promise<VaultRecord<T>> {
    // The key is taken now: a save started while unlocked still lands if the vault locks meanwhile.
    let key: CryptoKey;
    try {
      key = this.requireKey();
      this.requireType(type);
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
      await this.deps.storage.write({ put: [sealed] });
      if (this.key) {
        this.typeMap(type.name).set(recordId, record);
        this.notify();
      }
      return record;
    });
  }

  remove(type: RecordType<unknown>, id: string): Promise<void> {
    if (this.locked) return Promise.reject(new VaultError('locked'));
    if (!this.byType.get(type.name)?.has(id)) return Promise.resolve();
    return this.serial(async () => {
      await this.deps.storage.write({ remove: [id] });
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
    this.notify();
    this.listeners = new Set();
  }

  changePassphrase(current: string, next: string): Promise<void> {
    return this.serial(async () => {
      this.requireKey();
      requirePassphrase(next);
      if (current.length === 0) throw new VaultError('wrong-passphrase');
      const old = this.meta;
      const oldKek = await importKek(await this.deps.derive(current, old.kdf.salt, old.kdf));
      const { kek, kdf } = await newKek(this.deps, next);
      let wrapped: WrappedKey;
      try {
        wrapped = await rewrapDataKey(
          { kek: oldKek, kdf: old.kdf, wrapped: old.key },
          { kek, kdf },
        );
      } catch (error) {
        throw new VaultError('wrong-passphrase', undefined, { cause: error });
      }
      const meta: VaultMeta = { format: META_FORMAT, kdf, key: wrapped };
      await this.deps.storage.write({ meta });
      this.meta = meta;
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
      await this.deps.storage.write({ clear: mode === 'replace', put: sealed });
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

  private requireType(type: RecordType<unknown>): void {
    if (this.types.get(type.name) !== type) {
      throw new VaultError('invalid-record', `record type "${type.name}" is not registered`);
    }
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
