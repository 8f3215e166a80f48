import { describe, expect, it } from 'vitest';
import { boardsInState, findBoard } from './lookup';
import { nationalDirectories } from './national-directories';
import { professions } from './professions';
import type { BoardRecord } from './schema';

const partial: BoardRecord = {
  state: 'VT',
  profession: 'social-worker',
  board: 'Example Board',
  complaintUrl: 'https://example.gov/complain',
  sources: [{ url: 'https://example.gov/complain', fields: ['board', 'complaintUrl'] }],
  checkedOn: '2026-11-26',
};

describe('finding a board', () => {
  it('returns the record for the state and profession', () => {
    const { record } = findBoard('VT', 'social-worker', [partial]);
    expect(record).toBe(partial);
  });

  it('sends the person to the national directory for every field the record lacks', () => {
    const found = findBoard('VT', 'social-worker', [partial]);
    expect(found.fallbackFields).toEqual(['lookupUrl', 'phone', 'site']);
    expect(found.nationalDirectory.organization).toBe('ASWB');
  });

  it('falls back entirely to the national directory when no record exists', () => {
    const found = findBoard('VT', 'psychiatric-np', [partial]);
    expect(found.record.seeNationalDirectory).toBe(true);
    expect(found.record.board).toBeUndefined();
    expect(found.fallbackFields).toEqual(['complaintUrl', 'lookupUrl', 'phone', 'site']);
    expect(found.nationalDirectory.organization).toBe('NCSBN');
  });

  it('points psychiatrists to the medical board directory (FSMB)', () => {
    expect(findBoard('OR', 'physician', []).nationalDirectory.organization).toBe('FSMB');
  });

  it('finds a real complaint page in the shipped data', () => {
    const found = findBoard('CA', 'psychologist');
    expect(found.record.board).toBe('California Board of Psychology');
    expect(found.record.complaintUrl).toMatch(/^https:\/\/www\.psychology\.ca\.gov\//);
    expect(found.fallbackFields).not.toContain('complaintUrl');
  });

  it('lists the six professions of a state in a fixed order', () => {
    expect(boardsInState('TX').map((r) => r.profession)).toEqual([...professions]);
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
