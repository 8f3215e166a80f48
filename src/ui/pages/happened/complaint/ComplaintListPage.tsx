import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { stateName } from '../../../../core/boards/states';
import { complaintRecord } from '../../../../core/record-keys';
import type { UnlockedVault } from '../../../../core/vault/record-type';
import { Page } from '../../../components/page/Page';
import { useCatalog } from '../../../i18n';
import { happened } from '../../../i18n/happened';
import { Unlocked } from '../../../vault/Unlocked';
import { checkPath, stepPath } from '../paths';
import { useHappenedData } from '../store';
import '../happened.css';

/** /happened/complaint: what the builder does, the drafts so far, and a way to start one. */
export function ComplaintListPage() {
  const m = useCatalog(happened).complaint;
  return (
    <>
      <a class="back-link" href="/happened">
        {useCatalog(happened).title}
      </a>
      <Page title={m.title}>
        <p class="lead">{m.lead}</p>
        <p>{m.notAdvice}</p>
        <StartButton />
        <Unlocked whenEmpty={null}>{(vault) => <Drafts vault={vault} />}</Unlocked>
      </Page>
    </>
  );
}

/**
 * A new complaint starts without the passphrase: its first questions (state,
 * profession, the board) keep nothing a person wrote. The passphrase is asked
 * at the first question that does.
 */
function StartButton() {
  const m = useCatalog(happened).complaint;
  const { route } = useLocation();
  return (
    <button type="button" class="button" onClick={() => route(stepPath('state', ''))}>
      {m.start}
    </button>
  );
}

function Drafts({ vault }: { vault: UnlockedVault }) {
  const m = useCatalog(happened).complaint;
  const { complaints } = useHappenedData(vault);
  const [status, setStatus] = useState('');
  const remove = async (id: string) => {
    if (!window.confirm(m.confirmDelete)) return;
    await vault.remove(complaintRecord, id);
    setStatus(m.deleted);
  };
  return (
    <>
      {complaints.length > 0 && (
        <>
          <h2>{m.drafts}</h2>
          <ul class="check-list">
            {complaints.map(({ id, data }) => {
              const name = data.therapist.name.trim();
              const label = name
                ? m.draftAbout(name, data.state ? stateName(data.state) : '')
                : m.untitled;
              return (
                <li key={id} class="check-list__row">
                  <span dir="auto">{label}</span>
                  <span class="button-row">
                    <a
                      class="button button--secondary"
                      href={name ? checkPath(id) : stepPath('state', id)}
                    >
                      {m.continueDraft}
                      <span class="visually-hidden"> {label}</span>
                    </a>
                    <button
                      type="button"
                      class="button button--secondary"
                      onClick={() => remove(id)}
                    >
                      {m.deleteDraft}
                      <span class="visually-hidden"> {m.deleteHidden(label)}</span>
                    </button>
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <p role="status">{status}</p>
    </>
  );
}
