import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { stateName } from '../../../../core/boards/states';
import { emptyComplaint } from '../../../../core/report/complaint';
import { complaintRecord } from '../../../../core/report/complaint-record';
import type { UnlockedVault } from '../../../../core/vault/record-type';
import { Page } from '../../../components/page/Page';
import { useCatalog } from '../../../i18n';
import { happened } from '../../../i18n/happened';
import { Unlocked } from '../../../vault/Unlocked';
import { useVault } from '../../../vault/VaultProvider';
import { checkPath, stepPath } from '../paths';
import { saveProblem, useHappenedData } from '../store';
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
        <Unlocked whenEmpty={<StartButton />}>{(vault) => <Drafts vault={vault} />}</Unlocked>
      </Page>
    </>
  );
}

function StartButton() {
  const m = useCatalog(happened).complaint;
  const state = useVault();
  const { route } = useLocation();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const start = async () => {
    setBusy(true);
    setProblem('');
    try {
      const vault =
        state.status === 'unlocked' && state.vault ? state.vault : await state.requestUnlock();
      const record = await vault.put(complaintRecord, emptyComplaint);
      route(stepPath('state', record.id));
    } catch (error) {
      setProblem(saveProblem(error, m));
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" class="button" onClick={start} disabled={busy}>
        {busy ? m.starting : m.start}
      </button>
      <p role="status">{problem}</p>
    </>
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
      <StartButton />
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
