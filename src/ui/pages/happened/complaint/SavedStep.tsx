import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { complaintRecord } from '../../../../core/record-keys';
import { type Complaint, checkTreatmentDates } from '../../../../core/report/complaint';
import { characterCount } from '../../../../core/report/document';
import { draftNarrative } from '../../../../core/report/narrative';
import type { UnlockedVault } from '../../../../core/vault/record-type';
import { ChunkFailed } from '../../../components/chunk-retry/ChunkFailed';
import { useCatalog, useLang } from '../../../i18n';
import { happened } from '../../../i18n/happened';
import { type ComplaintStep, checkPath, complaintSteps, stepPath } from '../paths';
import { SupportNow } from '../SupportNow';
import { saveProblem } from '../save-problem';
import { evidenceOf, useHappenedData } from '../store';
import { today } from '../today';
import { useDocumentWording } from '../use-document-wording';
import {
  BoardStep,
  ErrorSummary,
  ProfessionStep,
  StateStep,
  StepForm,
  type StepProps,
  TextField,
} from './ComplaintStepPage';
import { EvidenceStep } from './EvidenceStep';
import { useStepDraft } from './step-draft';
import { TherapistStep } from './TherapistStep';

/** A question of a saved draft, fetched once the vault is open: the first, locked view needs none of it. */
export function SavedStep({
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
