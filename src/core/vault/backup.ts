import * as v from 'valibot';
import { fromBase64, toBase64 } from './bytes';
import { unlockDataKey } from './data-key';
import {
  ENVELOPE_VERSION,
  openRecord,
  type RecordContent,
  type RecordHeader,
  type SealedRecord,
} from './envelope';
import { VaultError } from './errors';
import { type DeriveKey, type KdfParams, PRODUCTION_KDF_SETS, sameKdf } from './kdf';
import { kdfFields, META_FORMAT, type VaultMeta } from './meta';
import { type Admitted, admit, typeRegistry } from './migrate';
import type { RecordType } from './record-type';

/**
 * The backup file: JSON text holding the vault's meta row and every record
 * exactly as stored, still sealed. It opens with the passphrase the vault had
 * when the file was made. Nothing is written anywhere until the whole file has
 * been checked, every record decrypted, migrated and validated.
 *
 * {"format":"terrarium-backup","version":1,"kdf":{…,"salt":b64},"key":{"iv":b64,"ciphertext":b64},
 *  "records":[{"id","type","version","envelope":1,"iv":b64,"ciphertext":b64},…],"count":n}
 */
export const BACKUP_FORMAT = 'terrarium-backup';
export const BACKUP_VERSION = 1;

/**
 * The largest file import will read: 64 MiB. Five years of weekly sessions and
 * a thousand long journal entries make a file of about 3.5 MB, so this leaves
 * room for a lifetime of use, while reading, parsing and decrypting a file
 * this size stays within a few seconds and a phone's memory.
 */
export const MAX_BACKUP_BYTES = 64 * 1024 * 1024;

/** Checked before a single byte is read: the browser knows a file's size up front. */
export function checkBackupSize(bytes: number): void {
  if (bytes > MAX_BACKUP_BYTES) throw new VaultError('backup-too-large');
}

/** A file that has passed every check that needs no passphrase. */
export interface ParsedBackup {
  readonly meta: VaultMeta;
  readonly rows: readonly SealedRecord[];
}

export interface BackupEntry {
  readonly header: RecordHeader;
  readonly content: RecordContent;
}

/** What the person is shown before anything is written. */
export interface BackupSummary {
  readonly total: number;
  /** Count of records per type name (types this release does not know included). A Map, so any name is only a key. */
  readonly byType: ReadonlyMap<string, number>;
  /** The earliest creation and the latest change among the records, or null when there are none. */
  readonly from: string | null;
  readonly to: string | null;
}

/** A file whose every record opened: ready to merge, replace or restore from. */
export interface OpenedBackup extends ParsedBackup {
  readonly key: CryptoKey;
  /** The key made from the backup's passphrase, kept to wrap the data key again with today's settings on restore. */
  readonly kek: CryptoKey;
  readonly entries: readonly BackupEntry[];
  readonly admitted: ReadonlyMap<string, Admitted>;
  readonly summary: BackupSummary;
}

export function writeBackup(meta: VaultMeta, rows: readonly SealedRecord[]): string {
  const file = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    kdf: { ...meta.kdf, salt: toBase64(meta.kdf.salt) },
    key: { iv: toBase64(meta.key.iv), ciphertext: toBase64(meta.key.ciphertext) },
    records: rows.map((row) => ({
      id: row.id,
      type: row.type,
      version: row.version,
      envelope: row.envelope,
      iv: toBase64(row.iv),
      ciphertext: toBase64(row.ciphertext),
    })),
    // Last, so a file cut short is caught even if the cut lands between records.
    count: rows.length,
  };
  return JSON.stringify(file);
}

const base64 = (min: number, max: number) =>
  v.pipe(
    v.string(),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      try {
        const bytes = fromBase64(dataset.value);
        if (bytes.length >= min && bytes.length <= max) return bytes;
      } catch {
        // Reported below.
      }
      addIssue({ message: 'bad base64 field' });
      return NEVER;
    }),
  );

const name = v.pipe(v.string(), v.minLength(1), v.maxLength(200));

const fileSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  kdf: v.strictObject({ ...kdfFields, salt: base64(16, 16) }),
  key: v.strictObject({ iv: base64(12, 12), ciphertext: base64(48, 48) }),
  records: v.array(
    v.strictObject({
      id: name,
      type: name,
      version: v.pipe(v.number(), v.integer(), v.minValue(1)),
      envelope: v.literal(ENVELOPE_VERSION),
      iv: base64(12, 12),
      ciphertext: base64(16, 64 * 1024 * 1024),
    }),
  ),
  count: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/** Step one: everything that can be checked without the passphrase. Each failure has its own code. */
export function parseBackup(text: string): ParsedBackup {
  // UTF-16 length is at most the byte count, so this never rejects a file the byte check let in.
  if (text.length > MAX_BACKUP_BYTES) throw new VaultError('backup-too-large');
  const body = text.replace(/^\uFEFF/, '').trim();
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    if (!/^\{\s*"format"\s*:\s*"terrarium-backup"/.test(body))
      throw new VaultError('backup-foreign');
    throw new VaultError(endsEarly(body) ? 'backup-truncated' : 'backup-corrupt');
  }
  if (
    typeof json !== 'object' ||
    json === null ||
    (json as { format?: unknown }).format !== BACKUP_FORMAT
  ) {
    throw new VaultError('backup-foreign');
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) {
    throw new VaultError('backup-future-version');
  }
  const checked = v.safeParse(fileSchema, json);
  if (!checked.success) throw new VaultError('backup-corrupt', checked.issues[0]?.message);
  const file = checked.output;
  if (file.count !== file.records.length) throw new VaultError('backup-truncated', 'record count');
  if (new Set(file.records.map((r) => r.id)).size !== file.records.length) {
    throw new VaultError('backup-corrupt', 'duplicate record id');
  }
  const meta: VaultMeta = { format: META_FORMAT, kdf: file.kdf, key: file.key };
  return { meta, rows: file.records };
}

/**
 * Step two: the passphrase. Decrypts, migrates and validates every record; any failure rejects the whole file.
 * The file's key settings must be a set Terrarium released (or, in tests, the cheap set the vault itself
 * writes), so a crafted file cannot ask for more work than an ordinary unlock.
 */
export async function openBackup(
  parsed: ParsedBackup,
  passphrase: string,
  deps: {
    readonly derive: DeriveKey;
    readonly types: readonly RecordType<unknown>[];
    readonly kdf?: KdfParams;
  },
): Promise<OpenedBackup> {
  const allowed = deps.kdf ? [...PRODUCTION_KDF_SETS, deps.kdf] : PRODUCTION_KDF_SETS;
  if (!allowed.some((set) => sameKdf(set, parsed.meta.kdf))) {
    throw new VaultError('backup-unknown-settings');
  }
  const { key, kek } = await unlockDataKey(deps.derive, parsed.meta, passphrase, {
    wrong: 'backup-wrong-passphrase',
    badParams: 'backup-corrupt',
  });
  const types = typeRegistry(deps.types);
  const admitted = new Map<string, Admitted>();
  const entries = await Promise.all(
    parsed.rows.map(async (row): Promise<BackupEntry> => {
      try {
        const content = await openRecord(key, row);
        admitted.set(row.id, admit(types, row, content));
        return { header: { id: row.id, type: row.type, version: row.version }, content };
      } catch (error) {
        throw new VaultError('backup-corrupt', `record ${row.id}`, { cause: error });
      }
    }),
  );
  return { ...parsed, key, kek, entries, admitted, summary: summarize(entries) };
}

function summarize(entries: readonly BackupEntry[]): BackupSummary {
  const byType = new Map<string, number>();
  let from: string | null = null;
  let to: string | null = null;
  for (const { header, content } of entries) {
    byType.set(header.type, (byType.get(header.type) ?? 0) + 1);
    if (from === null || content.createdAt < from) from = content.createdAt;
    if (to === null || content.updatedAt > to) to = content.updatedAt;
  }
  return { total: entries.length, byType, from, to };
}

/**
 * Whether JSON text stops in the middle: an open string, object or array at the
 * end. Tells "cut short" (an interrupted copy) apart from "damaged".
 */
export function endsEarly(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return inString || depth > 0;
}
