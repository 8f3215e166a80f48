import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { confidenceOf } from '../src/core/boards/confidence';
import type { Profession } from '../src/core/boards/professions';
import type { BoardRecord, StateBoards } from '../src/core/boards/schema';

/** What the shipped directory says about one pair, read the way the app reads it. */
export function shippedBoard(state: string, profession: Profession) {
  const file = JSON.parse(
    readFileSync(join(process.cwd(), 'src/core/boards/states', `${state}.json`), 'utf8'),
  ) as StateBoards;
  const record = file.records.find((r) => r.profession === profession) as BoardRecord;
  return {
    record,
    complaintConfirmed: confidenceOf(record, 'complaintUrl').confirmed,
  };
}
