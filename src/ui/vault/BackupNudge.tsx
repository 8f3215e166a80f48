import { useEffect, useId, useState } from 'preact/hooks';
import { localizePath } from '../../core/i18n/lang';
import {
  complaintRecord,
  journalEntryRecord,
  responseCheckType,
  savedDecisionType,
  sessionRecord,
} from '../../core/record-keys';
import { savesSince, shouldRemind } from '../../core/vault/backup-reminder';
import { VaultError } from '../../core/vault/errors';
import type { RecordKey } from '../../core/vault/record-type';
import type { Vault } from '../../core/vault/vault';
import { useCatalog, useLang } from '../i18n';
import { vault as catalog } from '../i18n/vault';
import { onBackupOffer, takeBackupOffer } from './backup-offer';
import { vaultErrorText } from './PassphraseFields';
import { lastBackupAt, saveBackupFile } from './save-backup-file';
import { useVaultControl } from './VaultProvider';
import './backup-nudge.css';

// What the person wrote or chose to keep. Drafts, decision progress (saved at every answer) and
// the backup date itself are left out: they would make the reminder come too early.
function keptTimes(open: Vault): string[] {
  const times = <T,>(key: RecordKey<T>) => open.list(key).map((record) => record.updatedAt);
  return [
    ...times(sessionRecord),
    ...times(journalEntryRecord),
    ...times(savedDecisionType),
    ...times(responseCheckType),
    ...times(complaintRecord),
  ];
}

type Kind = 'offer' | 'reminder';

// For the rest of the visit: the reminder comes back only after as many saves again.
let dismissedAt: number | null = null;

function countSaves(open: Vault): number {
  return savesSince(keptTimes(open), lastBackupAt(open));
}

function useRevision(open: Vault | null) {
  const [, setRevision] = useState(0);
  useEffect(() => open?.subscribe(() => setRevision((n) => n + 1)), [open]);
}

/** Beside the Lock button while unlocked: when the last backup file was saved, linking to it. */
export function BackupLine() {
  const m = useCatalog(catalog);
  const lang = useLang();
  const { fullVault: open } = useVaultControl();
  useRevision(open);
  if (!open || open.locked) return null;
  const last = lastBackupAt(open);
  return (
    <a class="backup-line" href={localizePath('/settings/backup', lang)}>
      {last
        ? m.backup.last(new Date(last).toLocaleDateString(lang, { dateStyle: 'medium' }))
        : m.backup.lastNever}
    </a>
  );
}

/**
 * At the top of the page while unlocked, in the flow of the page (never over it): the offer of a
 * backup file right after the passphrase is chosen, and a reminder after every few saves. Both
 * go away with "Not now".
 */
export function BackupCard() {
  const m = useCatalog(catalog);
  const { fullVault: open } = useVaultControl();
  const id = useId();
  useRevision(open);
  const [offered, setOffered] = useState(() => takeBackupOffer());
  const [dismissed, setDismissed] = useState(dismissedAt);
  const [note, setNote] = useState<{ ok: boolean; text: string; kind: Kind } | null>(null);

  useEffect(() => onBackupOffer(() => setOffered(takeBackupOffer())), []);

  if (!open || open.locked) return null;
  const saves = countSaves(open);
  const reminding = !offered && shouldRemind(saves, dismissed);
  // The card keeps its heading while it says how the save went.
  const kind: Kind | null = note?.kind ?? (offered ? 'offer' : reminding ? 'reminder' : null);

  const dismiss = () => {
    if (reminding) {
      dismissedAt = saves;
      setDismissed(saves);
    }
    setOffered(false);
    setNote(null);
  };

  const save = async () => {
    if (!kind) return;
    try {
      await saveBackupFile(open);
      setOffered(false);
      dismissedAt = null;
      setDismissed(null);
      setNote({ ok: true, text: m.backup.saved, kind });
    } catch (failure) {
      if (failure instanceof VaultError && failure.code === 'cancelled') return;
      setNote({ ok: false, text: vaultErrorText(m.errors, failure), kind });
    }
  };

  return (
    <div aria-live="polite">
      {kind && (
        <section class="notice backup-card" aria-labelledby={`${id}-heading`}>
          <h2 id={`${id}-heading`} class="backup-card__heading">
            {kind === 'offer' ? m.backup.offerHeading : m.backup.promptHeading}
          </h2>
          {note ? (
            <p role={note.ok ? undefined : 'alert'} class={note.ok ? 'success' : 'error-message'}>
              {note.text}
            </p>
          ) : (
            <p>{kind === 'offer' ? m.backup.offerBody : m.backup.promptBody(saves)}</p>
          )}
          <div class="button-row">
            {!note?.ok && (
              <button type="button" class="button" onClick={save}>
                {m.backup.save}
              </button>
            )}
            <button type="button" class="button button--secondary" onClick={dismiss}>
              {note?.ok ? m.backup.close : m.backup.notNow}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
