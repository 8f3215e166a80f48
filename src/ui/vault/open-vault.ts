import type { UnlockedVault } from '../../core/vault/record-type';
import type { VaultState } from './VaultProvider';

// A module of its own, so a form that saves loads nothing else of the page that lists what it saved.
/** The open vault, asking for the passphrase (or to set one up) first if needed. */
export function openVault(state: VaultState): Promise<UnlockedVault> {
  return state.status === 'unlocked' && state.vault
    ? Promise.resolve(state.vault)
    : state.requestUnlock();
}
