import { type ComplaintProfession, isLicensed } from '../boards/practitioners';
import { type StateCode, stateName } from '../boards/states';
import type { Lang } from '../i18n/lang';
import { parseLocalDate } from '../notice/session';
import type { Block, Doc, Field } from './document';
import { type DocumentWording, documentWording } from './wording';

// Who the complaint is about: defined with the board directory, which needs it too.
export {
  type ComplaintProfession,
  complaintProfessions,
  isLicensed,
} from '../boards/practitioners';

/** A complaint as the person builds it, one question page at a time. Empty text means "not given". */
export interface Complaint {
  readonly state: StateCode | '';
  readonly profession: ComplaintProfession | '';
  readonly therapist: {
    readonly name: string;
    readonly licenseNumber: string;
    readonly practiceAddress: string;
  };
  /** The person's own contact details, all optional. */
  readonly you: {
    readonly name: string;
    readonly email: string;
    readonly phone: string;
    readonly address: string;
  };
  /** First and last day of treatment, 'YYYY-MM-DD'; `to` is empty while it goes on or when unknown. */
  readonly treatment: { readonly from: string; readonly to: string };
  /** "What happened", as the person last left it. */
  readonly whatHappened: string;
  /** True once the person has seen the drafted text, so a later visit never overwrites their edits. */
  readonly drafted: boolean;
}

// In its own module, so the first questions of a new complaint load no document code.
export { emptyComplaint } from './empty-complaint';

export type DatesProblem =
  | 'from-missing'
  | 'from-invalid'
  | 'to-invalid'
  | 'future'
  | 'to-before-from';

/** Checks the dates of treatment: a start is needed; an end is optional; neither in the future. */
export function checkTreatmentDates(from: string, to: string, today: string): DatesProblem | null {
  if (from === '') return 'from-missing';
  if (!parseLocalDate(from)) return 'from-invalid';
  if (to !== '' && !parseLocalDate(to)) return 'to-invalid';
  if (from > today || (to !== '' && to > today)) return 'future';
  if (to !== '' && to < from) return 'to-before-from';
  return null;
}

/** The questions still unanswered that a complaint cannot go without. */
export function missingAnswers(
  complaint: Complaint,
): ('state' | 'profession' | 'therapist' | 'dates')[] {
  const missing: ('state' | 'profession' | 'therapist' | 'dates')[] = [];
  if (complaint.state === '') missing.push('state');
  if (complaint.profession === '') missing.push('profession');
  if (complaint.therapist.name.trim() === '') missing.push('therapist');
  if (complaint.treatment.from === '') missing.push('dates');
  return missing;
}

export function professionPhrase(profession: ComplaintProfession | '', lang: Lang = 'en'): string {
  const w = documentWording(lang);
  if (isLicensed(profession)) return w.profession[profession];
  if (profession === 'unlicensed') return w.unlicensedProfession;
  return w.unknownProfession;
}

/**
 * The complaint letter, in English unless the person asked for another
 * language. `boardName` is the board that receives it, when the directory
 * knows it. Nothing is sent anywhere: the person files it.
 */
export function complaintDocument(
  complaint: Complaint,
  boardName: string | null,
  today: string,
  lang: Lang = 'en',
): Doc {
  const w = documentWording(lang);
  const c = w.complaint;
  const { therapist, you, treatment } = complaint;
  const state = complaint.state === '' ? '' : stateName(complaint.state);
  const name = therapist.name.trim() === '' ? c.aTherapist : therapist.name.trim();
  const blocks: Block[] = [
    {
      kind: 'fields',
      rows: [
        { label: c.to, value: boardName ?? c.board(state) },
        { label: c.date, value: w.day(today) },
      ],
    },
    { kind: 'heading', level: 2, text: c.aboutHeading },
    {
      kind: 'fields',
      rows: given([
        { label: c.name, value: therapist.name },
        { label: c.profession, value: professionPhrase(complaint.profession, lang) },
        { label: c.licenseNumber, value: therapist.licenseNumber },
        { label: c.practiceAddress, value: therapist.practiceAddress },
        { label: c.state, value: state },
      ]),
    },
    { kind: 'heading', level: 2, text: c.datesHeading },
    { kind: 'paragraph', text: treatmentSentence(w, treatment) },
    { kind: 'heading', level: 2, text: c.whatHappenedHeading },
    ...paragraphs(w, complaint.whatHappened),
    { kind: 'heading', level: 2, text: c.aboutMeHeading },
  ];
  const contact = given([
    { label: c.name, value: you.name },
    { label: c.email, value: you.email },
    { label: c.phone, value: you.phone },
    { label: c.address, value: you.address },
  ]);
  if (contact.length > 0) {
    blocks.push({ kind: 'fields', rows: contact });
    blocks.push({ kind: 'paragraph', text: c.contactMe });
  } else {
    blocks.push({ kind: 'paragraph', text: c.noContact });
  }
  return { title: c.title(name), blocks };
}

function given(rows: Field[]): Field[] {
  return rows.filter((row) => row.value.trim() !== '');
}

function treatmentSentence(w: DocumentWording, { from, to }: Complaint['treatment']): string {
  if (from === '') return w.complaint.notGiven;
  return to === '' ? w.complaint.from(w.day(from)) : w.complaint.fromTo(w.day(from), w.day(to));
}

/** Splits the person's text at blank lines; lines inside a paragraph stay as they are. */
function paragraphs(w: DocumentWording, text: string): Block[] {
  const parts = text.split(/\n[ \t]*\n/).filter((part) => part.trim() !== '');
  if (parts.length === 0) return [{ kind: 'paragraph', text: w.complaint.notWrittenYet }];
  return parts.map((part) => ({ kind: 'paragraph', text: part }));
}
