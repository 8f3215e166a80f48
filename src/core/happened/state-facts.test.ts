import { describe, expect, it } from 'vitest';
import { stateFacts } from './state-facts';

describe('what the app can say about a state', () => {
  it('names the criminal statute and the later therapist’s duties where both are known', () => {
    const texas = stateFacts('TX');
    expect(texas.criminal?.citation).toBe('Tex. Penal Code § 22.011');
    expect(texas.laterTherapist?.citation).toBe('Tex. Civ. Prac. & Rem. Code § 81.006');
  });

  it('knows a later therapist’s duties in exactly California, Rhode Island, Texas, Virginia and Wisconsin', () => {
    const withDuties = (['CA', 'RI', 'TX', 'VA', 'WI', 'NY', 'OH', 'AK'] as const).filter(
      (state) => stateFacts(state).laterTherapist !== null,
    );
    expect(withDuties).toEqual(['CA', 'RI', 'TX', 'VA', 'WI']);
  });

  it('claims no statute for a state whose law our research did not see, rather than saying there is none', () => {
    expect(stateFacts('NY')).toEqual({ criminal: null, laterTherapist: null });
    expect(stateFacts('VA').criminal).toBeNull();
  });
});
