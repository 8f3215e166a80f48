import { useEffect, useState } from 'preact/hooks';
import { noAnswers, type ReflectionAnswers } from '../../../core/reflect/reflection';
import { onExit } from '../../safety/exit';
import { useVault, type VaultStatus } from '../../vault/VaultProvider';

/**
 * The guided reflection in progress. It lives only in memory until the person
 * saves it (that is when the vault asks for the passphrase), and "Exit this
 * page" drops it with everything else.
 */
let draft: ReflectionAnswers = noAnswers;
const listeners = new Set<() => void>();

function setDraft(next: ReflectionAnswers) {
  draft = next;
  for (const listener of listeners) listener();
}

export function clearDraft() {
  setDraft(noAnswers);
}

onExit(clearDraft);

// The last vault status a guided page saw. Kept outside components, which remount when the vault locks.
let seenStatus: VaultStatus | null = null;

/**
 * The reflection in progress. When the vault locks (by hand or after being
 * idle) the draft is dropped too: locking means nothing private stays on screen.
 */
export function useDraft(): [ReflectionAnswers, (next: ReflectionAnswers) => void] {
  const { status } = useVault();
  useEffect(() => {
    if (seenStatus === 'unlocked' && status === 'locked') clearDraft();
    seenStatus = status;
  }, [status]);
  const [answers, setAnswers] = useState(draft);
  useEffect(() => {
    const update = () => setAnswers(draft);
    listeners.add(update);
    update();
    return () => {
      listeners.delete(update);
    };
  }, []);
  return [answers, setDraft];
}
