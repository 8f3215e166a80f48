import { useState } from 'preact/hooks';
import { isVaultError } from '../../../core/vault/errors';
import type { UnlockedVault } from '../../../core/vault/record-type';
import { useCatalog } from '../../i18n';
import { decide } from '../../i18n/decide';
import { useVault } from '../../vault/VaultProvider';

export interface SaveMessage {
  readonly ok: boolean;
  readonly text: string;
}

/**
 * Saving is always the person's choice: it asks for the passphrase (or to set
 * one up) only when they press save, and says plainly what happened.
 */
export function useSave(): [
  SaveMessage | null,
  (action: (vault: UnlockedVault) => Promise<string>) => Promise<void>,
] {
  const m = useCatalog(decide).save;
  const { requestUnlock } = useVault();
  const [message, setMessage] = useState<SaveMessage | null>(null);
  const save = async (action: (vault: UnlockedVault) => Promise<string>) => {
    setMessage(null);
    try {
      const vault = await requestUnlock();
      setMessage({ ok: true, text: await action(vault) });
    } catch (error) {
      const text = isVaultError(error, 'cancelled')
        ? m.cancelled
        : isVaultError(error, 'unavailable')
          ? m.unavailable
          : m.failed;
      setMessage({ ok: false, text });
    }
  };
  return [message, save];
}

/** The outcome of a save, announced politely. */
export function SaveStatus({ message }: { message: SaveMessage | null }) {
  return (
    <p role="status" class={message?.ok ? 'success' : undefined}>
      {message?.text}
    </p>
  );
}
