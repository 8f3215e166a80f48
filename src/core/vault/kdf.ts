import { argon2id } from 'hash-wasm';
import { VaultError } from './errors';

/**
 * Argon2id parameters. Stored in clear beside every vault and backup, so data
 * written with any earlier parameter set opens forever (the Standard Notes
 * approach: frozen, numbered sets; a new set only ever gets added).
 */
export interface KdfParams {
  /** Which frozen set these came from; 0 marks cheap parameters used only by tests. */
  readonly set: number;
  readonly memoryKiB: number;
  readonly iterations: number;
  readonly parallelism: number;
}

/** Derives the key-encryption key. Runs in a Web Worker in the browser, directly in Node. */
export type DeriveKey = (
  passphrase: string,
  salt: Uint8Array,
  params: KdfParams,
) => Promise<Uint8Array<ArrayBuffer>>;

/** v1: 64 MiB, 3 passes, one lane. About 0.4 s in Chromium on a modest laptop. */
export const KDF_V1: KdfParams = Object.freeze({
  set: 1,
  memoryKiB: 64 * 1024,
  iterations: 3,
  parallelism: 1,
});

/** What new vaults and new passphrases use. */
export const CURRENT_KDF = KDF_V1;

/** Every set a released Terrarium ever wrote. A backup file may only name one of these. */
export const PRODUCTION_KDF_SETS: readonly KdfParams[] = [KDF_V1];

export function sameKdf(a: KdfParams, b: KdfParams): boolean {
  return (
    a.set === b.set &&
    a.memoryKiB === b.memoryKiB &&
    a.iterations === b.iterations &&
    a.parallelism === b.parallelism
  );
}

export const KEY_BYTES = 32;
export const SALT_BYTES = 16;

/**
 * Limits on parameters read from a file or the database. A crafted backup must
 * not be able to ask for gigabytes of memory or minutes of work.
 */
const LIMITS = { memoryKiB: [8, 1024 * 1024], iterations: [1, 16], parallelism: [1, 4] } as const;

export function checkKdfParams(params: KdfParams, code: 'damaged' | 'backup-corrupt'): KdfParams {
  for (const name of ['memoryKiB', 'iterations', 'parallelism'] as const) {
    const value = params[name];
    const [min, max] = LIMITS[name];
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new VaultError(code, `kdf ${name} out of range`);
    }
  }
  if (params.memoryKiB < 8 * params.parallelism) {
    throw new VaultError(code, 'kdf memory below 8 KiB per lane');
  }
  return params;
}

/** Argon2id (version 0x13) of the passphrase, normalised so the same words typed on another keyboard match. */
export const deriveKeyBytes: DeriveKey = async (passphrase, salt, params) =>
  argon2id({
    password: passphrase.normalize('NFC'),
    salt,
    memorySize: params.memoryKiB,
    iterations: params.iterations,
    parallelism: params.parallelism,
    hashLength: KEY_BYTES,
    outputType: 'binary',
  }) as Promise<Uint8Array<ArrayBuffer>>;
