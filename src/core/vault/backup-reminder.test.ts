import { describe, expect, it } from 'vitest';
import { SAVES_BEFORE_REMINDER, savesSince, shouldRemind } from './backup-reminder';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 10, minute)).toISOString();

describe('savesSince', () => {
  it('counts everything when there never was a backup', () => {
    expect(savesSince([at(1), at(2), at(3)], null)).toBe(3);
  });

  it('counts only what changed after the backup, not at the same moment', () => {
    expect(savesSince([at(1), at(5), at(6), at(9)], at(5))).toBe(2);
  });
});

describe('shouldRemind', () => {
  it('waits for five saves', () => {
    expect(SAVES_BEFORE_REMINDER).toBe(5);
    expect(shouldRemind(4, null)).toBe(false);
    expect(shouldRemind(5, null)).toBe(true);
  });

  it('after a dismissal, waits for five more', () => {
    expect(shouldRemind(6, 6)).toBe(false);
    expect(shouldRemind(10, 6)).toBe(false);
    expect(shouldRemind(11, 6)).toBe(true);
  });
});
