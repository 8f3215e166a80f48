import { confidenceOf, unofficialOnly } from './confidence';
import { type Profession, professions } from './professions';
import type { BoardRecord, StateBoards } from './schema';
import { stateCodes } from './states';

/**
 * How much of the directory a person can trust, over all 51 × 6 pairs: a
 * state with no file counts as six pairs with nothing. Shares are percent.
 */
export interface Coverage {
  readonly pairs: number;
  /** Pairs whose complaint page was seen on that same official site (the goal: ≥ 90 %). */
  readonly confirmedComplaint: number;
  readonly confirmedComplaintShare: number;
  /** Pairs with any complaint page, confirmed or not. */
  readonly complaintShare: number;
  readonly confirmedLookupShare: number;
  readonly confirmedPhoneShare: number;
  readonly nationalDirectoryOnly: number;
  /** Addresses and phones backed only by pages other than the board's own. */
  readonly unofficialOnlyAddresses: number;
  readonly statesWithoutFile: readonly string[];
  readonly confirmedComplaintByProfession: Readonly<Record<Profession, number>>;
}

function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10;
}

export function coverage(files: readonly StateBoards[]): Coverage {
  const records: BoardRecord[] = files.flatMap((f) => f.records);
  const pairs = stateCodes.length * professions.length;
  const count = (list: readonly BoardRecord[], has: (r: BoardRecord) => boolean) =>
    list.filter(has).length;
  const confirmed = (field: 'complaintUrl' | 'lookupUrl' | 'phone') => (r: BoardRecord) =>
    r[field] !== undefined && confidenceOf(r, field).confirmed;
  const byProfession = Object.fromEntries(
    professions.map((p) => [
      p,
      percent(
        count(
          records.filter((r) => r.profession === p),
          confirmed('complaintUrl'),
        ),
        stateCodes.length,
      ),
    ]),
  ) as Record<Profession, number>;
  const withFile = new Set<string>(files.map((f) => f.state));
  const confirmedComplaint = count(records, confirmed('complaintUrl'));
  return {
    pairs,
    confirmedComplaint,
    confirmedComplaintShare: percent(confirmedComplaint, pairs),
    complaintShare: percent(
      count(records, (r) => r.complaintUrl !== undefined),
      pairs,
    ),
    confirmedLookupShare: percent(count(records, confirmed('lookupUrl')), pairs),
    confirmedPhoneShare: percent(count(records, confirmed('phone')), pairs),
    nationalDirectoryOnly:
      count(records, (r) => r.seeNationalDirectory === true) +
      professions.length * (stateCodes.length - withFile.size),
    unofficialOnlyAddresses: records.reduce((n, r) => n + unofficialOnly(r).length, 0),
    statesWithoutFile: stateCodes.filter((s) => !withFile.has(s)),
    confirmedComplaintByProfession: byProfession,
  };
}
