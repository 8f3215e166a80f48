import { randomBytes, utf8 } from './bytes';
import { VaultError } from './errors';
import { checkKdfParams, type DeriveKey, type KdfParams } from './kdf';
import type { VaultMeta } from './meta';

/**
 * Two keys, so a new passphrase never means re-encrypting every record:
 * a random 256-bit data key seals the records, and the key-encryption key (KEK)
 * derived from the passphrase seals ("wraps") the data key.
 *
 * Both live only as non-extractable CryptoKeys: script on the page can use them
 * while unlocked but can never read their bytes.
 */
export interface WrappedKey {
  readonly iv: Uint8Array<ArrayBuffer>;
  readonly ciphertext: Uint8Array<ArrayBuffer>;
}

const AES = { name: 'AES-GCM', length: 256 } as const;

/**
 * Binds the wrapped key to its purpose and to the KDF parameters stored beside
 * it, so a file or database whose parameters were edited fails to open rather
 * than quietly claiming a parameter set it was not made with.
 */
function wrapContext(kdf: KdfParams): Uint8Array<ArrayBuffer> {
  return utf8(
    JSON.stringify([
      'terrarium/data-key',
      1,
      kdf.set,
      kdf.memoryKiB,
      kdf.iterations,
      kdf.parallelism,
    ]),
  );
}

/** Imports the derived bytes as the KEK and wipes them: from here on only the CryptoKey exists. */
export async function importKek(derived: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  try {
    return await crypto.subtle.importKey('raw', derived, AES, false, ['wrapKey', 'unwrapKey']);
  } finally {
    derived.fill(0);
  }
}

/** A fresh data key, wrapped under the KEK, and a usable non-extractable copy of it. */
export async function createDataKey(
  kek: CryptoKey,
  kdf: KdfParams,
): Promise<{ key: CryptoKey; wrapped: WrappedKey }> {
  // Extractable only for the moment it takes to wrap it; the copy we keep is not.
  const extractable = await crypto.subtle.generateKey(AES, true, ['encrypt', 'decrypt']);
  const wrapped = await wrap(kek, kdf, extractable);
  return { key: await unwrapDataKey(kek, kdf, wrapped), wrapped };
}

/** Throws (OperationError) when the KEK is wrong: GCM authenticates the wrapped key. */
export async function unwrapDataKey(
  kek: CryptoKey,
  kdf: KdfParams,
  wrapped: WrappedKey,
  extractable = false,
): Promise<CryptoKey> {
  return crypto.subtle.unwrapKey(
    'raw',
    wrapped.ciphertext,
    kek,
    { name: 'AES-GCM', iv: wrapped.iv, additionalData: wrapContext(kdf) },
    AES,
    extractable,
    ['encrypt', 'decrypt'],
  );
}

/** A new passphrase: the same data key, wrapped under the new KEK. Needs the old KEK to unwrap it. */
export async function rewrapDataKey(
  old: { kek: CryptoKey; kdf: KdfParams; wrapped: WrappedKey },
  next: { kek: CryptoKey; kdf: KdfParams },
): Promise<WrappedKey> {
  return wrap(next.kek, next.kdf, await unwrapDataKey(old.kek, old.kdf, old.wrapped, true));
}

async function wrap(kek: CryptoKey, kdf: KdfParams, key: CryptoKey): Promise<WrappedKey> {
  const iv = randomBytes(12);
  const ciphertext = await crypto.subtle.wrapKey('raw', key, kek, {
    name: 'AES-GCM',
    iv,
    additionalData: wrapContext(kdf),
  });
  return { iv, ciphertext: new Uint8Array(ciphertext) };
}

/**
 * Passphrase → KEK → data key. GCM authenticates the wrapped key, so a failed
 * unwrap can only mean a wrong passphrase (or a tampered key or parameters,
 * which is the same to the person: this passphrase does not open it).
 */
export async function unlockDataKey(
  derive: DeriveKey,
  meta: VaultMeta,
  passphrase: string,
  codes: {
    wrong: 'wrong-passphrase' | 'backup-wrong-passphrase';
    badParams: 'damaged' | 'backup-corrupt';
  },
): Promise<{ key: CryptoKey; kek: CryptoKey }> {
  checkKdfParams(meta.kdf, codes.badParams);
  if (passphrase.length === 0) throw new VaultError(codes.wrong);
  const kek = await importKek(await derive(passphrase, meta.kdf.salt, meta.kdf));
  try {
    return { key: await unwrapDataKey(kek, meta.kdf, meta.key), kek };
  } catch (error) {
    throw new VaultError(codes.wrong, undefined, { cause: error });
  }
}
