import { useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { journalEntryRecord } from '../../../core/record-keys';
import { createEntry } from '../../../core/reflect/entry';
import { setFlash } from '../../components/flash/flash';
import { Page } from '../../components/page/Page';
import { useCatalog } from '../../i18n';
import { reflect } from '../../i18n/reflect';
import { openVault } from '../../vault/open-vault';
import { useSealedDraft } from '../../vault/SealedDraft';
import { useVault } from '../../vault/VaultProvider';
import { saveProblem } from './journal';
import { entryPath } from './paths';
import './reflect.css';

/** /reflect/new: a free entry, no prompts. Kept in memory until it is saved. */
export function FreeEntryPage() {
  const m = useCatalog(reflect);
  const vaultState = useVault();
  const { route } = useLocation();
  const [body, setBody] = useState('');
  const draft = useSealedDraft('reflect/new', body, setBody);
  const [empty, setEmpty] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorSummary = useRef<HTMLDivElement>(null);

  const save = async (event: Event) => {
    event.preventDefault();
    setProblem(null);
    if (body.trim() === '') {
      setEmpty(true);
      requestAnimationFrame(() => errorSummary.current?.focus());
      return;
    }
    setEmpty(false);
    setBusy(true);
    try {
      const vault = await openVault(vaultState);
      const record = await vault.put(journalEntryRecord, createEntry('free', { body }, new Date()));
      draft.saved();
      setFlash(m.free.saved);
      route(entryPath(record.id), true);
    } catch (error) {
      setProblem(saveProblem(error, m.problems));
      setBusy(false);
    }
  };

  return (
    <>
      <a class="back-link" href="/reflect">
        {m.free.cancel}
      </a>
      <Page title={m.free.title}>
        <form autoComplete="off" onSubmit={save} noValidate>
          {draft.notice}
          {empty && (
            <div class="error-summary" role="alert" tabIndex={-1} ref={errorSummary}>
              <h2>{m.guided.errorSummary}</h2>
              <a href="#free-entry">{m.free.empty}</a>
            </div>
          )}
          <div class={`field${empty ? ' field--error' : ''}`}>
            <label for="free-entry">{m.free.label}</label>
            <p id="free-entry-hint" class="hint">
              {m.free.hint}
            </p>
            {empty && (
              <p id="free-entry-error" class="error-message">
                {m.free.empty}
              </p>
            )}
            <textarea
              autoComplete="off"
              id="free-entry"
              dir="auto"
              rows={12}
              aria-describedby={`free-entry-hint${empty ? ' free-entry-error' : ''}`}
              value={body}
              onInput={(event) => setBody(event.currentTarget.value)}
            />
          </div>
          {problem && (
            <p class="notice notice--problem" role="alert">
              {problem}
            </p>
          )}
          <button type="submit" class="button" disabled={busy}>
            {busy ? m.summary.saving : m.free.save}
          </button>
        </form>
      </Page>
    </>
  );
}
