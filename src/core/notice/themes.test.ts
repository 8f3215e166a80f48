import { describe, expect, it } from 'vitest';
import { detectDrift } from './drift';
import { at, min, weekly } from './test-data';
import { compareSeverity, groupByTheme, splitShown, THEMES_SHOWN, themeOf } from './themes';

/** Six weekly sessions that drift on every front, as in the Notice journey. */
const drifting = weekly(
  {},
  {},
  { start: at('17:30'), actualMinutes: min(62), contactsBetween: 1, touch: 'hug' },
  {
    start: at('18:30'),
    actualMinutes: min(70),
    fee: 'waived',
    contactsBetween: 3,
    touch: 'hug',
    signs: ['special', 'touch'],
  },
  {
    start: at('19:00'),
    actualMinutes: min(80),
    fee: 'waived',
    contactsBetween: 6,
    touch: 'hug',
    signs: ['special', 'touch', 'outside-contact'],
  },
  {
    start: at('19:30'),
    actualMinutes: min(90),
    fee: 'waived',
    contactsBetween: 9,
    touch: 'hug',
    signs: ['touch'],
  },
);
const order = drifting.map((s) => s.id);

describe('findings grouped by theme', () => {
  it('merges a touch rule and a recurring touch tick into one theme, with every session behind either', () => {
    const findings = detectDrift(drifting);
    expect(findings.filter((f) => themeOf(f) === 'touch').map((f) => f.rule)).toEqual([
      'touch-routine',
      'sign-recurring',
    ]);
    const touch = groupByTheme(findings, order).find((t) => t.theme === 'touch');
    expect(touch?.findings).toHaveLength(2);
    expect(touch?.sessionIds).toEqual(['s3', 's4', 's5', 's6']);
    expect(touch?.first).toBe('2024-01-22');
    expect(touch?.last).toBe('2024-02-12');
  });

  it('reads sessions running over, getting longer and a waived fee as one theme of favors', () => {
    const themes = groupByTheme(detectDrift(drifting), order);
    const favors = themes.find((t) => t.theme === 'favors');
    expect(favors?.findings.map((f) => f.rule)).toEqual([
      'running-over',
      'getting-longer',
      'fee-reduced',
    ]);
    expect(themes.map((t) => t.theme)).toEqual([
      'favors',
      'later-or-elsewhere',
      'touch',
      'outside-contact',
      'special',
    ]);
  });

  it('puts an overriding event first, then suggestive remarks, whatever else there is', () => {
    const log = weekly(
      { signs: ['body-comments'], touch: 'hug' },
      { signs: ['body-comments'], touch: 'hug' },
      { signs: ['romantic-proposal'], touch: 'hug' },
      { touch: 'hug' },
    );
    const themes = groupByTheme(
      detectDrift(log),
      log.map((s) => s.id),
    );
    expect(themes.map((t) => t.theme)).toEqual(['romantic-proposal', 'body-comments', 'touch']);
  });

  it('ranks a recent pattern above an older one with more sessions', () => {
    const log = weekly(
      { fee: 'waived' },
      { fee: 'waived' },
      { fee: 'waived' },
      {},
      {},
      {},
      {},
      { signs: ['special'] },
      { signs: ['special'] },
    );
    const themes = groupByTheme(
      detectDrift(log),
      log.map((s) => s.id),
    );
    expect(themes.map((t) => [t.theme, t.recent, t.sessionIds.length])).toEqual([
      ['special', true, 2],
      ['favors', false, 3],
    ]);
    const [special, favors] = themes;
    if (!special || !favors) throw new Error('two themes expected');
    expect(compareSeverity(special, favors)).toBeLessThan(0);
    expect(compareSeverity(favors, special)).toBeGreaterThan(0);
  });

  it('shows three themes and keeps the rest for "Show all"', () => {
    const themes = groupByTheme(detectDrift(drifting), order);
    const { shown, more } = splitShown(themes);
    expect(THEMES_SHOWN).toBe(3);
    expect(shown.map((t) => t.theme)).toEqual(['favors', 'later-or-elsewhere', 'touch']);
    expect(more.map((t) => t.theme)).toEqual(['outside-contact', 'special']);
  });

  it('has nothing to show for a log without findings', () => {
    expect(splitShown(groupByTheme([], []))).toEqual({ shown: [], more: [] });
  });
});
