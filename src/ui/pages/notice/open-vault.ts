import type { UnlockedVault } from '../../../core/vault/record-type';
import type { VaultState } from '../../vault/VaultProvider';

// Apart from the session log, so the new-session form does not load the drift rules the log reads with.
/** The open vault, asking for the passphrase (or to set one up) first if needed. */
export function openVault(state: VaultState): Promise<UnlockedVault> {
  return state.status === 'unlocked' && state.vault
    ? Promise.resolve(state.vault)
    : state.requestUnlock();
}
