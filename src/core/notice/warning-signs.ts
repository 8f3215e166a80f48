/*
 * The warning signs a person can tick after a session. The catalogue is data:
 * ids, kind and the sources behind each sign live here; the plain-language
 * name, example and "why it matters" live in the UI catalogue
 * (src/ui/i18n/en/notice.ts) so they can be translated.
 *
 * Sources are the ones checked in research/domain.md §2.1, §2.2, §2.5 and §3.
 */

export interface Source {
  readonly citation: string;
  readonly url?: string;
}

/** A sign is a step along a drift; an overriding event crosses the line on its own. */
export type SignKind = 'sign' | 'overriding';

export interface WarningSign {
  readonly id: WarningSignId;
  readonly kind: SignKind;
  readonly sources: readonly Source[];
}

export const signIds = [
  'body-comments',
  'special',
  'favors',
  'later-or-elsewhere',
  'touch',
  'outside-contact',
  'partners-run-down',
  'sex-talk',
  'own-love-life',
] as const;

export const overridingIds = ['romantic-proposal', 'sexual-contact'] as const;

export type SignId = (typeof signIds)[number];
export type OverridingId = (typeof overridingIds)[number];
export type WarningSignId = SignId | OverridingId;

const caBrochure: Source = {
  citation:
    'California Board of Psychology, Board of Behavioral Sciences and Department of Consumer Affairs, “Professional Therapy Never Includes Sex” (2011), warning signs; now “Therapy Never Includes Sexual Behavior”',
  url: 'https://solid.dca.ca.gov/publications/proftherapy.shtml',
};
const gutheilGabbard: Source = {
  citation:
    'Gutheil T.G. & Gabbard G.O. (1993), “The concept of boundaries in clinical practice”, American Journal of Psychiatry 150(2):188–196 (boundary areas: time, place, money, self-disclosure, physical contact, role)',
  url: 'https://pubmed.ncbi.nlm.nih.gov/8422069/',
};
const norris: Source = {
  citation:
    'Norris D.M., Gutheil T.G. & Strasburger L.H. (2003), “This couldn’t happen to me”, Psychiatric Services 54(4):517–522 (the “special” patient)',
  url: 'https://ps.psychiatryonline.org/doi/full/10.1176/appi.ps.54.4.517',
};
const texasRule: Source = {
  citation:
    'Texas State Board of Examiners of Psychologists, 22 TAC §465.33 (sexual impropriety includes comments about a person’s body, asking for sexual details that are not clinically needed, and asking for a date)',
};
const psychiatryCues: Source = {
  citation:
    'American Psychiatric Association Ethics Committee, warning cues for patients (as reported): fees waived or cut, sessions regularly extended, personal disclosure, “comforting” touch',
  url: 'https://dev.healthyplace.com/depression/articles/shame-dateline',
};
const naswTechnology: Source = {
  citation:
    'NASW Code of Ethics 1.09(a): no sexual contact or sexual communication with clients, in person or through technology',
};
const everyCode: Source = {
  citation:
    'APA Ethics Code 10.05; ACA Code A.5.a; NASW Code 1.09(a); AAMFT Code 1.4; AMA Opinion 9.1.1: sexual or romantic relationships with current clients are forbidden, whoever starts them',
};

export const warningSigns: readonly WarningSign[] = [
  { id: 'body-comments', kind: 'sign', sources: [texasRule, caBrochure] },
  { id: 'special', kind: 'sign', sources: [caBrochure, norris] },
  { id: 'favors', kind: 'sign', sources: [psychiatryCues, gutheilGabbard] },
  { id: 'later-or-elsewhere', kind: 'sign', sources: [caBrochure, gutheilGabbard] },
  { id: 'touch', kind: 'sign', sources: [caBrochure, psychiatryCues, gutheilGabbard] },
  { id: 'outside-contact', kind: 'sign', sources: [caBrochure, naswTechnology] },
  // No authority we checked lists running down a client's partner on its own
  // (research/domain.md §2.5 marks it [L]); it stays because the guidance this
  // app is built on names it, and it is a self-disclosure and role problem.
  { id: 'partners-run-down', kind: 'sign', sources: [gutheilGabbard] },
  { id: 'sex-talk', kind: 'sign', sources: [texasRule] },
  { id: 'own-love-life', kind: 'sign', sources: [caBrochure, psychiatryCues, gutheilGabbard] },
  { id: 'romantic-proposal', kind: 'overriding', sources: [texasRule, everyCode] },
  { id: 'sexual-contact', kind: 'overriding', sources: [everyCode, naswTechnology] },
];

export function isOverriding(id: WarningSignId): id is OverridingId {
  return (overridingIds as readonly string[]).includes(id);
}

export function isWarningSignId(text: string): text is WarningSignId {
  return warningSigns.some((sign) => sign.id === text);
}
