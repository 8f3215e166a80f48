import { isVaultError } from '../../../core/vault/errors';

/** What to say when saving failed, including when the person closed the passphrase dialog. */
export function saveProblem(error: unknown, m: { cancelled: string; saveFailed: string }): string {
  return isVaultError(error, 'cancelled') ? m.cancelled : m.saveFailed;
}
