import { type CheckedField, checkedFields } from './confidence';
import { type NationalDirectory, nationalDirectories } from './national-directories';
import { type Profession, professions } from './professions';
import type { BoardRecord, StateBoards } from './schema';

export interface BoardLookup {
  readonly record: BoardRecord;
  /** The fields this record lacks; the app sends the person to `nationalDirectory` for them. */
  readonly fallbackFields: readonly CheckedField[];
  readonly nationalDirectory: NationalDirectory;
}

/**
 * The licensing board for a profession in a loaded state file, and what to
 * show in place of anything we could not verify. Always answers: a missing
 * file or record is treated like one that says "see the national directory".
 */
export function findBoard(boards: StateBoards | null, profession: Profession): BoardLookup {
  const record = boards?.records.find((r) => r.profession === profession) ?? {
    profession,
    seeNationalDirectory: true as const,
    sources: [],
  };
  return {
    record,
    fallbackFields: checkedFields.filter((f) => record[f] === undefined),
    nationalDirectory: nationalDirectories[profession],
  };
}

/** Every board a person might need in one state, in the order of `professions`. */
export function boardsInState(boards: StateBoards | null): BoardRecord[] {
  return [...(boards?.records ?? [])].sort(
    (a, b) => professions.indexOf(a.profession) - professions.indexOf(b.profession),
  );
}

// Coaches and unlicensed practitioners have no board; the routes the app offers them live beside.
export { statesWhoseCriminalLawCoversUnlicensed, unlicensedRoutes } from './unlicensed-routes';
