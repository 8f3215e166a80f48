import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { confidenceOf, siteHost, unofficialOnly } from './confidence';
import type { BoardRecord, BoardSource } from './schema';

const source = (over: Partial<BoardSource>): BoardSource => ({
  url: 'https://www.board.example.gov/complaints',
  fields: ['complaintUrl'],
  official: true,
  seen: '2026-11-29',
  via: 'stored copy',
  ...over,
});

const record = (sources: BoardSource[], over: Partial<BoardRecord> = {}): BoardRecord => ({
  profession: 'psychologist',
  board: 'Example Board',
  complaintUrl: 'https://board.example.gov/complaints/form',
  sources: [source({ fields: ['board'] }), ...sources],
  ...over,
});

describe('how sure we are of an address', () => {
  it('is confirmed by an official copy seen on the same site, dated by that copy', () => {
    expect(confidenceOf(record([source({})]), 'complaintUrl')).toEqual({
      confirmed: true,
      seen: '2026-11-29',
    });
  });

  it('is not confirmed by a non-official copy, even on the same site', () => {
    expect(confidenceOf(record([source({ official: false })]), 'complaintUrl').confirmed).toBe(
      false,
    );
  });

  it('is not confirmed by an official copy seen on another site', () => {
    const elsewhere = source({ url: 'https://health.example.gov/boards' });
    expect(confidenceOf(record([elsewhere]), 'complaintUrl').confirmed).toBe(false);
  });

  it('is not confirmed by an official copy that does not list the field', () => {
    expect(
      confidenceOf(
        record([source({ fields: ['site'] })], { site: 'https://board.example.gov' }),
        'complaintUrl',
      ).confirmed,
    ).toBe(false);
  });

  it('is never confirmed on a host the boards have moved away from', () => {
    const old = record([source({ url: 'https://www.tmb.state.tx.us/page/complaints' })], {
      complaintUrl: 'https://www.tmb.state.tx.us/page/complaints',
    });
    expect(confidenceOf(old, 'complaintUrl').confirmed).toBe(false);
  });

  it('takes the newest confirming copy for the date', () => {
    const both = record([source({ seen: '2026-11-20' }), source({ seen: '2026-11-29' })]);
    expect(confidenceOf(both, 'complaintUrl')).toEqual({ confirmed: true, seen: '2026-11-29' });
  });

  it('confirms a phone from any official page that lists it', () => {
    const phone = record([source({ fields: ['phone'], url: 'https://health.example.gov/x' })], {
      phone: '555-123-4567',
    });
    expect(confidenceOf(phone, 'phone').confirmed).toBe(true);
  });

  it('never confirms a field that only non-official sources back, whatever they are', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            host: fc.constantFrom('board.example.gov', 'law.example.com', 'www.board.example.gov'),
            fields: fc.subarray(['complaintUrl', 'lookupUrl', 'phone'] as const, { minLength: 1 }),
          }),
          { maxLength: 4 },
        ),
        (list) => {
          const r = record(
            list.map((s) =>
              source({ url: `https://${s.host}/page`, fields: [...s.fields], official: false }),
            ),
            { lookupUrl: 'https://board.example.gov/lookup', phone: '555-123-4567' },
          );
          for (const f of ['complaintUrl', 'lookupUrl', 'phone'] as const) {
            expect(confidenceOf(r, f).confirmed).toBe(false);
          }
        },
      ),
    );
  });

  it('compares hosts without case or a leading www', () => {
    expect(siteHost('https://WWW.Board.gov/a')).toBe('board.gov');
    expect(siteHost('https://bbs.ca.gov./consumers/')).toBe('bbs.ca.gov');
    expect(siteHost('not a url')).toBeNull();
  });
});

describe('addresses resting only on non-official pages', () => {
  it('lists each one', () => {
    const r = record([source({ official: false })], {
      phone: '555-123-4567',
    });
    const withPhone = {
      ...r,
      sources: [...r.sources, source({ official: false, fields: ['phone'] })],
    };
    expect(unofficialOnly(withPhone)).toEqual(['complaintUrl', 'phone']);
  });

  it('leaves out an address with at least one official source', () => {
    expect(unofficialOnly(record([source({}), source({ official: false })]))).toEqual([]);
  });
});
