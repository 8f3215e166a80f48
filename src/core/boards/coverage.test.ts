import { describe, expect, it } from 'vitest';
import { coverage } from './coverage';
import type { BoardRecord } from './schema';

const base = { sources: [], checkedOn: '2026-11-26' };
const records: BoardRecord[] = [
  {
    ...base,
    state: 'OR',
    profession: 'counselor',
    board: 'A',
    complaintUrl: 'https://a.gov/c',
    phone: '503-555-0100',
  },
  { ...base, state: 'OR', profession: 'mft', board: 'A', lookupUrl: 'https://a.gov/l' },
  { ...base, state: 'OR', profession: 'physician', board: 'B', complaintUrl: 'https://b.gov/c' },
  { ...base, state: 'RI', profession: 'mft', seeNationalDirectory: true },
];

describe('directory coverage', () => {
  it('counts the share of pairs holding each field', () => {
    const c = coverage(records);
    expect(c.pairs).toBe(4);
    expect(c.complaintPage).toBe(50);
    expect(c.lookupPage).toBe(25);
    expect(c.phone).toBe(25);
    expect(c.nationalDirectoryOnly).toBe(1);
  });

  it('breaks complaint pages down by profession', () => {
    const c = coverage(records);
    expect(c.complaintPageByProfession.counselor).toBe(100);
    expect(c.complaintPageByProfession.mft).toBe(0);
    expect(c.complaintPageByProfession.physician).toBe(100);
    expect(c.complaintPageByProfession.psychologist).toBe(0);
  });
});
