import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import {
  type ComplaintProfession,
  complaintProfessions,
} from '../../../../core/boards/practitioners';
import { isStateCode, states } from '../../../../core/boards/states';
import { complaintRecord } from '../../../../core/record-keys';
import type { Complaint } from '../../../../core/report/complaint';
import { emptyComplaint } from '../../../../core/report/empty-complaint';
import type { UnlockedVault, VaultRecord } from '../../../../core/vault/record-type';
import { lazyPage } from '../../../components/chunk-retry/lazy-page';
import { Page } from '../../../components/page/Page';
import { useCatalog } from '../../../i18n';
import { happened } from '../../../i18n/happened';
import { Unlocked } from '../../../vault/Unlocked';
import { useVault } from '../../../vault/VaultProvider';
import { type ComplaintStep, checkPath, complaintSteps, isComplaintStep, stepPath } from '../paths';
import { saveProblem } from '../save-problem';
import { chooseBoard, forgetBoardChoice, useBoardChoice } from './choices';
import '../happened.css';

/*
 * A first view loads only the questions asked before anything is saved. The
 * board directory, the therapist question (it seals its draft on a lock) and
 * every question of a saved draft are fetched when they are shown.
 */
const BoardDetails = lazyPage(() => import('./BoardDetails').then((m) => m.BoardDetails));
const TherapistStep = lazyPage(() => import('./TherapistStep').then((m) => m.TherapistStep));
const SavedStep = lazyPage(() => import('./SavedStep').then((m) => m.SavedStep));

/**
 * The first questions of a new complaint keep nothing a person wrote: they
 * are answered in memory, with no passphrase. The first step that keeps a
 * person's words (the therapist's name) asks for it and saves the draft.
 */
const beforeSaving = ['state', 'profession', 'board', 'therapist'] as const;
type StepBeforeSaving = (typeof beforeSaving)[number];

function isBeforeSaving(step: ComplaintStep): step is StepBeforeSaving {
  return (beforeSaving as readonly string[]).includes(step);
}

/** /happened/complaint/:step?id=…: one question of the complaint builder. */
export function ComplaintStepPage() {
  const all = useCatalog(happened);
  const m = all.complaint;
  const { params, query } = useRoute();
  const step: ComplaintStep = isComplaintStep(params.step ?? '')
    ? (params.step as ComplaintStep)
    : 'state';
  const id = query.id ?? '';
  const fromCheck = query.from === 'check';
  const index = complaintSteps.indexOf(step);
  const previous = complaintSteps[index - 1];
  const back = fromCheck
    ? checkPath(id)
    : previous
      ? stepPath(previous, id)
      : '/happened/complaint';
  const titles: Record<ComplaintStep, string> = {
    state: m.stateStep.title,
    profession: m.professionStep.title,
    board: m.boardStep.title,
    therapist: m.therapistStep.title,
    you: m.youStep.title,
    dates: m.datesStep.title,
    evidence: m.evidenceStep.title,
    'what-happened': m.narrativeStep.title,
  };
  return (
    <>
      <a class="back-link" href={back}>
        {m.back}
      </a>
      <p class="caption">{m.questionOf(index + 1, complaintSteps.length)}</p>
      <Page title={titles[step]}>
        {id === '' && isBeforeSaving(step) ? (
          <NewComplaintStep key={step} step={step} />
        ) : (
          <Unlocked whenEmpty={<p>{m.notFound}</p>}>
            {(vault) => (
              <SavedStep key={step} vault={vault} id={id} step={step} fromCheck={fromCheck} />
            )}
          </Unlocked>
        )}
      </Page>
    </>
  );
}

/** What every question needs: the answers so far, and a way to keep a change and go on. */
export interface AnswerProps {
  answers: Complaint;
  /** Keeps the changes and goes on to the next question (or back to the check page). */
  save: (changes: Partial<Complaint>) => Promise<void>;
  busy: boolean;
}

export interface StepProps extends AnswerProps {
  vault: UnlockedVault;
  record: VaultRecord<Complaint>;
}

/**
 * A question of a complaint not saved yet. State and profession stay in
 * memory; answering the therapist question asks for the passphrase (or for
 * the vault to be unlocked) and saves the draft with everything so far.
 */
function NewComplaintStep({ step }: { step: StepBeforeSaving }) {
  const m = useCatalog(happened).complaint;
  const { route } = useLocation();
  const vaultState = useVault();
  const choice = useBoardChoice();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const answers: Complaint = {
    ...emptyComplaint,
    state: choice.state,
    profession: choice.profession,
  };
  const next = complaintSteps[complaintSteps.indexOf(step) + 1] ?? 'you';
  const save = async (changes: Partial<Complaint>) => {
    if (step !== 'therapist') {
      chooseBoard({
        state: changes.state ?? choice.state,
        profession: changes.profession ?? choice.profession,
      });
      route(stepPath(next, ''), true);
      return;
    }
    setBusy(true);
    setProblem('');
    try {
      const vault =
        vaultState.status === 'unlocked' && vaultState.vault
          ? vaultState.vault
          : await vaultState.requestUnlock();
      const record = await vault.put(complaintRecord, { ...answers, ...changes });
      forgetBoardChoice();
      route(stepPath(next, record.id), true);
    } catch (error) {
      setProblem(saveProblem(error, m));
      setBusy(false);
    }
  };
  const props: AnswerProps = { answers, save, busy };
  return (
    <>
      {step === 'state' && <StateStep {...props} />}
      {step === 'profession' && <ProfessionStep {...props} />}
      {step === 'board' && <BoardStep {...props} />}
      {step === 'therapist' && <TherapistStep {...props} />}
      {problem && (
        <p class="notice" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}

/** The GOV.UK error summary: focused when it appears, each problem a link to its field. */
export function ErrorSummary({ errors }: { errors: { field: string; text: string }[] }) {
  const m = useCatalog(happened).complaint;
  const ref = useRef<HTMLDivElement>(null);
  const shown = errors.map((e) => e.text).join('|');
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown]);
  if (errors.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={ref}>
      <h2>{m.errorSummary}</h2>
      <ul>
        {errors.map((e) => (
          <li key={e.field}>
            <a href={`#${e.field}`}>{e.text}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function StepForm({
  onSubmit,
  busy,
  children,
}: {
  onSubmit: () => void;
  busy: boolean;
  children: ComponentChildren;
}) {
  const m = useCatalog(happened).complaint;
  const fromCheck = useRoute().query.from === 'check';
  return (
    <form
      autoComplete="off"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
      <button type="submit" class="button" disabled={busy}>
        {busy ? m.saving : fromCheck ? m.saveAndCheck : m.continue}
      </button>
    </form>
  );
}

export function TextField(props: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'date';
  multiline?: boolean;
}) {
  const described = [props.hint && `${props.id}-hint`, props.error && `${props.id}-error`]
    .filter(Boolean)
    .join(' ');
  const common = {
    id: props.id,
    name: props.id,
    dir: 'auto' as const,
    value: props.value,
    'aria-describedby': described || undefined,
    'aria-invalid': props.error ? true : undefined,
    // Kept out of the browser's autofill and session-restore files.
    autoComplete: 'off',
    onInput: (event: Event) => props.onInput((event.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class={`field${props.error ? ' field--error' : ''}`}>
      <label for={props.id}>{props.label}</label>
      {props.hint && (
        <p id={`${props.id}-hint`} class="hint">
          {props.hint}
        </p>
      )}
      {props.error && (
        <p id={`${props.id}-error`} class="error-message">
          {props.error}
        </p>
      )}
      {props.multiline ? (
        <textarea rows={3} {...common} />
      ) : (
        <input
          {...common}
          // Preact types each input type apart; these four share every attribute used here.
          type={(props.type ?? 'text') as 'text'}
        />
      )}
    </div>
  );
}

export function StateStep({ answers, save, busy }: AnswerProps) {
  const m = useCatalog(happened).complaint.stateStep;
  const [value, setValue] = useState<string>(answers.state);
  const [error, setError] = useState(false);
  const submit = () => {
    if (!isStateCode(value)) return setError(true);
    void save({ state: value });
  };
  return (
    <StepForm onSubmit={submit} busy={busy}>
      <ErrorSummary errors={error ? [{ field: 'complaint-state', text: m.error }] : []} />
      <div class={`field${error ? ' field--error' : ''}`}>
        <label for="complaint-state">{m.label}</label>
        <p id="complaint-state-hint" class="hint">
          {m.hint}
        </p>
        {error && (
          <p id="complaint-state-error" class="error-message">
            {m.error}
          </p>
        )}
        <select
          autoComplete="off"
          id="complaint-state"
          class="select--auto"
          value={value}
          aria-describedby={`complaint-state-hint${error ? ' complaint-state-error' : ''}`}
          onChange={(event) => setValue(event.currentTarget.value)}
        >
          <option value="">{m.choose}</option>
          {states.map((s) => (
            <option key={s.code} value={s.code}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
    </StepForm>
  );
}

export function ProfessionStep({ answers, save, busy }: AnswerProps) {
  const all = useCatalog(happened).complaint;
  const m = all.professionStep;
  const [value, setValue] = useState<ComplaintProfession | ''>(answers.profession);
  const [error, setError] = useState(false);
  const submit = () => {
    if (value === '') return setError(true);
    void save({ profession: value });
  };
  return (
    <StepForm onSubmit={submit} busy={busy}>
      <ErrorSummary errors={error ? [{ field: 'profession-psychologist', text: m.error }] : []} />
      <div class={`field${error ? ' field--error' : ''}`}>
        <fieldset aria-describedby={`profession-hint${error ? ' profession-error' : ''}`}>
          <legend class="visually-hidden">{m.title}</legend>
          <p id="profession-hint" class="hint">
            {m.hint}
          </p>
          {error && (
            <p id="profession-error" class="error-message">
              {m.error}
            </p>
          )}
          {complaintProfessions.map((p) => (
            <div class="choice" key={p}>
              <input
                autoComplete="off"
                type="radio"
                id={`profession-${p}`}
                name="profession"
                value={p}
                checked={value === p}
                onChange={() => setValue(p)}
              />
              <label for={`profession-${p}`}>{m.options[p]}</label>
            </div>
          ))}
        </fieldset>
      </div>
    </StepForm>
  );
}

/** Where the complaint would go, before anything is saved. */
export function BoardStep({ answers, save, busy }: AnswerProps) {
  const m = useCatalog(happened).complaint.boardStep;
  return (
    <StepForm onSubmit={() => void save({})} busy={busy}>
      <p>{m.lead}</p>
      <BoardDetails state={answers.state} profession={answers.profession} />
    </StepForm>
  );
}
