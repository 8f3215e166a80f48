import { describe, expect, it } from 'vitest';
import { isHttpsUrl } from './schema';
import { criminalStatutes, laterTherapistDuties } from './state-laws';
import { statesWhoseCriminalLawCoversUnlicensed, unlicensedRoutes } from './unlicensed-routes';

describe('state laws the app may cite', () => {
  it('name the five states where a later therapist has duties when told', () => {
    expect(laterTherapistDuties.map((d) => d.state)).toEqual(['CA', 'RI', 'TX', 'VA', 'WI']);
  });

  it('list each criminal statute once, with an https source', () => {
    const states = criminalStatutes.map((s) => s.state);
    expect(new Set(states).size).toBe(states.length);
    for (const s of [...criminalStatutes, ...laterTherapistDuties])
      expect(isHttpsUrl(s.source)).toBe(true);
  });
});

describe('routes for people harmed by an unlicensed practitioner or coach', () => {
  it('offer criminal, civil, unlicensed-practice and support routes, each sourced', () => {
    expect(unlicensedRoutes.map((r) => r.route)).toEqual([
      'criminal',
      'civil',
      'unlicensed-practice-report',
      'support',
    ]);
    for (const r of unlicensedRoutes) {
      expect(r.sources.length).toBeGreaterThan(0);
      for (const s of r.sources) expect(isHttpsUrl(s)).toBe(true);
    }
  });

  it('know which criminal laws reach unlicensed people', () => {
    expect(statesWhoseCriminalLawCoversUnlicensed).toEqual(['CA', 'CO', 'IA', 'MN', 'TX', 'WI']);
  });
});
