import { useState } from 'preact/hooks';
import { useCatalog } from '../../../i18n';
import { happened } from '../../../i18n/happened';
import { type AnswerProps, ErrorSummary, StepForm, TextField } from './ComplaintStepPage';
import { useStepDraft } from './step-draft';

/** Asked before or after the draft is saved: answering it is what first saves the draft. */
export function TherapistStep({ answers, save, busy }: AnswerProps) {
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
