import { VaultError } from '../../core/vault/errors';
import { DB_NAME, DB_VERSION } from '../../core/vault/names';
import type { VaultPresence } from '../../core/vault/vault';

/**
 * Whether this browser holds a vault, answered with IndexedDB itself. A locked
 * page needs only this to show its passphrase form: the vault's storage code,
 * schemas, record types and crypto (session.ts) load when the person unlocks,
 * and that is where a damaged or newer vault is named.
 */
export function findVault(): Promise<VaultPresence> {
  return new Promise((resolve, reject) => {
    const unavailable = (cause: unknown) =>
      reject(new VaultError('unavailable', undefined, { cause }));
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(DB_NAME, DB_VERSION);
    } catch (error) {
      unavailable(error);
      return;
    }
    // Nothing saved yet: abort, so looking for a vault never creates an empty database on disk.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (event) => {
      const name = request.error?.name;
      event.preventDefault();
      if (name === 'AbortError') resolve('none');
      // A vault from a newer release is still a vault: unlocking explains the problem.
      else if (name === 'VersionError') resolve('locked');
      else unavailable(request.error);
    };
    request.onsuccess = () => {
      const db = request.result;
      // Held for one read only: an open connection would hold up "Erase everything".
      const answer = (presence: VaultPresence) => {
        db.close();
        resolve(presence);
      };
      try {
        const read = db.transaction('meta', 'readonly').objectStore('meta').get('vault');
        read.onsuccess = () => answer(read.result === undefined ? 'none' : 'locked');
        read.onerror = () => answer('locked');
      } catch {
        answer('locked');
      }
    };
  });
}
