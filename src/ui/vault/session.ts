import { recordTypes } from '../../core/records';
import { deriveInWorker } from '../../core/vault/derive-in-worker';
import { VaultStorage } from '../../core/vault/storage';
import type { VaultDeps } from '../../core/vault/vault';
import { tellOtherTabs } from './tabs';

/**
 * The app's one vault and what it needs. Loaded lazily by VaultProvider, so
 * IndexedDB code, schemas and record types stay out of every page's first load
 * (and hash-wasm lives only in the key-derivation worker).
 */
export const deps: VaultDeps = {
  storage: new VaultStorage(),
  types: recordTypes,
  derive: deriveInWorker,
  onWrite: () => tellOtherTabs({ kind: 'changed' }),
};

export * from '../../core/vault/backup';
export * from '../../core/vault/vault';
