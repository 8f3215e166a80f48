import { type Profession, professions } from './professions';
import type { BoardRecord } from './schema';

/** Share of records, in percent, that hold a field. Used by the benchmark and the README figures. */
export interface Coverage {
  readonly pairs: number;
  readonly complaintPage: number;
  readonly lookupPage: number;
  readonly phone: number;
  readonly nationalDirectoryOnly: number;
  readonly complaintPageByProfession: Readonly<Record<Profession, number>>;
}

function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10;
}

export function coverage(records: readonly BoardRecord[]): Coverage {
  const share = (list: readonly BoardRecord[], has: (r: BoardRecord) => boolean) =>
    percent(list.filter(has).length, list.length);
  const byProfession = Object.fromEntries(
    professions.map((p) => [
      p,
      share(
        records.filter((r) => r.profession === p),
        (r) => r.complaintUrl !== undefined,
      ),
    ]),
  ) as Record<Profession, number>;
  return {
    pairs: records.length,
    complaintPage: share(records, (r) => r.complaintUrl !== undefined),
    lookupPage: share(records, (r) => r.lookupUrl !== undefined),
    phone: share(records, (r) => r.phone !== undefined),
    nationalDirectoryOnly: records.filter((r) => r.seeNationalDirectory === true).length,
    complaintPageByProfession: byProfession,
  };
}
