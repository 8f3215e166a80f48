import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { decide } from './decide';
import {
  allResponseSigns,
  checkResponse,
  outcomeOfResponse,
  type ResponseResult,
  type ResponseSign,
  responseResults,
  responseSigns,
} from './response-check';
import { responseCheckType } from './response-check-record';

const rows: {
  when: string;
  signs: ResponseSign[];
  result: ResponseResult;
  reasons: ResponseSign[];
}[] = [
  {
    when: 'they stayed calm, were curious and kept the focus on the person',
    signs: ['stayed-calm', 'curious', 'focus-on-me'],
    result: 'good',
    reasons: ['stayed-calm', 'curious', 'focus-on-me'],
  },
  {
    when: 'they were clear and kind about the boundary',
    signs: ['clear-kind-boundary'],
    result: 'good',
    reasons: ['clear-kind-boundary'],
  },
  {
    when: 'they panicked',
    signs: ['panicked'],
    result: 'not-ready',
    reasons: ['panicked'],
  },
  {
    when: 'they shut the subject down, even though they stayed calm',
    signs: ['stayed-calm', 'shut-it-down'],
    result: 'not-ready',
    reasons: ['shut-it-down'],
  },
  {
    when: 'they referred the person away',
    signs: ['referred-away'],
    result: 'not-ready',
    reasons: ['referred-away'],
  },
  {
    when: 'they seemed shocked and made the person feel ashamed',
    signs: ['shocked-or-upset', 'shamed-me'],
    result: 'not-ready',
    reasons: ['shocked-or-upset', 'shamed-me'],
  },
  {
    when: 'they showed interest back',
    signs: ['showed-interest'],
    result: 'unethical',
    reasons: ['showed-interest'],
  },
  {
    when: 'they said they feel the same, calmly and kindly',
    signs: ['stayed-calm', 'clear-kind-boundary', 'feels-the-same'],
    result: 'unethical',
    reasons: ['feels-the-same'],
  },
  {
    when: 'they said this case is special',
    signs: ['said-special'],
    result: 'unethical',
    reasons: ['said-special'],
  },
  {
    when: 'they suggested meeting outside therapy, after panicking',
    signs: ['panicked', 'suggested-meeting'],
    result: 'unethical',
    reasons: ['suggested-meeting'],
  },
  {
    when: 'they touched the person',
    signs: ['touched-me'],
    result: 'unethical',
    reasons: ['touched-me'],
  },
  {
    when: 'they hinted at something once therapy ends',
    signs: ['hinted-after-therapy'],
    result: 'stop',
    reasons: ['hinted-after-therapy'],
  },
  {
    when: 'they hinted at something after therapy and said the case is special',
    signs: ['said-special', 'hinted-after-therapy', 'stayed-calm'],
    result: 'stop',
    reasons: ['hinted-after-therapy'],
  },
];

describe('checkResponse follows the response table', () => {
  for (const row of rows) {
    it(`says “${row.result}” when ${row.when}`, () => {
      expect(checkResponse(row.signs)).toEqual({ result: row.result, reasons: row.reasons });
    });
  }

  it('lists every sign once, reassuring ones first and the most serious last', () => {
    expect(allResponseSigns).toEqual([
      'stayed-calm',
      'not-shocked',
      'curious',
      'clear-kind-boundary',
      'focus-on-me',
      'panicked',
      'shut-it-down',
      'referred-away',
      'shocked-or-upset',
      'shamed-me',
      'showed-interest',
      'feels-the-same',
      'said-special',
      'suggested-meeting',
      'touched-me',
      'hinted-after-therapy',
    ]);
  });

  it('has nothing to judge when no sign was chosen', () => {
    expect(checkResponse([])).toBeNull();
  });
});

describe('the response check and Decide agree', () => {
  it('a hint at a relationship after therapy is “Stop and get support” in both', () => {
    const check = checkResponse(['hinted-after-therapy']);
    const answered = decide({ proposal: 'yes' }, []);
    expect(check && outcomeOfResponse[check.result]).toBe('stop');
    expect(answered.outcome).toBe('stop');
  });

  it('showing interest back is “walk away” in the response check', () => {
    const check = checkResponse(['showed-interest']);
    expect(check && outcomeOfResponse[check.result]).toBe('walk-away');
  });
});

describe('checkResponse, for any choice of signs', () => {
  // Built inside each test, not while the file is collected: were the list ever empty, the
  // tests would fail by name instead of the whole file failing to load (which a mutation run
  // does not count as a failed test).
  const someSigns = () => fc.uniqueArray(fc.constantFrom(...allResponseSigns), { minLength: 1 });

  it('lets the most serious result win: a stop sign means stop, then any unethical sign', () => {
    fc.assert(
      fc.property(someSigns(), (signs) => {
        const check = checkResponse(signs);
        const mostSerious = responseResults.find((result) =>
          signs.some((sign) => (responseSigns[result] as readonly string[]).includes(sign)),
        );
        expect(check?.result).toBe(mostSerious);
      }),
      { numRuns: 1000 },
    );
  });

  it('names only chosen signs of the winning result as its reasons, never none', () => {
    fc.assert(
      fc.property(someSigns(), (signs) => {
        const check = checkResponse(signs);
        expect(check?.reasons.length).toBeGreaterThan(0);
        for (const reason of check?.reasons ?? []) {
          expect(signs).toContain(reason);
          expect(responseSigns[check?.result ?? 'good'] as readonly string[]).toContain(reason);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('produces checks the vault accepts, with the day of the conversation', () => {
    fc.assert(
      fc.property(someSigns(), (signs) => {
        const check = checkResponse(signs);
        const saved = {
          ...check,
          signs,
          conversationDate: '2024-05-02',
          checkedAt: new Date(0).toISOString(),
        };
        expect(v.safeParse(responseCheckType.schema, saved).success).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('rejects a saved check with no day or an unknown sign', () => {
    const good = { result: 'good', reasons: ['curious'], signs: ['curious'] };
    const at = new Date(0).toISOString();
    expect(v.safeParse(responseCheckType.schema, { ...good, checkedAt: at }).success).toBe(false);
    expect(
      v.safeParse(responseCheckType.schema, {
        ...good,
        signs: ['winked'],
        conversationDate: '2024-05-02',
        checkedAt: at,
      }).success,
    ).toBe(false);
  });
});
