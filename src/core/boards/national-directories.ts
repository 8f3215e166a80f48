import type { Profession } from './professions';

/**
 * Where the app sends someone when a board record lacks a field or could not
 * be confirmed: the national association of that profession's licensing
 * boards. Only addresses seen in a stored copy (or in research/domain.md §6.2)
 * are used; the boards README says which of them list the state boards and
 * which only lead there.
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
    url: 'https://www.aswb.org/public/',
    confidence: 'medium',
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
    url: 'https://www.ncsbn.org/about-nursing-regulatory-bodies.htm',
    confidence: 'medium',
  },
};

/**
 * NCSBN's own page says complaints about a nurse go to the board of nursing of
 * the state where the care happened, never to NCSBN. Seen in our stored copy.
 */
export const nursingComplaintGuideUrl =
  'https://www.ncsbn.org/nursing-regulation/filing-a-complaint.page';
