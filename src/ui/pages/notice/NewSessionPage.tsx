import { useEffect, useState } from 'preact/hooks';
import { chronological, localDateOf } from '../../../core/notice/session';
import type { SessionDraft } from '../../../core/notice/validate-session';
import { sessionRecord } from '../../../core/record-keys';
import { Page } from '../../components/page/Page';
import { useCatalog } from '../../i18n';
import { notice } from '../../i18n/notice';
import { useVault } from '../../vault/VaultProvider';
import { emptyDraft, SessionForm } from './SessionForm';

/** /notice/new: log a session. The vault is asked for only when the person saves. */
export function NewSessionPage() {
  const m = useCatalog(notice);
  const { status, vault } = useVault();
  const [initial, setInitial] = useState<SessionDraft | null>(null);

  // Today's date and the person's usual time and length, so an ordinary session is a few taps.
  useEffect(() => {
    if (initial) return;
    const last = vault ? chronological(vault.list(sessionRecord)).at(-1)?.data : undefined;
    setInitial({
      ...emptyDraft,
      date: localDateOf(new Date()),
      start: last?.start ?? '',
      plannedMinutes: last ? String(last.plannedMinutes) : emptyDraft.plannedMinutes,
      actualMinutes: last ? String(last.plannedMinutes) : emptyDraft.actualMinutes,
    });
  }, [status, vault, initial]);

  return (
    <Page title={m.form.newTitle}>
      <SessionForm initial={initial ?? emptyDraft} />
    </Page>
  );
}
