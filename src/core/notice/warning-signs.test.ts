import { describe, expect, it } from 'vitest';
import { isOverriding, overridingIds, signIds, warningSigns } from './warning-signs';

describe('the warning-sign catalogue', () => {
  it('holds the nine signs and the two overriding events, each once', () => {
    expect(warningSigns.map((s) => s.id)).toEqual([...signIds, ...overridingIds]);
    expect(signIds).toHaveLength(9);
    expect(overridingIds).toHaveLength(2);
  });

  it('marks exactly the overriding events as overriding', () => {
    for (const sign of warningSigns) expect(sign.kind === 'overriding').toBe(isOverriding(sign.id));
  });

  it('gives every sign at least one source', () => {
    for (const sign of warningSigns) expect(sign.sources.length).toBeGreaterThan(0);
  });

  it('links only to https addresses', () => {
    for (const source of warningSigns.flatMap((s) => s.sources)) {
      if (source.url) expect(source.url).toMatch(/^https:\/\//);
    }
  });
});
