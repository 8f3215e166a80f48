import { useRoute } from 'preact-iso';
import { useSealedDraft } from '../../../vault/SealedDraft';
import type { ComplaintStep } from '../paths';

/** A lock seals a question's unsaved answer; unlocking brings it back to the same question. */
export function useStepDraft<T>(
  step: ComplaintStep,
  value: T,
  restore: (value: T) => void,
  saved: T,
) {
  const id = useRoute().query.id ?? '';
  return useSealedDraft(
    `complaint/${step}?id=${id}`,
    value,
    restore,
    JSON.stringify(value) !== JSON.stringify(saved),
  );
}
