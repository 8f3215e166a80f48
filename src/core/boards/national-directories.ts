import type { Profession } from './professions';

/**
 * Where the app sends someone when a board record lacks a field: the national
 * association of that profession's licensing boards, which lists every state
 * board with its contacts. Addresses are the ones our research saw
 * (research/domain.md §6.2); `confidence` carries its mark over: `high` when
 * the page itself was seen, `medium` when only a secondary source or an older
 * copy was.
 */
export interface NationalDirectory {
  readonly profession: Profession;
  /** The organisation's short name, e.g. FSMB. */
  readonly organization: string;
  /** The organisation's full name. */
  readonly organizationName: string;
  /** The directory page of state boards. */
  readonly url: string;
  readonly confidence: 'high' | 'medium';
}

export const nationalDirectories: Readonly<Record<Profession, NationalDirectory>> = {
  physician: {
    profession: 'physician',
    organization: 'FSMB',
    organizationName: 'Federation of State Medical Boards',
    url: 'https://www.fsmb.org/contact-a-state-medical-board/',
    confidence: 'high',
  },
  psychologist: {
    profession: 'psychologist',
    organization: 'ASPPB',
    organizationName: 'Association of State and Provincial Psychology Boards',
    url: 'https://www.asppb.net/page/BdContactNewPG',
    confidence: 'medium',
  },
  'social-worker': {
    profession: 'social-worker',
    organization: 'ASWB',
    organizationName: 'Association of Social Work Boards',
    url: 'https://www.aswb.org/',
    confidence: 'high',
  },
  counselor: {
    profession: 'counselor',
    organization: 'AASCB',
    organizationName: 'American Association of State Counseling Boards',
    url: 'https://associationdatabase.com/aws/AASCB/pt/sp/licensure',
    confidence: 'medium',
  },
  mft: {
    profession: 'mft',
    organization: 'AMFTRB',
    organizationName: 'Association of Marital and Family Therapy Regulatory Boards',
    url: 'https://amftrb.org/#board',
    confidence: 'medium',
  },
  'psychiatric-np': {
    profession: 'psychiatric-np',
    organization: 'NCSBN',
    organizationName: 'National Council of State Boards of Nursing',
    url: 'https://www.ncsbn.org/contact-bon.htm',
    confidence: 'high',
  },
};

/**
 * NCSBN's own page says complaints about a nurse go to the board of nursing of
 * the state where the care happened, never to NCSBN. Seen in our stored copy.
 */
export const nursingComplaintGuideUrl =
  'https://www.ncsbn.org/nursing-regulation/filing-a-complaint.page';
