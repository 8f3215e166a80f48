import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { isStateCode, states } from '../../../../core/boards/states';
import { complaintRecord } from '../../../../core/record-keys';
import {
  type Complaint,
  type ComplaintProfession,
  checkTreatmentDates,
  complaintProfessions,
  emptyComplaint,
} from '../../../../core/report/complaint';
import { characterCount } from '../../../../core/report/document';
import { draftNarrative } from '../../../../core/report/narrative';
import type { UnlockedVault, VaultRecord } from '../../../../core/vault/record-type';
import { ChunkFailed } from '../../../components/chunk-retry/ChunkFailed';
import { Page } from '../../../components/page/Page';
import { useCatalog, useLang } from '../../../i18n';
import { happened } from '../../../i18n/happened';
import { Unlocked } from '../../../vault/Unlocked';
import { useVault } from '../../../vault/VaultProvider';
import { type ComplaintStep, checkPath, complaintSteps, isComplaintStep, stepPath } from '../paths';
import { SupportNow } from '../SupportNow';
import { evidenceOf, saveProblem, useHappenedData } from '../store';
import { today } from '../today';
import { useDocumentWording } from '../use-document-wording';
import { BoardDetails } from './BoardDetails';
import { chooseBoard, forgetBoardChoice, useBoardChoice } from './choices';
import { EvidenceStep } from './EvidenceStep';
import '../happened.css';
import { useSealedDraft } from '../../../vault/SealedDraft';

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
              <StepBody key={step} vault={vault} id={id} step={step} fromCheck={fromCheck} />
            )}
          </Unlocked>
        )}
      </Page>
    </>
  );
}

/** What every question needs: the answers so far, and a way to keep a change and go on. */
interface AnswerProps {
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

function StepBody({
  vault,
  id,
  step,
  fromCheck,
}: {
  vault: UnlockedVault;
  id: string;
  step: ComplaintStep;
  fromCheck: boolean;
}) {
  const m = useCatalog(happened).complaint;
  const { route } = useLocation();
  const data = useHappenedData(vault);
  const record = data.complaints.find((r) => r.id === id);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  if (!record) {
    return (
      <>
        <p>{m.notFound}</p>
        <p>
          <a href="/happened/complaint">{m.backToList}</a>
        </p>
      </>
    );
  }
  const next = complaintSteps[complaintSteps.indexOf(step) + 1];
  const save = async (changes: Partial<Complaint>) => {
    setBusy(true);
    setProblem('');
    try {
      await vault.put(complaintRecord, { ...record.data, ...changes }, record.id);
      // Each question replaces the last in the history, so Back leaves the builder in one step.
      route(fromCheck || !next ? checkPath(record.id) : stepPath(next, record.id), true);
    } catch (error) {
      setProblem(saveProblem(error, m));
      setBusy(false);
    }
  };
  const props: StepProps = { vault, record, answers: record.data, save, busy };
  return (
    <>
      {step === 'state' && <StateStep {...props} />}
      {step === 'profession' && <ProfessionStep {...props} />}
      {step === 'board' && <BoardStep {...props} />}
      {step === 'therapist' && <TherapistStep {...props} />}
      {step === 'you' && <YouStep {...props} />}
      {step === 'dates' && <DatesStep {...props} />}
      {step === 'evidence' && <EvidenceStep {...props} data={data} />}
      {step === 'what-happened' && <NarrativeStep {...props} />}
      {problem && (
        <p class="notice" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}

/** A lock seals a question's unsaved answer; unlocking brings it back to the same question. */
function useStepDraft<T>(step: ComplaintStep, value: T, restore: (value: T) => void, saved: T) {
  const id = useRoute().query.id ?? '';
  return useSealedDraft(
    `complaint/${step}?id=${id}`,
    value,
    restore,
    JSON.stringify(value) !== JSON.stringify(saved),
  );
}

/** The GOV.UK error summary: focused when it appears, each problem a link to its field. */
function ErrorSummary({ errors }: { errors: { field: string; text: string }[] }) {
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

function TextField(props: {
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

function StateStep({ answers, save, busy }: AnswerProps) {
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

function ProfessionStep({ answers, save, busy }: AnswerProps) {
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
function BoardStep({ answers, save, busy }: AnswerProps) {
  const m = useCatalog(happened).complaint.boardStep;
  return (
    <StepForm onSubmit={() => void save({})} busy={busy}>
      <p>{m.lead}</p>
      <BoardDetails state={answers.state} profession={answers.profession} />
    </StepForm>
  );
}

function TherapistStep({ answers, save, busy }: AnswerProps) {
  const m = useCatalog(happened).complaint.therapistStep;
  const [t, setT] = useState(answers.therapist);
  const [error, setError] = useState(false);
  const sealed = useStepDraft('therapist', t, setT, answers.therapist);
  const submit = () => {
    if (t.name.trim() === '') return setError(true);
    sealed.saved();
    void save({ therapist: t });
  };
  return (
    <StepForm onSubmit={submit} busy={busy}>
      {sealed.notice}
      <ErrorSummary errors={error ? [{ field: 'therapist-name', text: m.nameError }] : []} />
      <TextField
        id="therapist-name"
        label={m.nameLabel}
        hint={m.nameHint}
        error={error ? m.nameError : undefined}
        value={t.name}
        onInput={(name) => setT({ ...t, name })}
      />
      <TextField
        id="therapist-license"
        label={m.licenseLabel}
        hint={m.licenseHint}
        value={t.licenseNumber}
        onInput={(licenseNumber) => setT({ ...t, licenseNumber })}
      />
      <TextField
        id="therapist-address"
        label={m.addressLabel}
        hint={m.addressHint}
        value={t.practiceAddress}
        multiline
        onInput={(practiceAddress) => setT({ ...t, practiceAddress })}
      />
    </StepForm>
  );
}

function YouStep({ record, save, busy }: StepProps) {
  const m = useCatalog(happened).complaint.youStep;
  const [you, setYou] = useState(record.data.you);
  const sealed = useStepDraft('you', you, setYou, record.data.you);
  const submit = () => {
    sealed.saved();
    void save({ you });
  };
  return (
    <StepForm onSubmit={submit} busy={busy}>
      {sealed.notice}
      <p class="hint">{m.hint}</p>
      <TextField
        id="you-name"
        label={m.nameLabel}
        value={you.name}
        onInput={(name) => setYou({ ...you, name })}
      />
      <TextField
        id="you-email"
        label={m.emailLabel}
        type="email"
        value={you.email}
        onInput={(email) => setYou({ ...you, email })}
      />
      <TextField
        id="you-phone"
        label={m.phoneLabel}
        type="tel"
        value={you.phone}
        onInput={(phone) => setYou({ ...you, phone })}
      />
      <TextField
        id="you-address"
        label={m.addressLabel}
        value={you.address}
        multiline
        onInput={(address) => setYou({ ...you, address })}
      />
    </StepForm>
  );
}

function DatesStep({ record, save, busy }: StepProps) {
  const m = useCatalog(happened).complaint.datesStep;
  const [dates, setDates] = useState(record.data.treatment);
  const [problem, setProblem] = useState<ReturnType<typeof checkTreatmentDates>>(null);
  const submit = () => {
    const found = checkTreatmentDates(dates.from, dates.to, today());
    setProblem(found);
    if (!found) void save({ treatment: dates });
  };
  const field =
    problem === 'to-invalid' || problem === 'to-before-from' ? 'treatment-to' : 'treatment-from';
  const message = problem ? m.errors[problem] : undefined;
  return (
    <StepForm onSubmit={submit} busy={busy}>
      <ErrorSummary errors={message ? [{ field, text: message }] : []} />
      <p class="hint">{m.hint}</p>
      <TextField
        id="treatment-from"
        type="date"
        label={m.fromLabel}
        error={field === 'treatment-from' ? message : undefined}
        value={dates.from}
        onInput={(from) => setDates({ ...dates, from })}
      />
      <TextField
        id="treatment-to"
        type="date"
        label={m.toLabel}
        hint={m.toHint}
        error={field === 'treatment-to' ? message : undefined}
        value={dates.to}
        onInput={(to) => setDates({ ...dates, to })}
      />
    </StepForm>
  );
}

/** The draft is written from the person's evidence, so the documents' words must be in memory first. */
function NarrativeStep(props: StepProps) {
  const wording = useDocumentWording(useLang());
  if (wording !== 'ready') return wording === 'failed' ? <ChunkFailed /> : null;
  return <NarrativeForm {...props} />;
}

function NarrativeForm({ vault, record, save, busy }: StepProps) {
  const m = useCatalog(happened).complaint.narrativeStep;
  const lang = useLang();
  const data = useHappenedData(vault);
  // Drafted in the page's language: the person reads and edits it before choosing the letter's.
  const draft = () => draftNarrative(evidenceOf(data), lang);
  const [text, setText] = useState(() =>
    record.data.drafted ? record.data.whatHappened : draft(),
  );
  const [error, setError] = useState(false);
  const [first] = useState(text);
  const sealed = useStepDraft('what-happened', text, setText, first);
  const submit = () => {
    if (text.trim() === '') return setError(true);
    sealed.saved();
    void save({ whatHappened: text, drafted: true });
  };
  const hasEvidence = evidenceOf(data).length > 0;
  return (
    <>
      <p>{m.care}</p>
      <SupportNow />
      <StepForm onSubmit={submit} busy={busy}>
        {sealed.notice}
        <ErrorSummary errors={error ? [{ field: 'what-happened', text: m.error }] : []} />
        <div class={`field${error ? ' field--error' : ''}`}>
          <label for="what-happened">{m.label}</label>
          <p id="what-happened-hint" class="hint">
            {hasEvidence ? m.hint : m.hintEmpty}
          </p>
          {error && (
            <p id="what-happened-error" class="error-message">
              {m.error}
            </p>
          )}
          <textarea
            autoComplete="off"
            id="what-happened"
            class="narrative"
            dir="auto"
            rows={16}
            value={text}
            aria-describedby={`what-happened-hint what-happened-count${error ? ' what-happened-error' : ''}`}
            onInput={(event) => setText(event.currentTarget.value)}
          />
          <p id="what-happened-count" class="count">
            {m.count(characterCount(text))}
          </p>
        </div>
        {hasEvidence && (
          <div class="button-row">
            <button
              type="button"
              class="button button--secondary"
              aria-describedby="redraft-warning"
              onClick={() => setText(draft())}
            >
              {m.redraft}
            </button>
            <p id="redraft-warning" class="hint">
              {m.redraftWarning}
            </p>
          </div>
        )}
      </StepForm>
    </>
  );
}
