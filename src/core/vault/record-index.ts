import { fromUtf8, randomBytes, toBase64, utf8 } from './bytes';
import type { SealedRecord } from './envelope';

/**
 * The vault's own list of what it holds: for every record, its type, the hash
 * of its stored ciphertext and when it was last saved; plus a counter that
 * goes up with every write. It is sealed with the data key, so nobody without
 * the passphrase can edit it to match a changed database.
 *
 * At unlock, the stored records are compared with it. A record set back to an
 * older copy, deleted, brought back after deletion, or swapped with another
 * is named; every record is still kept and shown as it is.
 */
export interface IndexEntry {
  readonly type: string;
  /** SHA-256 of the stored IV and ciphertext, base64. */
  readonly hash: string;
  /** The last save, from inside the record (null when the record never opened). */
  readonly updatedAt: string | null;
}

export interface RecordIndex {
  /** Goes up by one with every write. Also kept in clear beside the sealed index, so a write can check nothing moved meanwhile. */
  readonly counter: number;
  readonly entries: ReadonlyMap<string, IndexEntry>;
}

/** The index as it rests in the meta store, under the key "index". */
export interface SealedIndex {
  readonly counter: number;
  readonly iv: Uint8Array<ArrayBuffer>;
  readonly ciphertext: Uint8Array<ArrayBuffer>;
}

export type TamperKind = 'rolled-back' | 'deleted' | 'resurrected' | 'swapped' | 'changed';

/** One record that is not as the vault last left it. Names only what the person sees once unlocked. */
export interface Tampering {
  readonly id: string;
  readonly kind: TamperKind;
  readonly type: string;
  /** When the record was last saved, as far as the vault knows. */
  readonly date: string | null;
}

export const EMPTY_INDEX: RecordIndex = { counter: 0, entries: new Map() };

function associatedData(counter: number): Uint8Array<ArrayBuffer> {
  return utf8(JSON.stringify(['terrarium/index', 1, counter]));
}

export async function hashRow(row: Pick<SealedRecord, 'iv' | 'ciphertext'>): Promise<string> {
  const joined = new Uint8Array(row.iv.length + row.ciphertext.length);
  joined.set(row.iv);
  joined.set(row.ciphertext, row.iv.length);
  return toBase64(new Uint8Array(await crypto.subtle.digest('SHA-256', joined)));
}

export async function sealIndex(key: CryptoKey, index: RecordIndex): Promise<SealedIndex> {
  const iv = randomBytes(12);
  const plain = utf8(JSON.stringify([...index.entries]));
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: associatedData(index.counter) },
    key,
    plain,
  );
  return { counter: index.counter, iv, ciphertext: new Uint8Array(ciphertext) };
}

/** Throws when the key does not open it (another tab changed the data key) or it was edited. */
export async function openIndex(key: CryptoKey, sealed: SealedIndex): Promise<RecordIndex> {
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: sealed.iv, additionalData: associatedData(sealed.counter) },
    key,
    sealed.ciphertext,
  );
  const entries = JSON.parse(fromUtf8(new Uint8Array(plain))) as [string, IndexEntry][];
  return { counter: sealed.counter, entries: new Map(entries) };
}

export interface IndexChange {
  readonly clear?: boolean;
  readonly put?: readonly (IndexEntry & { readonly id: string })[];
  readonly remove?: readonly string[];
}

/** The index after one write: always one step further. */
export function applyChange(index: RecordIndex, change: IndexChange): RecordIndex {
  const entries = new Map(change.clear ? [] : index.entries);
  for (const id of change.remove ?? []) entries.delete(id);
  for (const { id, ...entry } of change.put ?? []) entries.set(id, entry);
  return { counter: index.counter + 1, entries };
}

/** A stored record as the unlock saw it. */
export interface SeenRow {
  readonly id: string;
  readonly type: string;
  readonly hash: string;
  /** The record's last save when it opened; undefined when it did not. */
  readonly updatedAt?: string;
}

/** Every difference between the stored records and the index, named. */
export function findTampering(index: RecordIndex, rows: readonly SeenRow[]): Tampering[] {
  const found: Tampering[] = [];
  const owners = new Map<string, string>();
  for (const [id, entry] of index.entries) owners.set(entry.hash, id);
  const present = new Set<string>();
  for (const row of rows) {
    present.add(row.id);
    const expected = index.entries.get(row.id);
    if (!expected) {
      found.push({ id: row.id, kind: 'resurrected', type: row.type, date: row.updatedAt ?? null });
      continue;
    }
    if (expected.hash === row.hash) continue;
    const owner = owners.get(row.hash);
    const kind: TamperKind =
      owner !== undefined && owner !== row.id
        ? 'swapped'
        : row.updatedAt !== undefined
          ? 'rolled-back'
          : 'changed';
    found.push({ id: row.id, kind, type: expected.type, date: expected.updatedAt });
  }
  for (const [id, entry] of index.entries) {
    if (!present.has(id))
      found.push({ id, kind: 'deleted', type: entry.type, date: entry.updatedAt });
  }
  return found;
}
