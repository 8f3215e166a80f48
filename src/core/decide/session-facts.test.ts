import { describe, expect, it } from 'vitest';
import { weekly } from '../notice/test-data';
import { signsInLog } from './session-facts';

describe('signsInLog', () => {
  // The Notice form reads these four from its own questions instead of asking them again as
  // tick boxes; Decide must still count a single answered hug as a logged sign.
  it('counts the signs a session answers by itself, as the old tick boxes did', () => {
    const log = weekly(
      { touch: 'hug' },
      { fee: 'waived' },
      { place: 'elsewhere' },
      {
        contactsBetween: 2,
      },
    );
    expect(signsInLog(log)).toEqual([
      { sign: 'favors', sessionIds: ['s2'] },
      { sign: 'later-or-elsewhere', sessionIds: ['s3'] },
      { sign: 'touch', sessionIds: ['s1'] },
      { sign: 'outside-contact', sessionIds: ['s4'] },
    ]);
  });

  it('names each session once when a sign is both ticked and answered', () => {
    const log = weekly({ touch: 'hug', signs: ['touch'] });
    expect(signsInLog(log)).toEqual([{ sign: 'touch', sessionIds: ['s1'] }]);
  });

  it('finds nothing in uneventful sessions', () => {
    expect(signsInLog(weekly({}, {}, {}))).toEqual([]);
  });
});
