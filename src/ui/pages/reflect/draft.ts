import { useEffect, useState } from 'preact/hooks';
import { noAnswers, type ReflectionAnswers } from '../../../core/reflect/reflection';
import { forgetOnLock } from '../../vault/forget';

/**
 * The guided reflection in progress. It lives only in memory until the person
 * saves it (that is when the vault asks for the passphrase). Locking the vault
 * and "Exit this page" drop it with every other unsaved store (src/ui/vault/forget.ts):
 * locking means nothing private stays on screen.
 */
let draft: ReflectionAnswers = noAnswers;
/**
 * True once a prompt was answered or skipped since the page loaded (or since the
 * draft was last dropped). An empty draft then means "skipped every question";
 * without it, the answers were lost with the page, and the summary must say so.
 */
let answeredHere = false;
const listeners = new Set<() => void>();

function setDraft(next: ReflectionAnswers) {
  draft = next;
  answeredHere = true;
  for (const listener of listeners) listener();
}

export function clearDraft() {
  draft = noAnswers;
  answeredHere = false;
  for (const listener of listeners) listener();
}

forgetOnLock(clearDraft);

/** No prompt was answered or skipped here: whatever the person wrote was cleared when the page closed. */
export function draftWasCleared(): boolean {
  return !answeredHere;
}

/** The reflection in progress, re-rendering the caller when it changes. */
export function useDraft(): [ReflectionAnswers, (next: ReflectionAnswers) => void] {
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
