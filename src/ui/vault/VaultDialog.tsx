import { useEffect, useId, useRef } from 'preact/hooks';
import { useCatalog } from '../i18n';
import { vault } from '../i18n/vault';
import { SetupForm, UnlockForm } from './PassphraseFields';
import './vault.css';

/** The modal asked for by requestUnlock(): setup when nothing is saved yet, unlock otherwise. */
export function VaultDialog({
  mode,
  onCancel,
}: {
  mode: 'setup' | 'unlock';
  onCancel: () => void;
}) {
  const m = useCatalog(vault);
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={ref}
      class="vault-dialog"
      aria-labelledby={headingId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={headingId}>{mode === 'setup' ? m.setup.title : m.unlock.title}</h2>
      {mode === 'setup' ? <SetupForm onCancel={onCancel} /> : <UnlockForm onCancel={onCancel} />}
    </dialog>
  );
}
