import { useEffect, useId, useRef } from 'preact/hooks';
import { ExitInDialog } from '../components/exit-this-page/ExitThisPage';
import { SevenDayNotice } from '../components/storage-notice/SevenDayNotice';
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
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    // When the dialog has to scroll (a small screen, Safari's seven-day notice above the
    // field), focus starts at the title and the person reads down from there (WAI-ARIA
    // dialog pattern). When everything fits, the field itself takes focus.
    if (dialog && dialog.scrollHeight > dialog.clientHeight) heading.current?.focus();
    else dialog?.querySelector<HTMLInputElement>('input')?.focus();
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
      <ExitInDialog />
      <h2 id={headingId} tabIndex={-1} ref={heading}>
        {mode === 'setup' ? m.setup.title : m.unlock.title}
      </h2>
      {/* The first save: where Safari's seven-day rule first puts notes at risk. */}
      {mode === 'setup' && <SevenDayNotice />}
      {mode === 'setup' ? <SetupForm onCancel={onCancel} /> : <UnlockForm onCancel={onCancel} />}
    </dialog>
  );
}
