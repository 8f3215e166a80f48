import type { StateBoards } from './schema';
import type { StateCode } from './states';

/**
 * One chunk per state file, fetched only when a person picks that state, so
 * no page carries the whole directory. The unit tests validate every file
 * against the schema; the app trusts them here instead of re-checking (a
 * failed check at run time could only leave someone with a blank page).
 */
const stateFiles = import.meta.glob<StateBoards>('./states/*.json', { import: 'default' });

/** The states that have a file; a state without one is shown the national directories. */
export const statesWithFiles: readonly string[] = Object.keys(stateFiles).map((path) =>
  path.slice('./states/'.length, -'.json'.length),
);

/** The directory of one state, or null when the state has no file yet. */
export function loadStateBoards(state: StateCode): Promise<StateBoards | null> {
  const load = stateFiles[`./states/${state}.json`];
  return load ? load() : Promise.resolve(null);
}
