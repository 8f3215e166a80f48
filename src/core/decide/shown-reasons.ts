import { type Question, questions } from './answers';
import type { Decision } from './decide';
import type { Reason } from './reasons';

/** One line of a result as it is shown: a reason, or all skipped questions said together. */
export type ShownLine =
  | { readonly kind: 'reason'; readonly reason: Reason }
  | { readonly kind: 'skipped'; readonly questions: readonly Question[] };

export interface ShownReasons {
  /** Under "Why we think this". */
  readonly why: readonly ShownLine[];
  /** Under "Other things we noticed"; empty when there is nothing more to say. */
  readonly also: readonly ShownLine[];
}

/**
 * What a result page shows of a decision, so that each thing is said once. The decision
 * (decide.ts) keeps every reason and is what gets saved; this only chooses how it reads:
 * - skipped questions become one line ("You skipped 4 questions: …") where the first was;
 * - a recurring suggestive sign that a "several signs came back" reason already lists,
 *   with its dates, is not said again on its own;
 * - a logged sign already named by a reason above is left out of a later "your log shows
 *   a warning sign" list, and that line goes when no sign is left in it;
 * - "you sense they might make you unsafe" goes when "something suggestive happened and
 *   you sense they might make you unsafe" already says it.
 */
export function shownReasons(decision: Decision): ShownReasons {
  const all = [...decision.reasons, ...decision.alsoNoted];
  const skipped = questions.filter((q) =>
    all.some((r) => r.kind === 'not-sure' && r.skipped && r.question === q),
  );
  // The reasons come first, so what they name is not named again among the other things.
  const named = new Set<string>();
  const keep = (list: readonly Reason[]) =>
    list.flatMap((reason) => {
      const shown = withoutRepeats(reason, all, named);
      if (shown) for (const sign of signsNamed(shown)) named.add(sign);
      return shown ? [shown] : [];
    });
  const why = keep(decision.reasons);
  const also = keep(decision.alsoNoted);
  return { why: lines(why, skipped), also: lines(also, skipped) };
}

/** A reason with what was said before taken out, or null when nothing is left of it. */
function withoutRepeats(
  reason: Reason,
  all: readonly Reason[],
  named: ReadonlySet<string>,
): Reason | null {
  switch (reason.kind) {
    case 'suggestive-sign-recurs': {
      const listed = all.some(
        (r) => r.kind === 'signs-recur' && r.signs.some((s) => s.sign === reason.sign),
      );
      return listed ? null : reason;
    }
    case 'some-signs': {
      const signs = reason.signs.filter((s) => !named.has(s.sign));
      if (signs.length === 0) return null;
      return signs.length === reason.signs.length ? reason : { ...reason, signs };
    }
    case 'feels-unsafe':
      return reason.source === 'comfort' && all.some((r) => r.kind === 'suggestive-and-unsafe')
        ? null
        : reason;
    default:
      return reason;
  }
}

/** The logged signs a reason names with their dates. */
function signsNamed(reason: Reason): string[] {
  switch (reason.kind) {
    case 'logged-overriding':
    case 'suggestive-sign-recurs':
      return [reason.sign];
    case 'signs-recur':
    case 'many-signs':
      return reason.signs.map((s) => s.sign);
    default:
      return [];
  }
}

function lines(reasons: readonly Reason[], skipped: readonly Question[]): ShownLine[] {
  const out: ShownLine[] = [];
  let skippedSaid = false;
  for (const reason of reasons) {
    if (reason.kind === 'not-sure' && reason.skipped) {
      if (!skippedSaid) out.push({ kind: 'skipped', questions: skipped });
      skippedSaid = true;
    } else {
      out.push({ kind: 'reason', reason });
    }
  }
  return out;
}
