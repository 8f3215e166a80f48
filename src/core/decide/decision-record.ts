import * as v from 'valibot';
import { overridingIds, warningSigns } from '../notice/warning-signs';
import type { RecordType } from '../vault/record-type';
import {
  type Answers,
  comfortAnswers,
  draws,
  type Question,
  questions,
  suggestiveAnswers,
  yesNoAnswers,
} from './answers';
import type { Decision } from './decide';
import { outcomes } from './outcomes';
import type { Reason } from './reasons';
import { suggestiveSigns } from './session-facts';

const answersSchema = v.object({
  draws: v.optional(v.array(v.picklist(draws))),
  suggestive: v.optional(v.picklist(suggestiveAnswers)),
  proposal: v.optional(v.picklist(yesNoAnswers)),
  contact: v.optional(v.picklist(yesNoAnswers)),
  comfort: v.optional(v.picklist(comfortAnswers)),
  gut: v.optional(v.picklist(yesNoAnswers)),
});

/** Where the person was when they left: a question, the check page or the result. */
export type DecisionStep = Question | 'check' | 'result';

/**
 * Answers in progress, kept only when the person chose to save them, so that
 * leaving mid-way and coming back resumes where they were. One at most.
 */
export interface DecisionProgress {
  readonly answers: Answers;
  readonly step: DecisionStep;
}

export const decisionProgressType: RecordType<DecisionProgress> = {
  name: 'decision-progress',
  version: 1,
  schema: v.object({
    answers: answersSchema,
    step: v.picklist([...questions, 'check', 'result']),
  }),
  migrations: {},
};

const ids = v.array(v.string());
const sign = v.picklist(warningSigns.map((s) => s.id));
const signInSessions = v.object({ sign, sessionIds: ids });
const reasonSchema = v.variant('kind', [
  v.object({ kind: v.literal('reported-contact') }),
  v.object({ kind: v.literal('reported-proposal') }),
  v.object({
    kind: v.literal('logged-overriding'),
    sign: v.picklist(overridingIds),
    sessionIds: ids,
  }),
  v.object({ kind: v.literal('suggestive-more-than-once') }),
  v.object({
    kind: v.literal('suggestive-sign-recurs'),
    sign: v.picklist(suggestiveSigns),
    sessionIds: ids,
  }),
  v.object({ kind: v.literal('suggestive-and-unsafe'), sessionIds: ids }),
  v.object({ kind: v.literal('signs-recur'), signs: v.array(signInSessions) }),
  v.object({ kind: v.literal('many-signs'), signs: v.array(signInSessions) }),
  v.object({ kind: v.literal('feels-unsafe'), source: v.picklist(['comfort', 'draw']) }),
  v.object({ kind: v.literal('not-sure'), question: v.picklist(questions), skipped: v.boolean() }),
  v.object({ kind: v.literal('gut-uneasy') }),
  v.object({ kind: v.literal('suggestive-once') }),
  v.object({ kind: v.literal('suggestive-draw') }),
  v.object({ kind: v.literal('draws-power-or-gaze'), draws: v.array(v.picklist(draws)) }),
  v.object({ kind: v.literal('draws-other'), draws: v.array(v.picklist(draws)) }),
  v.object({ kind: v.literal('some-signs'), signs: v.array(signInSessions) }),
  v.object({ kind: v.literal('log-locked') }),
  v.object({ kind: v.literal('slip-repaired') }),
  v.object({ kind: v.literal('warm-draws'), draws: v.array(v.picklist(draws)) }),
  v.object({ kind: v.literal('plain-attraction'), draws: v.array(v.picklist(draws)) }),
  v.object({ kind: v.literal('nothing-crossed') }),
  v.object({ kind: v.literal('no-signs-logged'), sessionCount: v.number() }),
  v.object({
    kind: v.literal('at-most-awkward'),
    comfort: v.picklist(['comfortable', 'only-awkward']),
  }),
  v.object({ kind: v.literal('gut-clear') }),
]) satisfies v.GenericSchema<unknown, Reason>;

/**
 * A finished decision as it was on the day: the answers, the outcome and the
 * reasons. Kept as reached, not recomputed, so a later change to the session
 * log does not silently rewrite what the person saw and acted on.
 */
export interface SavedDecision extends Decision {
  /** When the outcome was reached (ISO 8601). */
  readonly decidedAt: string;
  readonly answers: Answers;
}

export const savedDecisionType: RecordType<SavedDecision> = {
  name: 'decision-result',
  version: 1,
  schema: v.object({
    decidedAt: v.pipe(v.string(), v.isoTimestamp()),
    answers: answersSchema,
    outcome: v.picklist(outcomes),
    reasons: v.pipe(v.array(reasonSchema), v.minLength(1)),
    alsoNoted: v.array(reasonSchema),
  }),
  migrations: {},
};
