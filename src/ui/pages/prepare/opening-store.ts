import { useEffect, useState } from 'preact/hooks';

export type OpeningChoice = 'direct' | 'gentle' | 'curious' | 'written' | 'planned' | 'own';

/** The chosen way to start and the practice notes: in memory only, until saved to the journal. */
export interface OpeningState {
  readonly choice: OpeningChoice | null;
  readonly own: string;
  readonly notes: string;
}

let state: OpeningState = { choice: null, own: '', notes: '' };
const listeners = new Set<() => void>();

export function setOpening(next: Partial<OpeningState>) {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

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
