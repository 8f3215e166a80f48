import type { OverridingId, WarningSignId } from '../notice/warning-signs';
import type { Draw, Question } from './answers';
import type { SuggestiveSign } from './session-facts';

/** A sign and the sessions (by id, oldest first) in which it was logged. */
export interface SignInSessions {
  readonly sign: WarningSignId;
  readonly sessionIds: readonly string[];
}

/**
 * Why an outcome was reached, as data: which answer, which logged sign, which
 * sessions. The UI catalog turns each kind into a plain sentence.
 */
export type Reason =
  // Stop and get support
  | { readonly kind: 'reported-contact' }
  | { readonly kind: 'reported-proposal' }
  | {
      readonly kind: 'logged-overriding';
      readonly sign: OverridingId;
      readonly sessionIds: readonly string[];
    }
  // Walk away
  | { readonly kind: 'suggestive-more-than-once' }
  | {
      readonly kind: 'suggestive-sign-recurs';
      readonly sign: SuggestiveSign;
      readonly sessionIds: readonly string[];
    }
  | { readonly kind: 'suggestive-and-unsafe'; readonly sessionIds: readonly string[] }
  | { readonly kind: 'signs-recur'; readonly signs: readonly SignInSessions[] }
  /**
   * Several different signs, each maybe only once. No longer reached: one-off entries
   * are noted, not a verdict. Kept so results saved before that change still read.
   */
  | { readonly kind: 'many-signs'; readonly signs: readonly SignInSessions[] }
  // Trust your gut — slow down
  | { readonly kind: 'feels-unsafe'; readonly source: 'comfort' | 'draw' }
  | { readonly kind: 'not-sure'; readonly question: Question; readonly skipped: boolean }
  | { readonly kind: 'gut-uneasy' }
  | { readonly kind: 'suggestive-once' }
  | { readonly kind: 'suggestive-draw' }
  | { readonly kind: 'draws-power-or-gaze'; readonly draws: readonly Draw[] }
  | { readonly kind: 'draws-other'; readonly draws: readonly Draw[] }
  | { readonly kind: 'some-signs'; readonly signs: readonly SignInSessions[] }
  | { readonly kind: 'log-locked' }
  // Noted, never deciding: a suggestive slip the therapist quickly repaired
  | { readonly kind: 'slip-repaired' }
  // Probably safe to talk about it
  | { readonly kind: 'warm-draws'; readonly draws: readonly Draw[] }
  | { readonly kind: 'plain-attraction'; readonly draws: readonly Draw[] }
  | { readonly kind: 'nothing-crossed' }
  | { readonly kind: 'no-signs-logged'; readonly sessionCount: number }
  | { readonly kind: 'at-most-awkward'; readonly comfort: 'comfortable' | 'only-awkward' }
  | { readonly kind: 'gut-clear' };

export type ReasonKind = Reason['kind'];
