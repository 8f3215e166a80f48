import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { journalEntryRecord } from '../../../core/record-keys';
import {
  type EntryContent,
  editEntry,
  markAsEvidence,
  versionsOf,
} from '../../../core/reflect/entry';
import { prompts } from '../../../core/reflect/prompts';
import { answerPrompt, checkDay, type PromptAnswer } from '../../../core/reflect/reflection';
import type { UnlockedVault } from '../../../core/vault/record-type';
import { ExitInDialog } from '../../components/exit-this-page/ExitThisPage';
import { setFlash, takeFlash } from '../../components/flash/flash';
import { Page } from '../../components/page/Page';
import { useCatalog } from '../../i18n';
import { reflect } from '../../i18n/reflect';
import { draftFor } from '../../vault/draft-store';
import { useSealedDraft } from '../../vault/SealedDraft';
import { Unlocked } from '../../vault/Unlocked';
import { EntryBody } from './EntryContent';
import { type EntryRecord, formatMoment, saveProblem, today, useJournal } from './journal';
import { PromptFields } from './PromptFields';
import './reflect.css';

type Mode = 'view' | 'edit';

/** /reflect/entry?id=…: one entry, its earlier versions, and what can be done with it. */
export function EntryPage() {
  const m = useCatalog(reflect).entry;
  const { query } = useRoute();
  const [mode, setMode] = useState<Mode>('view');
  return (
    <>
      <a class="back-link" href="/reflect">
        {m.back}
      </a>
      <Page title={mode === 'edit' ? m.editTitle : m.title}>
        <Unlocked whenEmpty={<p>{m.notFound}</p>}>
          {(vault) => <Entry vault={vault} id={query.id ?? ''} mode={mode} setMode={setMode} />}
        </Unlocked>
      </Page>
    </>
  );
}

interface EntryProps {
  vault: UnlockedVault;
  id: string;
  mode: Mode;
  setMode: (mode: Mode) => void;
}

function Entry({ vault, id, mode, setMode }: EntryProps) {
  const m = useCatalog(reflect);
  const record = useJournal(vault).find((r) => r.id === id);
  const [status, setStatus] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => setStatus(takeFlash()), []);
  // Changes sealed as a draft when the vault locked: straight back into the form.
  useEffect(() => {
    if (draftFor(vault, editPlace(id))) setMode('edit');
  }, []);

  if (!record) {
    return (
      <>
        <p>{m.entry.notFound}</p>
        <p>
          <a href="/reflect">{m.entry.back}</a>
        </p>
      </>
    );
  }

  const finishEdit = (message: string) => {
    setStatus(message);
    setMode('view');
  };

  if (mode === 'edit') {
    return (
      <EditForm
        vault={vault}
        record={record}
        onDone={finishEdit}
        onCancel={() => setMode('view')}
      />
    );
  }

  const entry = record.data;
  const toggleEvidence = async () => {
    setProblem(null);
    try {
      await vault.put(journalEntryRecord, markAsEvidence(entry, !entry.evidence), record.id);
      setStatus(entry.evidence ? m.entry.evidenceUnmarked : m.entry.evidenceMarked);
    } catch (error) {
      setProblem(saveProblem(error, m.problems));
    }
  };

  const earlier = versionsOf(entry).slice(1);
  return (
    <>
      <p class="muted">
        {m.entry.written(formatMoment(entry.createdAt, m.locale))}
        {entry.updatedAt !== entry.createdAt &&
          ` ${m.entry.changed(formatMoment(entry.updatedAt, m.locale))}`}
      </p>
      {/* Just marked: the status says so, once. */}
      {entry.evidence && status !== m.entry.evidenceMarked && (
        <p class="tag">{m.entry.evidenceMarked}</p>
      )}
      {status && (
        <p class="notice" role="status">
          {status}
        </p>
      )}
      {problem && (
        <p class="notice notice--problem" role="alert">
          {problem}
        </p>
      )}
      <EntryBody kind={entry.kind} content={entry} />
      <div class="button-row">
        <button type="button" class="button" onClick={() => setMode('edit')}>
          {m.entry.edit}
        </button>
        <button type="button" class="button button--secondary" onClick={toggleEvidence}>
          {entry.evidence ? m.entry.unmarkEvidence : m.entry.evidence}
        </button>
        <DeleteButton vault={vault} id={record.id} onProblem={setProblem} />
      </div>
      <details class="details">
        <summary>{m.entry.evidenceWhat}</summary>
        <p>{m.entry.evidenceExplained}</p>
      </details>
      <h2>{m.entry.versionsHeading}</h2>
      {earlier.length === 0 ? (
        <p>{m.entry.noVersions}</p>
      ) : (
        <ol class="versions">
          {earlier.map((version, i) => (
            <li key={`${i}-${version.writtenAt}`}>
              <details class="details">
                <summary>{m.entry.version(formatMoment(version.writtenAt, m.locale))}</summary>
                <EntryBody kind={entry.kind} content={version} />
              </details>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

const blank: PromptAnswer = { choices: [], date: '', text: '' };

const editPlace = (id: string) => `reflect/entry?id=${id}`;

interface EditFormProps {
  vault: UnlockedVault;
  record: EntryRecord;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** Changes an entry. The version being replaced is kept, dated, as a revision. */
function EditForm({ vault, record, onDone, onCancel }: EditFormProps) {
  const m = useCatalog(reflect);
  const entry = record.data;
  const [body, setBody] = useState(entry.body);
  const [answers, setAnswers] = useState(() =>
    Object.fromEntries(prompts.map(({ id }) => [id, entry.answers[id] ?? blank])),
  );
  const [dayError, setDayError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorSummary = useRef<HTMLDivElement>(null);
  const draft = useSealedDraft(
    editPlace(record.id),
    { body, answers },
    (kept) => {
      setBody(kept.body);
      setAnswers(kept.answers);
    },
    body !== entry.body ||
      prompts.some(
        ({ id }) => JSON.stringify(answers[id]) !== JSON.stringify(entry.answers[id] ?? blank),
      ),
  );

  const save = async (event: Event) => {
    event.preventDefault();
    const day = answers['first-moment']?.date ?? '';
    const dayProblem = entry.kind === 'guided' ? checkDay(day, today()) : null;
    if (dayProblem) {
      setDayError(dayProblem === 'future' ? m.guided.dayFuture : m.guided.dayInvalid);
      requestAnimationFrame(() => errorSummary.current?.focus());
      return;
    }
    setDayError(null);
    const changes: Partial<EntryContent> =
      entry.kind === 'free'
        ? { body }
        : {
            answers: prompts.reduce(
              (all, { id }) => answerPrompt(all, id, answers[id] ?? blank),
              {},
            ),
          };
    const edited = editEntry(entry, changes, new Date());
    if (edited === entry) {
      draft.saved();
      return onDone(m.entry.unchanged);
    }
    setBusy(true);
    try {
      await vault.put(journalEntryRecord, edited, record.id);
      draft.saved();
      onDone(m.entry.savedChanges);
    } catch (error) {
      setProblem(saveProblem(error, m.problems));
      setBusy(false);
    }
  };

  return (
    <form autoComplete="off" onSubmit={save} noValidate>
      {dayError && (
        <div class="error-summary" role="alert" tabIndex={-1} ref={errorSummary}>
          <h2>{m.guided.errorSummary}</h2>
          <a href="#first-moment-date">{dayError}</a>
        </div>
      )}
      {draft.notice}
      <p class="hint">{m.entry.editHint}</p>
      {entry.kind === 'free' ? (
        <div class="field">
          <label for="entry-body">{m.entry.bodyLabel}</label>
          <textarea
            autoComplete="off"
            id="entry-body"
            dir="auto"
            rows={14}
            value={body}
            onInput={(event) => setBody(event.currentTarget.value)}
          />
        </div>
      ) : (
        prompts.map((prompt) => (
          <PromptFields
            key={prompt.id}
            prompt={prompt}
            answer={answers[prompt.id] ?? blank}
            onChange={(answer) => setAnswers((all) => ({ ...all, [prompt.id]: answer }))}
            legendHidden={false}
            dayError={prompt.kind === 'date' ? dayError : null}
          />
        ))
      )}
      {problem && (
        <p class="notice notice--problem" role="alert">
          {problem}
        </p>
      )}
      <div class="button-row">
        <button type="submit" class="button" disabled={busy}>
          {m.entry.saveChanges}
        </button>
        <button
          type="button"
          class="button button--secondary"
          onClick={() => {
            draft.saved();
            onCancel();
          }}
        >
          {m.entry.cancel}
        </button>
      </div>
    </form>
  );
}

/** Delete, after a confirmation in a native modal dialog (focus is trapped and Escape cancels). */
function DeleteButton({
  vault,
  id,
  onProblem,
}: {
  vault: UnlockedVault;
  id: string;
  onProblem: (problem: string) => void;
}) {
  const m = useCatalog(reflect);
  const dialog = useRef<HTMLDialogElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const { route } = useLocation();

  const remove = async () => {
    try {
      await vault.remove(journalEntryRecord, id);
      dialog.current?.close();
      setFlash(m.journal.deleted);
      route('/reflect', true);
    } catch (error) {
      dialog.current?.close();
      onProblem(saveProblem(error, m.problems));
    }
  };

  return (
    <>
      <button
        type="button"
        class="button button--warning"
        onClick={() => {
          dialog.current?.showModal();
          // Start on the choice that changes nothing: Enter or a stray tap must not delete.
          keep.current?.focus();
        }}
      >
        {m.entry.delete}
      </button>
      <dialog
        ref={dialog}
        class="dialog"
        aria-labelledby="delete-title"
        aria-describedby="delete-body"
      >
        <ExitInDialog />
        <h2 id="delete-title">{m.entry.deleteTitle}</h2>
        <p id="delete-body">{m.entry.deleteBody}</p>
        <div class="button-row">
          <button type="button" class="button button--warning" onClick={remove}>
            {m.entry.deleteConfirm}
          </button>
          <button
            type="button"
            class="button button--secondary"
            ref={keep}
            onClick={() => dialog.current?.close()}
          >
            {m.entry.deleteCancel}
          </button>
        </div>
      </dialog>
    </>
  );
}
