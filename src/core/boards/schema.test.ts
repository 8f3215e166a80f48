import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { professions } from './professions';
import {
  type BoardRecord,
  boardDirectorySchema,
  boardRecordSchema,
  isHttpsUrl,
  unsourcedFields,
} from './schema';
import { stateCodes } from './states';

const source = 'https://example.gov/board/complaints';

const valid: BoardRecord = {
  state: 'OR',
  profession: 'counselor',
  board: 'Example Board of Counselors',
  complaintUrl: 'https://example.gov/board/complaints',
  phone: '503-555-0100',
  sources: [{ url: source, fields: ['board', 'complaintUrl', 'phone'] }],
  checkedOn: '2026-11-26',
};

const accepts = (record: unknown) => v.safeParse(boardRecordSchema, record).success;

describe('the board record schema', () => {
  it('accepts a record whose facts are all sourced', () => {
    expect(accepts(valid)).toBe(true);
  });

  it('refuses a plain-http complaint page', () => {
    expect(accepts({ ...valid, complaintUrl: 'http://example.gov/board/complaints' })).toBe(false);
  });

  it('refuses an address that does not parse', () => {
    expect(accepts({ ...valid, complaintUrl: 'https://exa mple.gov/ complaints' })).toBe(false);
    expect(accepts({ ...valid, complaintUrl: 'example.gov/complaints' })).toBe(false);
  });

  it('refuses a fact that no source vouches for', () => {
    const record = { ...valid, lookupUrl: 'https://example.gov/lookup' };
    expect(unsourcedFields(record)).toEqual(['lookupUrl']);
    expect(accepts(record)).toBe(false);
  });

  it('refuses a record that neither names a board nor points to the national directory', () => {
    const { board: _board, ...rest } = valid;
    expect(
      accepts({ ...rest, sources: [{ url: source, fields: ['complaintUrl', 'phone'] }] }),
    ).toBe(false);
  });

  it('refuses a record that names a board and also says to see the national directory', () => {
    expect(accepts({ ...valid, seeNationalDirectory: true })).toBe(false);
  });

  it('accepts a record that only points to the national directory', () => {
    expect(
      accepts({
        state: 'RI',
        profession: 'mft',
        seeNationalDirectory: true,
        sources: [],
        checkedOn: '2026-11-26',
      }),
    ).toBe(true);
  });

  it('refuses phone numbers written any other way than 555-123-4567', () => {
    expect(accepts({ ...valid, phone: '(503) 555-0100' })).toBe(false);
    expect(accepts({ ...valid, phone: '1-800-555-0100' })).toBe(true);
  });

  it('refuses unknown fields, so a typo cannot hide a fact', () => {
    expect(accepts({ ...valid, complaintURL: 'https://example.gov/x' })).toBe(false);
  });

  it('accepts any generated https address with a dotted host and refuses its http twin', () => {
    const host = fc
      .tuple(
        fc.stringMatching(/^[a-z][a-z0-9-]{0,12}[a-z0-9]$/),
        fc.constantFrom('gov', 'us', 'org'),
      )
      .map(([name, tld]) => `${name}.${tld}`);
    const path = fc
      .array(fc.stringMatching(/^[A-Za-z0-9_.-]{1,10}$/), { maxLength: 4 })
      .map((parts) => `/${parts.join('/')}`);
    fc.assert(
      fc.property(host, path, (h, p) => {
        expect(isHttpsUrl(`https://${h}${p}`)).toBe(true);
        expect(isHttpsUrl(`http://${h}${p}`)).toBe(false);
        expect(isHttpsUrl(`https://${h.replace('.', '')}${p}`)).toBe(false);
      }),
    );
  });
});

describe('the board directory schema', () => {
  const every = stateCodes.flatMap((state) =>
    professions.map((profession) => ({
      state,
      profession,
      seeNationalDirectory: true as const,
      sources: [],
      checkedOn: '2026-11-26',
    })),
  );
  const directory = (records: unknown[]) => ({ version: 1, checkedOn: '2026-11-26', records });

  it('accepts 51 × 6 distinct pairs', () => {
    expect(v.safeParse(boardDirectorySchema, directory(every)).success).toBe(true);
  });

  it('refuses a directory with a pair missing', () => {
    expect(v.safeParse(boardDirectorySchema, directory(every.slice(1))).success).toBe(false);
  });

  it('refuses a directory with a pair listed twice', () => {
    const twice = [...every.slice(1), every[2]];
    expect(v.safeParse(boardDirectorySchema, directory(twice)).success).toBe(false);
  });

  it('refuses an unknown version', () => {
    expect(v.safeParse(boardDirectorySchema, { ...directory(every), version: 2 }).success).toBe(
      false,
    );
  });
});
