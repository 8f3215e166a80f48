import { boardDirectory, boardRecords } from './directory';
import { type NationalDirectory, nationalDirectories } from './national-directories';
import { type Profession, professions } from './professions';
import type { BoardRecord } from './schema';
import type { StateCode } from './states';

/** The fields a person needs to act; each one that is missing is replaced by the national directory. */
export const actionFields = ['complaintUrl', 'lookupUrl', 'phone', 'site'] as const;
export type ActionField = (typeof actionFields)[number];

export interface BoardLookup {
  readonly record: BoardRecord;
  /** The fields this record lacks, in the order above; the app sends the person to `nationalDirectory` for them. */
  readonly fallbackFields: readonly ActionField[];
  readonly nationalDirectory: NationalDirectory;
}

/**
 * The licensing board for a profession in a state, and what to show in place
 * of anything we could not verify. Always answers: a pair without a record
 * (which the tests rule out) is treated like one that says "see the national
 * directory".
 */
export function findBoard(
  state: StateCode,
  profession: Profession,
  records: readonly BoardRecord[] = boardRecords,
): BoardLookup {
  const record = records.find((r) => r.state === state && r.profession === profession) ?? {
    state,
    profession,
    seeNationalDirectory: true as const,
    sources: [],
    checkedOn: boardDirectory.checkedOn,
  };
  return {
    record,
    fallbackFields: actionFields.filter((f) => record[f] === undefined),
    nationalDirectory: nationalDirectories[profession],
  };
}

/** Every board a person might need in one state, in the order of `professions`. */
export function boardsInState(
  state: StateCode,
  records: readonly BoardRecord[] = boardRecords,
): BoardRecord[] {
  return records
    .filter((r) => r.state === state)
    .sort((a, b) => professions.indexOf(a.profession) - professions.indexOf(b.profession));
}

// Coaches and unlicensed practitioners have no board; the routes the app offers them live beside.
export { statesWhoseCriminalLawCoversUnlicensed, unlicensedRoutes } from './unlicensed-routes';
