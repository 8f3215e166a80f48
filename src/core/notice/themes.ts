import type { Finding } from './drift';
import type { LocalDate } from './session';
import { type WarningSignId, warningSigns } from './warning-signs';

/*
 * Findings, one per theme. detectDrift names each pattern by the rule that
 * caught it, so one worry could show up twice: "a hug or other touch at 3
 * sessions" (the touch rule) next to "You noted 'They touched me' in 3
 * sessions" (the recurring tick). A theme is the warning sign a finding is
 * about, from the catalogue every screen already uses; the findings of one
 * theme are shown together, as one card.
 */

/** Which sign each rule is about. Sessions running over and fees cut are both favors. */
export function themeOf(finding: Finding): WarningSignId {
  switch (finding.rule) {
    case 'overriding-event':
      return finding.event;
    case 'sign-recurring':
      return finding.sign;
    case 'running-over':
    case 'getting-longer':
    case 'fee-reduced':
      return 'favors';
    case 'later-start':
    case 'off-site':
      return 'later-or-elsewhere';
    case 'contact-between':
      return 'outside-contact';
    case 'touch-routine':
      return 'touch';
  }
}

export interface ThemeFinding {
  readonly theme: WarningSignId;
  /** The findings of this theme, in detectDrift's order. Never empty. */
  readonly findings: readonly Finding[];
  /** Every session behind any of them, each once, oldest first. */
  readonly sessionIds: readonly string[];
  readonly first: LocalDate;
  readonly last: LocalDate;
  readonly recent: boolean;
}

/** How many themes a screen shows before "Show all". */
export const THEMES_SHOWN = 3;

/*
 * Most serious first:
 * 1. the overriding events (sexual contact, then a romantic or sexual proposal): each crosses
 *    the line on its own;
 * 2. suggestive remarks (comments on the body, steering talk to sex): the decision aid counts
 *    these repeated as reason enough to walk away, without any other sign;
 * 3. everything else.
 * Within a tier, a pattern that reaches into the latest sessions comes before one that ended
 * earlier, then more sessions before fewer, then the catalogue's order, so the order is total
 * and the same log always reads the same way.
 */
const tierOf = (theme: WarningSignId): number =>
  theme === 'sexual-contact'
    ? 0
    : theme === 'romantic-proposal'
      ? 1
      : theme === 'body-comments' || theme === 'sex-talk'
        ? 2
        : 3;

const catalogueIndex = (theme: WarningSignId): number =>
  warningSigns.findIndex((sign) => sign.id === theme);

/** Negative when `a` is more serious than `b`; zero only for the same theme. */
export function compareSeverity(a: ThemeFinding, b: ThemeFinding): number {
  return (
    tierOf(a.theme) - tierOf(b.theme) ||
    Number(b.recent) - Number(a.recent) ||
    b.sessionIds.length - a.sessionIds.length ||
    catalogueIndex(a.theme) - catalogueIndex(b.theme)
  );
}

/**
 * Groups findings by theme, most serious first. `order` is the log's sessions
 * oldest first (readSessionLog's order), so a theme's sessions keep it.
 */
export function groupByTheme(
  findings: readonly Finding[],
  order: readonly string[],
): ThemeFinding[] {
  const byTheme = new Map<WarningSignId, Finding[]>();
  for (const finding of findings) {
    const theme = themeOf(finding);
    byTheme.set(theme, [...(byTheme.get(theme) ?? []), finding]);
  }
  const position = new Map(order.map((id, i) => [id, i]));
  const themes: ThemeFinding[] = [];
  for (const [theme, parts] of byTheme) {
    const firsts = parts.map((f) => f.first).sort();
    const lasts = parts.map((f) => f.last).sort();
    const first = firsts[0];
    const last = lasts[lasts.length - 1];
    if (!first || !last) continue;
    const ids = [...new Set(parts.flatMap((f) => f.sessionIds))].sort(
      (a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0),
    );
    themes.push({
      theme,
      findings: parts,
      sessionIds: ids,
      first,
      last,
      recent: parts.some((f) => f.recent),
    });
  }
  return themes.sort(compareSeverity);
}

/** The themes shown at once, and the rest behind "Show all". */
export function splitShown(themes: readonly ThemeFinding[]): {
  shown: ThemeFinding[];
  more: ThemeFinding[];
} {
  return { shown: themes.slice(0, THEMES_SHOWN), more: themes.slice(THEMES_SHOWN) };
}
