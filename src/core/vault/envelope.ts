import { fromUtf8, randomBytes, utf8 } from './bytes';

/**
 * A record as it rests on disk: encrypted content plus the few fields needed
 * to open it, which are in clear and bound to the content as associated data.
 * Swapping two records' ciphertexts, or relabelling one's type or version,
 * makes it fail to open.
 */
export interface SealedRecord {
  readonly id: string;
  readonly type: string;
  /** The record type's schema version the content was written with. */
  readonly version: number;
  /** The envelope format; 1 is AES-256-GCM, 96-bit random IV, JSON content. */
  readonly envelope: 1;
  readonly iv: Uint8Array<ArrayBuffer>;
  readonly ciphertext: Uint8Array<ArrayBuffer>;
}

/** What is encrypted: everything that says something about the person. */
export interface RecordContent {
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly data: unknown;
}

export type RecordHeader = Pick<SealedRecord, 'id' | 'type' | 'version'>;

export const ENVELOPE_VERSION = 1;

function associatedData(header: RecordHeader): Uint8Array<ArrayBuffer> {
  // A JSON array, so no field can bleed into the next ("a|b" + "c" vs "a" + "b|c").
  return utf8(
    JSON.stringify(['terrarium/record', ENVELOPE_VERSION, header.id, header.type, header.version]),
  );
}

/** A fresh random IV on every write: never reuse an IV with the same key under GCM. */
export async function sealRecord(
  key: CryptoKey,
  header: RecordHeader,
  content: RecordContent,
): Promise<SealedRecord> {
  const iv = randomBytes(12);
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: associatedData(header) },
    key,
    utf8(JSON.stringify(content)),
  );
  return {
    id: header.id,
    type: header.type,
    version: header.version,
    envelope: ENVELOPE_VERSION,
    iv,
    ciphertext: new Uint8Array(ciphertext),
  };
}

/**
 * Decrypts and parses. Throws on any tampering, a wrong key, or content that is
 * not the shape every record has; never returns a half-opened record.
 */
export async function openRecord(key: CryptoKey, sealed: SealedRecord): Promise<RecordContent> {
  if (sealed.envelope !== ENVELOPE_VERSION) throw new Error('unknown envelope version');
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: sealed.iv, additionalData: associatedData(sealed) },
    key,
    sealed.ciphertext,
  );
  const content: unknown = JSON.parse(fromUtf8(new Uint8Array(plain)));
  if (!isRecordContent(content)) throw new Error('record content has the wrong shape');
  return content;
}

function isRecordContent(value: unknown): value is RecordContent {
  if (typeof value !== 'object' || value === null) return false;
  const { createdAt, updatedAt } = value as Record<string, unknown>;
  return typeof createdAt === 'string' && typeof updatedAt === 'string' && 'data' in value;
}
