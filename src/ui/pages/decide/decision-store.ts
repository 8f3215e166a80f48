import { useEffect, useState } from 'preact/hooks';
import type { Answers, Question } from '../../../core/decide/answers';
import type { DecisionStep } from '../../../core/decide/decision-record';
import { answersFromReflection } from '../../../core/decide/from-reflection';
import { decisionProgressType, journalEntryRecord } from '../../../core/record-keys';
import type { UnlockedVault } from '../../../core/vault/record-type';
import { forgetOnLock } from '../../vault/forget';
import { useVault } from '../../vault/VaultProvider';

/**
 * The answers in progress, shared by the question pages. They live in memory
 * only, unless the person chose to save them: then every change is written
 * to the vault too, and coming back after leaving resumes where they were.
 */
export interface DecisionState {
  readonly answers: Answers;
  /** The page the person was last on; null before they start. */
  readonly step: DecisionStep | null;
  /** Questions a finished reflection answered: shown on "check your answers", not asked. */
  readonly fromJournal: readonly Question[];
  /** The person chose to keep their answers in the vault. */
  readonly keep: boolean;
  readonly progressId: string | null;
}

const empty: DecisionState = {
  answers: {},
  step: null,
  fromJournal: [],
  keep: false,
  progressId: null,
};

let state = empty;
/** The vault that was last read for saved progress and the journal; reading once per unlock. */
let readFrom: UnlockedVault | null = null;
const listeners = new Set<() => void>();

function set(next: DecisionState) {
  state = next;
  for (const listener of listeners) listener();
}

// Answers are private, saved or not: they go when the vault locks or the person exits,
// and saved ones come back at the next unlock.
forgetOnLock(() => {
  readFrom = null;
  set(empty);
});

export function decisionState(): DecisionState {
  return state;
}

/** Re-renders the caller whenever the answers change. */
export function useDecisionState(): DecisionState {
  const [current, setCurrent] = useState(state);
  useEffect(() => {
    const listener = () => setCurrent(state);
    listeners.add(listener);
    listener();
    return () => {
      listeners.delete(listener);
    };
  }, []);
  return current;
}

export function setAnswer<Q extends Question>(question: Q, value: Answers[Q] | undefined) {
  const answers: Record<string, unknown> = { ...state.answers };
  if (value === undefined) delete answers[question];
  else answers[question] = value;
  set({
    ...state,
    answers: answers as Answers,
    fromJournal: state.fromJournal.filter((q) => q !== question),
  });
}

export function moveTo(step: DecisionStep) {
  if (state.step !== step) set({ ...state, step });
}

/** True once the person has been on a page or given an answer here (a reflection's answers do not count). */
export function hasStarted(current: DecisionState): boolean {
  const given = Object.keys(current.answers) as Question[];
  return current.step !== null || given.some((q) => !current.fromJournal.includes(q));
}

/**
 * Forgets the answers, here and in the vault. A reflection's answers come back:
 * they belong to the journal, and are shown rather than asked again.
 */
export async function clearDecision(vault: UnlockedVault | null) {
  set(empty);
  if (!vault) return;
  for (const saved of vault.list(decisionProgressType)) {
    await vault.remove(decisionProgressType, saved.id);
  }
  set(withSaved(empty, vault));
}

/** Writes the answers to the vault from now on. */
export async function keepDecision(vault: UnlockedVault) {
  readFrom = vault;
  const existing = state.progressId ?? vault.list(decisionProgressType)[0]?.id;
  const saved = await vault.put(
    decisionProgressType,
    { answers: state.answers, step: state.step ?? 'draws' },
    existing,
  );
  set({ ...state, keep: true, progressId: saved.id });
}

let writing: Promise<unknown> = Promise.resolve();

/**
 * Keeps memory and vault in step, for every decide page: reads saved progress
 * and the latest reflection once per unlock, and writes each change while the
 * person keeps their answers. Locking forgets them (see forgetOnLock above).
 */
export function useDecisionSync() {
  const { status, vault } = useVault();

  useEffect(() => {
    if (status === 'unlocked' && vault && readFrom !== vault) {
      readFrom = vault;
      set(withSaved(state, vault));
    }
  }, [status, vault]);

  useEffect(() => {
    if (!vault) return;
    const write = () => {
      const { keep, answers, step, progressId } = state;
      if (!keep || !progressId) return;
      writing = writing
        .then(() => vault.put(decisionProgressType, { answers, step: step ?? 'draws' }, progressId))
        .catch(() => undefined);
    };
    listeners.add(write);
    return () => {
      listeners.delete(write);
    };
  }, [vault]);
}

/** Resumes saved progress (unless answers were already given here) and adds a reflection's answers. */
function withSaved(current: DecisionState, vault: UnlockedVault): DecisionState {
  let next = current;
  const saved = vault.list(decisionProgressType)[0];
  if (saved && !hasStarted(current)) {
    next = {
      ...next,
      answers: saved.data.answers,
      step: saved.data.step,
      keep: true,
      progressId: saved.id,
    };
  } else if (saved) {
    next = { ...next, progressId: saved.id };
  }
  const reflection = vault
    .list(journalEntryRecord)
    .filter((entry) => entry.data.kind === 'guided')
    .sort((a, b) => (a.data.updatedAt < b.data.updatedAt ? 1 : -1))[0];
  if (!reflection) return next;
  const fromReflection = answersFromReflection(reflection.data.answers);
  const added = (Object.keys(fromReflection) as Question[]).filter(
    (question) => next.answers[question] === undefined,
  );
  if (added.length === 0) return next;
  return {
    ...next,
    answers: { ...next.answers, ...Object.fromEntries(added.map((q) => [q, fromReflection[q]])) },
    fromJournal: [...next.fromJournal, ...added],
  };
}
