import { useEffect, useState } from 'preact/hooks';
import { loadStateBoards } from '../../../../core/boards/load';
import { findBoard } from '../../../../core/boards/lookup';
import { isLicensed } from '../../../../core/boards/practitioners';
import type { StateBoards } from '../../../../core/boards/schema';
import type { StateCode } from '../../../../core/boards/states';
import type { Complaint } from '../../../../core/report/complaint';

/** Each state's file is fetched once per page load; boards do not change while someone reads. */
const loaded = new Map<StateCode, Promise<StateBoards | null>>();

function load(state: StateCode): Promise<StateBoards | null> {
  let file = loaded.get(state);
  if (!file) {
    file = loadStateBoards(state).catch(() => null);
    loaded.set(state, file);
  }
  return file;
}

export type StateBoardsStatus =
  | { readonly status: 'none' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly boards: StateBoards | null };

/**
 * One state's boards, loaded only once a state is chosen. Before that (or for
 * no state) nothing is fetched, so a page never carries the whole directory.
 */
export function useStateBoards(state: StateCode | ''): StateBoardsStatus {
  const [result, setResult] = useState<{ state: StateCode; boards: StateBoards | null } | null>(
    null,
  );
  useEffect(() => {
    if (state === '') return;
    let current = true;
    void load(state).then((boards) => {
      if (current) setResult({ state, boards });
    });
    return () => {
      current = false;
    };
  }, [state]);
  if (state === '') return { status: 'none' };
  if (result?.state !== state) return { status: 'loading' };
  return { status: 'ready', boards: result.boards };
}

/** The name of the board that receives a complaint, once its state's file is loaded. */
export function useBoardName(complaint: Complaint | undefined): string | null {
  const state = complaint?.state ?? '';
  const loadedBoards = useStateBoards(state);
  if (!complaint || loadedBoards.status !== 'ready' || !isLicensed(complaint.profession)) {
    return null;
  }
  return findBoard(loadedBoards.boards, complaint.profession).record.board ?? null;
}
