import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { boardRecords } from './directory';
import data from './directory.json';
import { professions } from './professions';
import { boardDirectorySchema, isHttpsUrl, unsourcedFields } from './schema';
import { stateCodes } from './states';

function addressesIn(record: (typeof boardRecords)[number]): string[] {
  return [
    record.site,
    record.complaintUrl,
    record.lookupUrl,
    ...(record.otherBoards ?? []).map((b) => b.complaintUrl),
    ...record.sources.map((s) => s.url),
  ].filter((u): u is string => u !== undefined);
}

describe('the shipped board directory', () => {
  it('passes the schema', () => {
    const result = v.safeParse(boardDirectorySchema, data);
    expect(result.issues?.map((i) => i.message) ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('has a record for every one of the 51 jurisdictions and six professions', () => {
    for (const state of stateCodes) {
      for (const profession of professions) {
        const matches = boardRecords.filter(
          (r) => r.state === state && r.profession === profession,
        );
        expect(matches, `${state} ${profession}`).toHaveLength(1);
        const [record] = matches;
        // Either a named board, or an explicit "see the national directory": never silence.
        expect(
          record?.board !== undefined || record?.seeNationalDirectory === true,
          `${state} ${profession}`,
        ).toBe(true);
      }
    }
  });

  it('uses only https addresses that parse', () => {
    const bad = boardRecords.flatMap((r) =>
      addressesIn(r)
        .filter((u) => !isHttpsUrl(u) || new URL(u).protocol !== 'https:')
        .map((u) => `${r.state} ${r.profession}: ${u}`),
    );
    expect(bad).toEqual([]);
  });

  it('backs every fact with the page or dataset where it was seen', () => {
    const unsourced = boardRecords.flatMap((r) =>
      unsourcedFields(r).map((f) => `${r.state} ${r.profession}: ${f}`),
    );
    expect(unsourced).toEqual([]);
  });

  it('gives records that point to the national directory no other facts', () => {
    for (const r of boardRecords.filter((x) => x.seeNationalDirectory)) {
      expect([r.agency, r.site, r.complaintUrl, r.lookupUrl, r.phone, r.otherBoards]).toEqual([
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
      ]);
    }
  });

  it('dates every record to the day the stored copies were read', () => {
    expect(new Set(boardRecords.map((r) => r.checkedOn))).toEqual(new Set([data.checkedOn]));
  });

  it('never cites a source for a field the record does not hold', () => {
    for (const r of boardRecords) {
      for (const s of r.sources) {
        for (const f of s.fields) expect(r[f], `${r.state} ${r.profession} ${f}`).toBeDefined();
      }
    }
  });
});
