import { useState } from 'preact/hooks';
import { journalEntryRecord } from '../../../core/record-keys';
import { createEntry } from '../../../core/reflect/entry';
import { prompts } from '../../../core/reflect/prompts';
import { isEmptyReflection } from '../../../core/reflect/reflection';
import { ButtonLink } from '../../components/button/Button';
import { Page } from '../../components/page/Page';
import { useCatalog } from '../../i18n';
import { reflect } from '../../i18n/reflect';
import { openVault } from '../../vault/open-vault';
import { useSealedDraft } from '../../vault/SealedDraft';
import { useVault } from '../../vault/VaultProvider';
import { clearDraft, draftWasCleared, useDraft } from './draft';
import { AnswerList } from './EntryContent';
import { saveProblem } from './journal';
import { entryPath, guidedPath } from './paths';
import { promptWords } from './wording';
import './reflect.css';

/**
 * /reflect/guided/summary: check the answers (GOV.UK "check your answers"),
 * change any, then save them as a dated entry. The vault asks for the
 * passphrase, or to set one up, only now.
 */
export function GuidedSummaryPage() {
  const m = useCatalog(reflect);
  const vaultState = useVault();
  const [draft, setDraft] = useDraft();
  // A lock on this page seals the whole reflection; unlocking brings it back here.
  const sealed = useSealedDraft('reflect/guided/summary', draft, setDraft);
  const [savedId, setSavedId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  if (savedId) return <Saved id={savedId} />;

  const save = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const vault = await openVault(vaultState);
      const record = await vault.put(
        journalEntryRecord,
        createEntry('guided', { answers: draft }, new Date()),
      );
      setSavedId(record.id);
      sealed.saved();
      clearDraft();
    } catch (error) {
      setProblem(saveProblem(error, m.problems));
    } finally {
      setBusy(false);
    }
  };

  const empty = isEmptyReflection(draft);
  return (
    <>
      <a class="back-link" href={guidedPath(prompts.length)}>
        {m.guided.back}
      </a>
      <Page title={m.summary.title}>
        {sealed.notice}
        {empty ? (
          <>
            {/* After a reload nothing was skipped: the answers went with the page. */}
            <p>{draftWasCleared() ? m.summary.cleared : m.summary.nothingAnswered}</p>
            <p>
              <a class="button" href={guidedPath(1)}>
                {m.summary.startAgain}
              </a>
            </p>
          </>
        ) : (
          <>
            <p>{m.summary.lead}</p>
            <AnswerList
              answers={draft}
              action={(id, step) => (
                <a href={`${guidedPath(step)}?change=1`}>
                  {m.summary.change}
                  <span class="visually-hidden">
                    {' '}
                    {m.summary.changeWhat(promptWords(m, id).short)}
                  </span>
                </a>
              )}
            />
            {problem && (
              <p class="notice notice--problem" role="alert">
                {problem}
              </p>
            )}
            <div class="button-row">
              <button type="button" class="button" onClick={save} disabled={busy}>
                {busy ? m.summary.saving : m.summary.save}
              </button>
            </div>
          </>
        )}
      </Page>
    </>
  );
}

function Saved({ id }: { id: string }) {
  const m = useCatalog(reflect).summary;
  return (
    <Page title={m.savedTitle}>
      <p>{m.savedBody}</p>
      <p>
        <a href={entryPath(id)}>{m.read}</a>
      </p>
      <p>{m.toDecideHint}</p>
      <p>
        {/* The decision aid reads the latest guided reflection from the vault (src/ui/pages/decide/decision-store.ts). */}
        <ButtonLink href="/decide">{m.toDecide}</ButtonLink>
      </p>
      <p>
        <a href="/reflect">{m.toJournal}</a>
      </p>
    </Page>
  );
}
