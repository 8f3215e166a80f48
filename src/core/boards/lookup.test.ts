import { describe, expect, it } from 'vitest';
import { loadStateBoards } from './load';
import { boardsInState, findBoard } from './lookup';
import { nationalDirectories } from './national-directories';
import { professions } from './professions';
import type { BoardRecord, StateBoards } from './schema';

const partial: BoardRecord = {
  profession: 'social-worker',
  board: 'Example Board',
  complaintUrl: 'https://example.gov/complain',
  sources: [
    {
      url: 'https://example.gov/complain',
      fields: ['board', 'complaintUrl'],
      official: true,
      seen: '2026-11-29',
      via: 'stored copy',
    },
  ],
};
const vermont: StateBoards = {
  version: 2,
  state: 'VT',
  checkedOn: '2026-11-29',
  records: [partial],
};

describe('finding a board', () => {
  it('returns the record for the profession in the loaded state', () => {
    expect(findBoard(vermont, 'social-worker').record).toBe(partial);
  });

  it('sends the person to the national directory for every field the record lacks', () => {
    const found = findBoard(vermont, 'social-worker');
    expect(found.fallbackFields).toEqual(['lookupUrl', 'phone', 'site']);
    expect(found.nationalDirectory.organization).toBe('ASWB');
  });

  it('falls back entirely to the national directory when no record or no file exists', () => {
    for (const found of [findBoard(vermont, 'psychiatric-np'), findBoard(null, 'psychiatric-np')]) {
      expect(found.record.seeNationalDirectory).toBe(true);
      expect(found.record.board).toBeUndefined();
      expect(found.fallbackFields).toEqual(['complaintUrl', 'lookupUrl', 'phone', 'site']);
      expect(found.nationalDirectory.organization).toBe('NCSBN');
    }
  });

  it('points psychiatrists to the medical board directory (FSMB)', () => {
    expect(findBoard(null, 'physician').nationalDirectory.organization).toBe('FSMB');
  });

  it('loads one state’s file on demand, with its six professions in a fixed order', async () => {
    const california = await loadStateBoards('CA');
    if (california === null) return; // Not every state has a file while the data is re-sourced.
    expect(california.state).toBe('CA');
    expect(boardsInState(california).map((r) => r.profession)).toEqual([...professions]);
  });

  it('lists nothing for a state without a file', () => {
    expect(boardsInState(null)).toEqual([]);
  });
});

describe('the national directories', () => {
  it('cover every profession with an https page', () => {
    for (const p of professions) {
      expect(nationalDirectories[p].profession).toBe(p);
      expect(nationalDirectories[p].url).toMatch(/^https:\/\//);
    }
  });
});
