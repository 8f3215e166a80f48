import { useState } from 'preact/hooks';
import { chronological } from '../../../../core/notice/session';
import type { EvidenceSelection } from '../../../../core/report/evidence';
import { useCatalog } from '../../../i18n';
import { happened } from '../../../i18n/happened';
import { EvidenceChoices } from '../EvidenceChoices';
import { saveProblem } from '../save-problem';
import { type HappenedData, saveSelection } from '../store';
import { StepForm, type StepProps } from './ComplaintStepPage';

/**
 * Which journal entries and sessions the draft draws on. The choice is the
 * same one the evidence report uses, so it is made once for both.
 */
export function EvidenceStep({ vault, save, busy, data }: StepProps & { data: HappenedData }) {
  const m = useCatalog(happened).complaint;
  const [selection, setSelection] = useState<EvidenceSelection>(data.selection);
  const [problem, setProblem] = useState('');
  const submit = async () => {
    setProblem('');
    try {
      await saveSelection(vault, data, selection);
      await save({});
    } catch (error) {
      setProblem(saveProblem(error, m));
    }
  };
  return (
    <StepForm onSubmit={submit} busy={busy}>
      <p>{m.evidenceStep.lead}</p>
      <EvidenceChoices
        entries={data.entries}
        sessions={chronological(data.sessions)}
        selection={selection}
        onChange={setSelection}
        showParts={false}
      />
      {problem && (
        <p class="notice" role="alert">
          {problem}
        </p>
      )}
    </StepForm>
  );
}
