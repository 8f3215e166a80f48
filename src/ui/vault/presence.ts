import { VaultStorage } from '../../core/vault/storage';
import type { VaultPresence } from '../../core/vault/vault';

/**
 * The app's one vault on disk, and whether it holds anything. A locked page
 * needs only this to show its passphrase form: the record types, the crypto
 * and the backup code (session.ts) load when the person unlocks.
 */
export const storage = new VaultStorage();

export async function findVault(): Promise<VaultPresence> {
  return (await storage.readMeta()) ? 'locked' : 'none';
}
