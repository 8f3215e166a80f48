import type { StateCode } from './states';

/**
 * State laws the complaint helper may mention, limited to what our research
 * marked as seen in the primary text ([H] in research/domain.md §4). Where a
 * state is not listed the app says, in general terms, that more than 20 states
 * make this a crime; it never implies that an unlisted state has no law.
 */

/** MacIntyre & Appel (2020), J Am Acad Psychiatry Law 48(2):166–175, tables 1–2. */
export const jaaplTablesUrl =
  'https://jaapl.org/content/early/2020/02/12/JAAPL.003911-20/tab-figures-data';

/** What a later therapist must do when a client says a previous therapist had sexual contact with them. */
export type LaterTherapistDuty =
  /** Give the client the state's brochure and talk it through with them. */
  | 'give-brochure-and-discuss'
  /** Ask whether the client wants the matter reported. */
  | 'ask-whether-to-report'
  /** Report when the client says yes. */
  | 'report-if-client-agrees'
  /** Report, and tell the client about the report. */
  | 'report-and-tell-client'
  /** Ask whether the client wants to stay anonymous in the report. */
  | 'ask-about-anonymity'
  /** Tell the client they have the right to report to the licensing agency. */
  | 'tell-right-to-report'
  /** Give the client the agency's toll-free complaint line. */
  | 'give-complaint-hotline'
  /** Report to the district attorney as well as the licensing agency, within 30 days. */
  | 'report-to-district-attorney';

export interface LaterTherapistDuties {
  readonly state: StateCode;
  readonly citation: string;
  readonly duties: readonly LaterTherapistDuty[];
  readonly source: string;
}

export const laterTherapistDuties: readonly LaterTherapistDuties[] = [
  {
    state: 'CA',
    citation: 'Cal. Bus. & Prof. Code § 728',
    duties: ['give-brochure-and-discuss'],
    source: 'https://codes.findlaw.com/ca/business-and-professions-code/bpc-sect-728/',
  },
  {
    state: 'RI',
    citation: 'R.I. Gen. Laws § 5-63.1-2',
    duties: ['ask-whether-to-report', 'report-if-client-agrees'],
    source: jaaplTablesUrl,
  },
  {
    state: 'TX',
    citation: 'Tex. Civ. Prac. & Rem. Code § 81.006',
    duties: ['report-and-tell-client', 'ask-about-anonymity'],
    source: jaaplTablesUrl,
  },
  {
    state: 'VA',
    citation: 'Va. Code § 54.1-2400.4',
    duties: ['tell-right-to-report', 'give-complaint-hotline'],
    source: jaaplTablesUrl,
  },
  {
    state: 'WI',
    citation: 'Wis. Stat. § 940.22(3)',
    duties: ['ask-whether-to-report', 'report-if-client-agrees', 'report-to-district-attorney'],
    source: jaaplTablesUrl,
  },
];

export interface CriminalStatute {
  readonly state: StateCode;
  readonly citation: string;
  /** True where the statute's text reaches people who are not licensed (or who only claim to do therapy). */
  readonly coversUnlicensed: boolean;
  readonly source: string;
}

/**
 * States whose criminal statute on therapist–client sexual contact our
 * research saw in the primary text or a faithful copy. Not a complete list.
 */
export const criminalStatutes: readonly CriminalStatute[] = [
  { state: 'AZ', citation: 'A.R.S. § 13-1418', coversUnlicensed: false, source: jaaplTablesUrl },
  {
    state: 'CA',
    citation: 'Cal. Bus. & Prof. Code § 729',
    // § 729(a) names "any person holding himself or herself out to be" a psychotherapist, too.
    coversUnlicensed: true,
    source:
      'https://ca.codecond.com/codes/bpc/division-2-healing-arts/chapter-1-general-provisions/article-10-5-unprofessional-conduct',
  },
  {
    state: 'CO',
    citation: 'C.R.S. § 18-3-405.5',
    // The statute's "psychotherapist" is anyone who performs or claims to perform psychotherapy,
    // licensed or not (text quoted in Ferguson v. People, 824 P.2d 803 (Colo. 1992)).
    coversUnlicensed: true,
    source: 'https://law.justia.com/cases/colorado/supreme-court/1992/90sa497-0.html',
  },
  {
    state: 'CT',
    citation: 'Conn. Gen. Stat. § 53a-71',
    coversUnlicensed: false,
    source: jaaplTablesUrl,
  },
  {
    state: 'DC',
    citation: 'D.C. Code §§ 22-3015, 22-3016',
    coversUnlicensed: false,
    source: jaaplTablesUrl,
  },
  {
    state: 'FL',
    citation: 'Fla. Stat. § 491.0112',
    coversUnlicensed: false,
    source: jaaplTablesUrl,
  },
  { state: 'GA', citation: 'O.C.G.A. § 16-6-5.1', coversUnlicensed: false, source: jaaplTablesUrl },
  {
    state: 'IA',
    citation: 'Iowa Code § 709.15',
    coversUnlicensed: true,
    source: 'https://www.londonspring.org/sexual-exploitation-by-counselor-or-therapist/',
  },
  {
    state: 'MN',
    citation: 'Minn. Stat. §§ 609.344, 609.345',
    coversUnlicensed: true,
    source: 'https://www.revisor.mn.gov/laws/1985/0/297',
  },
  {
    state: 'TX',
    citation: 'Tex. Penal Code § 22.011',
    coversUnlicensed: true,
    source: jaaplTablesUrl,
  },
  {
    state: 'WI',
    citation: 'Wis. Stat. § 940.22(2)',
    coversUnlicensed: true,
    source: 'https://www.legalfix.com/statutes/state-codes/wisconsin/chapter-940/section-940-22',
  },
];
