import { useEffect, useState } from 'preact/hooks';
import type { ComplaintProfession } from '../../../../core/boards/practitioners';
import type { StateCode } from '../../../../core/boards/states';
import { forgetOnLock } from '../../../vault/forget';

/**
 * The state and profession a person chose, before anything is saved: kept in
 * memory only (never in the address, which browsers keep in their history),
 * shared by "find my board" and the first questions of a new complaint.
 */
export interface BoardChoice {
  readonly state: StateCode | '';
  readonly profession: ComplaintProfession | '';
}

const empty: BoardChoice = { state: '', profession: '' };
let choice = empty;
const listeners = new Set<() => void>();

function set(next: BoardChoice) {
  choice = next;
  for (const listener of listeners) listener();
}

forgetOnLock(() => set(empty));

export function chooseBoard(changes: Partial<BoardChoice>): void {
  set({ ...choice, ...changes });
}

/** Forgets the choice once a complaint has saved it in the vault. */
export function forgetBoardChoice(): void {
  set(empty);
}

export function useBoardChoice(): BoardChoice {
  const [current, setCurrent] = useState(choice);
  useEffect(() => {
    const update = () => setCurrent(choice);
    listeners.add(update);
    update();
    return () => {
      listeners.delete(update);
    };
  }, []);
  return current;
}
