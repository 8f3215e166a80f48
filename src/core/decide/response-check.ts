import type { Outcome } from './outcomes';

/**
 * After the conversation (PRODUCT.md §5): what the therapist did when the
 * person raised their feelings, and what it means. The most serious result
 * that applies wins, so warmth never hides a line being crossed: a therapist
 * can be calm and kind and still show interest back.
 *
 * | result    | when (any of)                                                      | what it means                      |
 * |-----------|--------------------------------------------------------------------|------------------------------------|
 * | stop      | hinted at a relationship once therapy ends                         | stop and get support (the Stop     |
 * |           |                                                                    | outcome: a hint of a relationship  |
 * |           |                                                                    | is Stop in Decide too)             |
 * | unethical | showed interest back; said they feel the same; said your case is   | walk away (the Walk away outcome)  |
 * |           | special or different; suggested meeting outside therapy; touched   |                                    |
 * |           | you or moved closer                                                |                                    |
 * | not-ready | panicked or got flustered; shut the subject down; referred you     | not your fault: they were not      |
 * |           | away or ended therapy; seemed shocked or upset; made you feel      | ready; an experienced therapist    |
 * |           | ashamed                                                            | can help                           |
 * | good      | only: stayed calm; was not shocked; was curious about what the     | keep going: this can deepen the    |
 * |           | feeling means; clear and kind about the boundary; kept the focus   | work                               |
 * |           | on you                                                             |                                    |
 */
export const responseResults = ['stop', 'unethical', 'not-ready', 'good'] as const;
export type ResponseResult = (typeof responseResults)[number];

/**
 * The Decide outcome each result belongs to, so the same event reads the same in both
 * places: "not ready" and "good" are about the therapist's skill, not a line crossed.
 */
export const outcomeOfResponse = {
  stop: 'stop',
  unethical: 'walk-away',
  'not-ready': null,
  good: null,
} as const satisfies Record<ResponseResult, Outcome | null>;

export const responseSigns = {
  stop: ['hinted-after-therapy'],
  good: ['stayed-calm', 'not-shocked', 'curious', 'clear-kind-boundary', 'focus-on-me'],
  'not-ready': ['panicked', 'shut-it-down', 'referred-away', 'shocked-or-upset', 'shamed-me'],
  unethical: [
    'showed-interest',
    'feels-the-same',
    'said-special',
    'suggested-meeting',
    'touched-me',
  ],
} as const satisfies Record<ResponseResult, readonly string[]>;

export type ResponseSign = (typeof responseSigns)[ResponseResult][number];

/** Every sign, in the order the check lists them. */
export const allResponseSigns: readonly ResponseSign[] = [
  ...responseSigns.good,
  ...responseSigns['not-ready'],
  ...responseSigns.unethical,
  ...responseSigns.stop,
];

export interface ResponseCheck {
  readonly result: ResponseResult;
  /** The signs that led to the result, in the order they are listed. Never empty. */
  readonly reasons: readonly ResponseSign[];
}

/** The result of the check, or null when no sign was chosen: there is nothing to judge. */
export function checkResponse(signs: readonly ResponseSign[]): ResponseCheck | null {
  for (const result of responseResults) {
    const listed: readonly ResponseSign[] = responseSigns[result];
    const reasons = listed.filter((sign) => signs.includes(sign));
    if (reasons.length > 0) return { result, reasons };
  }
  return null;
}
