import { criminalStatutes } from './state-laws';
import type { StateCode } from './states';

/**
 * Coaches and other unlicensed "therapists" answer to no licensing board. The
 * app says so plainly and offers these routes instead; the words are the UI's,
 * this is only the data behind them.
 */
export type UnlicensedRoute =
  /** Report a crime to the police or the district attorney. */
  | 'criminal'
  /** Talk to a lawyer about a civil claim; time limits apply. */
  | 'civil'
  /** If they called themselves a psychologist, counselor, etc. without a licence, the board for that title can act on unlicensed practice. */
  | 'unlicensed-practice-report'
  /** Confidential support from people who know this harm. */
  | 'support';

export interface UnlicensedRouteInfo {
  readonly route: UnlicensedRoute;
  readonly sources: readonly string[];
}

export const unlicensedRoutes: readonly UnlicensedRouteInfo[] = [
  {
    route: 'criminal',
    sources: ['https://jaapl.org/content/early/2020/02/12/JAAPL.003911-20/tab-figures-data'],
  },
  {
    route: 'civil',
    sources: ['https://therapyabuse.org/resources.htm'],
  },
  {
    route: 'unlicensed-practice-report',
    sources: [
      'https://www.dos.pa.gov/ProfessionalLicensing/FileaComplaint/Pages/default.aspx',
      'https://dpo.colorado.gov/FileComplaint/FAQ',
    ],
  },
  {
    route: 'support',
    sources: [
      'https://therapyabuse.org/resources.htm',
      'https://rainn.org/get-help/national-sexual-assault-hotline',
    ],
  },
];

/** States whose criminal law, in the text we saw, reaches unlicensed people who offer therapy. */
export const statesWhoseCriminalLawCoversUnlicensed: readonly StateCode[] = criminalStatutes
  .filter((s) => s.coversUnlicensed)
  .map((s) => s.state);
