import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { professions } from './professions';
import {
  type BoardRecord,
  boardRecordSchema,
  citedButAbsent,
  isHttpsUrl,
  stateBoardsSchema,
  unsourcedFields,
} from './schema';

const official = {
  url: 'https://example.gov/board/complaints',
  fields: ['board', 'complaintUrl', 'phone'] as BoardRecord['sources'][number]['fields'],
  official: true,
  seen: '2026-11-29',
  via: 'stored copy' as const,
};

const valid: BoardRecord = {
  profession: 'counselor',
  board: 'Example Board of Counselors',
  complaintUrl: 'https://example.gov/board/complaints',
  phone: '503-555-0100',
  sources: [official],
};

const accepts = (record: unknown) => v.safeParse(boardRecordSchema, record).success;

describe('the board record schema (version 2)', () => {
  it('accepts a record whose facts are all sourced', () => {
    expect(accepts(valid)).toBe(true);
  });

  it('refuses a source that does not say whether it is official, how it was read, or when', () => {
    for (const key of ['official', 'seen', 'via'] as const) {
      const { [key]: _gone, ...source } = official;
      expect(accepts({ ...valid, sources: [source] }), key).toBe(false);
    }
    expect(accepts({ ...valid, sources: [{ ...official, via: 'live fetch' }] })).toBe(false);
    expect(accepts({ ...valid, sources: [{ ...official, seen: '29/11/2026' }] })).toBe(false);
  });

  it('refuses a plain-http complaint page or one that does not parse', () => {
    expect(accepts({ ...valid, complaintUrl: 'http://example.gov/board/complaints' })).toBe(false);
    expect(accepts({ ...valid, complaintUrl: 'https://exa mple.gov/ complaints' })).toBe(false);
    expect(accepts({ ...valid, complaintUrl: 'example.gov/complaints' })).toBe(false);
  });

  it('refuses a fact that no source vouches for', () => {
    const record = { ...valid, lookupUrl: 'https://example.gov/lookup' };
    expect(unsourcedFields(record)).toEqual(['lookupUrl']);
    expect(accepts(record)).toBe(false);
  });

  it('refuses a source that vouches for a field the record does not hold', () => {
    const record = { ...valid, sources: [{ ...official, fields: [...official.fields, 'site'] }] };
    expect(citedButAbsent(record as BoardRecord)).toEqual(['site']);
    expect(accepts(record)).toBe(false);
  });

  it('refuses a record that neither names a board nor points to the national directory', () => {
    const { board: _board, ...rest } = valid;
    expect(
      accepts({ ...rest, sources: [{ ...official, fields: ['complaintUrl', 'phone'] }] }),
    ).toBe(false);
  });

  it('refuses a record that names a board and also says to see the national directory', () => {
    expect(accepts({ ...valid, seeNationalDirectory: true })).toBe(false);
  });

  it('accepts a record that only points to the national directory, and nothing else with it', () => {
    const away = { profession: 'mft', seeNationalDirectory: true, sources: [] };
    expect(accepts(away)).toBe(true);
    expect(
      accepts({
        ...away,
        phone: '503-555-0100',
        sources: [{ ...official, fields: ['phone'] }],
      }),
    ).toBe(false);
  });

  it('refuses phone numbers written any other way than 555-123-4567', () => {
    expect(accepts({ ...valid, phone: '(503) 555-0100' })).toBe(false);
    expect(accepts({ ...valid, phone: '1-800-555-0100' })).toBe(true);
  });

  it('refuses unknown fields, so a typo cannot hide a fact', () => {
    expect(accepts({ ...valid, complaintURL: 'https://example.gov/x' })).toBe(false);
    expect(accepts({ ...valid, state: 'OR' })).toBe(false);
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

describe('a state file', () => {
  const six = professions.map((profession) => ({
    profession,
    seeNationalDirectory: true as const,
    sources: [],
  }));
  const file = (records: unknown[]) => ({
    version: 2,
    state: 'TX',
    checkedOn: '2026-11-29',
    records,
  });
  const parses = (value: unknown) => v.safeParse(stateBoardsSchema, value).success;

  it('accepts the six professions, each once', () => {
    expect(parses(file(six))).toBe(true);
  });

  it('refuses a profession missing or listed twice', () => {
    expect(parses(file(six.slice(1)))).toBe(false);
    expect(parses(file([...six.slice(1), six[2]]))).toBe(false);
  });

  it('refuses another version or an unknown state', () => {
    expect(parses({ ...file(six), version: 1 })).toBe(false);
    expect(parses({ ...file(six), state: 'PR' })).toBe(false);
  });
});
