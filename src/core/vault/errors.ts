/**
 * Every way a vault operation can fail, one code each, so the screen can say
 * exactly what happened and what is still safe. Every failure leaves stored
 * data exactly as it was.
 */
export type VaultErrorCode =
  /** No IndexedDB in this browser (or it is blocked, e.g. some private modes). */
  | 'unavailable'
  /** The person closed the setup or unlock dialog. */
  | 'cancelled'
  /** The operation needs an unlocked vault. */
  | 'locked'
  /** Setup was asked for, but a vault already exists on this device. */
  | 'exists'
  /** Unlock was asked for, but there is no vault on this device yet. */
  | 'missing'
  | 'wrong-passphrase'
  /** The stored vault was written by a newer Terrarium than this one. */
  | 'future-version'
  /** The device has no room left; nothing was written. */
  | 'storage-full'
  /** Any other failed write; nothing was written. */
  | 'write-failed'
  /** The stored vault's own settings are unreadable; the records are left untouched. */
  | 'damaged'
  /** A record does not match its type's schema (a bug in the caller). */
  | 'invalid-record'
  | 'backup-foreign'
  /** The file is bigger than any real backup could be; it was not read. */
  | 'backup-too-large'
  /** The file names key settings no Terrarium release uses; nothing was derived. */
  | 'backup-unknown-settings'
  | 'backup-truncated'
  | 'backup-corrupt'
  | 'backup-future-version'
  | 'backup-wrong-passphrase';

export class VaultError extends Error {
  override readonly name = 'VaultError';
  constructor(
    readonly code: VaultErrorCode,
    detail?: string,
    options?: { cause?: unknown },
  ) {
    super(detail ? `${code}: ${detail}` : code, options);
  }
}

export function isVaultError(error: unknown, code?: VaultErrorCode): error is VaultError {
  return error instanceof VaultError && (code === undefined || error.code === code);
}
