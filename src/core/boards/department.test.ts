import { describe, expect, it } from 'vitest';
import { namesOnlyDepartment } from './department';
import type { BoardRecord } from './schema';

const named = (board: string): BoardRecord => ({ profession: 'counselor', board, sources: [] });

describe('a record that names a department where the board is needed', () => {
  it('is recognised', () => {
    for (const name of [
      'Connecticut Department of Public Health',
      'New Mexico Regulation and Licensing Department',
      'Alaska Division of Corporations, Business and Professional Licensing',
      'Hawaii Professional and Vocational Licensing Division',
      'Maine Regulatory Licensing and Permitting',
      'DC Health',
      'New Mexico Regulation and Licensing Department, Boards and Commissions Division',
    ]) {
      expect(namesOnlyDepartment(named(name)), name).toBe(true);
    }
  });

  it('is not confused with a board, even one whose name mentions its department', () => {
    for (const name of [
      'Texas State Board of Examiners of Psychologists',
      'Department of Health, Board of Psychology',
      'Ohio Counselor, Social Worker and Marriage and Family Therapist Board',
      'Washington Medical Commission',
    ]) {
      expect(namesOnlyDepartment(named(name)), name).toBe(false);
    }
  });

  it('is false when no board is named at all', () => {
    expect(
      namesOnlyDepartment({ profession: 'mft', seeNationalDirectory: true, sources: [] }),
    ).toBe(false);
  });
});
