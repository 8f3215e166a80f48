import { describe, expect, it } from 'vitest';
import { coverage } from './coverage';
import { professions } from './professions';
import type { BoardRecord, BoardSource, StateBoards } from './schema';

const seenOn = (url: string, fields: BoardSource['fields'], official = true): BoardSource => ({
  url,
  fields,
  official,
  seen: '2026-11-29',
  via: 'stored copy',
});

const record = (
  profession: BoardRecord['profession'],
  over: Partial<BoardRecord>,
): BoardRecord => ({
  profession,
  board: 'A',
  sources: [seenOn('https://a.gov/x', ['board'])],
  ...over,
});

const oregon: StateBoards = {
  version: 2,
  state: 'OR',
  checkedOn: '2026-11-29',
  records: professions
    .map((p) => record(p, {}))
    .map((r) => {
      if (r.profession === 'counselor') {
        return {
          ...r,
          complaintUrl: 'https://a.gov/c',
          sources: [...r.sources, seenOn('https://a.gov/c', ['complaintUrl'])],
        };
      }
      if (r.profession === 'mft') {
        return {
          ...r,
          complaintUrl: 'https://a.gov/c',
          sources: [...r.sources, seenOn('https://law.example.com/a', ['complaintUrl'], false)],
        };
      }
      return r;
    }),
};

describe('directory coverage', () => {
  const c = coverage([oregon]);

  it('counts over all 306 pairs, a state without a file counting as six empty pairs', () => {
    expect(c.pairs).toBe(306);
    expect(c.statesWithoutFile).toHaveLength(50);
    expect(c.nationalDirectoryOnly).toBe(300);
  });

  it('counts only complaint pages confirmed on their own site', () => {
    expect(c.confirmedComplaint).toBe(1);
    expect(c.confirmedComplaintShare).toBe(0.3);
    expect(c.complaintShare).toBe(0.7);
    expect(c.unofficialOnlyAddresses).toBe(1);
  });

  it('breaks confirmed complaint pages down by profession, over the 51 jurisdictions', () => {
    expect(c.confirmedComplaintByProfession.counselor).toBe(2);
    expect(c.confirmedComplaintByProfession.mft).toBe(0);
  });
});
