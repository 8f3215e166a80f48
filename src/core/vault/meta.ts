import * as v from 'valibot';
import type { WrappedKey } from './data-key';
import { type KdfParams, SALT_BYTES } from './kdf';

/** The one meta row of a vault: how to turn the passphrase into the key that opens the data key. */
export interface VaultMeta {
  /** Layout of this row and of the records store. */
  readonly format: 1;
  readonly kdf: KdfParams & { readonly salt: Uint8Array<ArrayBuffer> };
  readonly key: WrappedKey;
}

export const META_FORMAT = 1;

/** A Uint8Array of the given length. Checked by tag, not instanceof, so arrays from another realm pass. */
const bytes = (length: number) =>
  v.custom<Uint8Array<ArrayBuffer>>(
    (b) =>
      Object.prototype.toString.call(b) === '[object Uint8Array]' &&
      (b as Uint8Array).length === length,
    'expected a byte array',
  );

export const kdfFields = {
  set: v.pipe(v.number(), v.integer(), v.minValue(0)),
  memoryKiB: v.pipe(v.number(), v.integer()),
  iterations: v.pipe(v.number(), v.integer()),
  parallelism: v.pipe(v.number(), v.integer()),
};

export const metaSchema = v.object({
  format: v.literal(META_FORMAT),
  kdf: v.object({ ...kdfFields, salt: bytes(SALT_BYTES) }),
  // 32-byte key + 16-byte GCM tag.
  key: v.object({ iv: bytes(12), ciphertext: bytes(48) }),
});
