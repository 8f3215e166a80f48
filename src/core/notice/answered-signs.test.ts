import { describe, expect, it } from 'vitest';
import { answeredSigns, askedSigns, isAnsweredSign, signsFromAnswers } from './answered-signs';
import { min, session } from './test-data';
import { signIds } from './warning-signs';

describe('signs read from the session form’s answers', () => {
  it('splits the nine signs: four answered by questions, five still asked, none in both', () => {
    expect([...answeredSigns]).toEqual([
      'favors',
      'later-or-elsewhere',
      'touch',
      'outside-contact',
    ]);
    expect(askedSigns).toEqual([
      'body-comments',
      'special',
      'partners-run-down',
      'sex-talk',
      'own-love-life',
    ]);
    expect([...answeredSigns, ...askedSigns].sort()).toEqual([...signIds].sort());
    expect(isAnsweredSign('touch')).toBe(true);
    expect(isAnsweredSign('special')).toBe(false);
  });

  it('finds nothing in an ordinary session', () => {
    expect(signsFromAnswers(session())).toEqual([]);
    expect(signsFromAnswers(session({ touch: 'handshake', place: 'video' }))).toEqual([]);
  });

  it('reads each answer as its sign, in catalogue order', () => {
    expect(
      signsFromAnswers(
        session({ contactsBetween: 2, touch: 'hug', place: 'elsewhere', fee: 'waived' }),
      ),
    ).toEqual(['favors', 'later-or-elsewhere', 'touch', 'outside-contact']);
    expect(signsFromAnswers(session({ touch: 'other' }))).toEqual(['touch']);
    expect(signsFromAnswers(session({ contactsBetween: 1 }))).toEqual(['outside-contact']);
  });

  it('counts a session run 10 minutes over as a favor, but not 9', () => {
    expect(signsFromAnswers(session({ actualMinutes: min(60) }))).toEqual(['favors']);
    expect(signsFromAnswers(session({ actualMinutes: min(59) }))).toEqual([]);
  });

  it('does not read a reduced fee alone as a favor: it may be a sliding scale', () => {
    expect(signsFromAnswers(session({ fee: 'reduced' }))).toEqual([]);
  });
});
