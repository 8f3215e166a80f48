import { useEffect, useState } from 'preact/hooks';
import { forgetOnLock } from '../../vault/forget';

export type OpeningChoice = 'direct' | 'gentle' | 'curious' | 'written' | 'planned' | 'own';

/** The chosen way to start and the practice notes: in memory only, until saved to the journal. */
export interface OpeningState {
  readonly choice: OpeningChoice | null;
  readonly own: string;
  readonly notes: string;
}

const nothing: OpeningState = { choice: null, own: '', notes: '' };
let state: OpeningState = nothing;
const listeners = new Set<() => void>();

export function setOpening(next: Partial<OpeningState>) {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

// The person's own words and notes are private: they go when the vault locks or the person exits.
forgetOnLock(() => setOpening(nothing));

export function useOpening(): OpeningState {
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
