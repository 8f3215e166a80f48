import { type Profession, professions } from '../boards/professions';
import { type StateCode, stateName } from '../boards/states';
import { parseLocalDate } from '../notice/session';
import type { Block, Doc, Field } from './document';
import { formatDay, professionWords } from './wording';

/**
 * Who the complaint is about. Besides the licensed professions, a person may
 * have seen a coach or someone with no license (no board can act: the app
 * shows the other routes), or may not know yet (the app shows how to check).
 */
export const complaintProfessions = [...professions, 'unlicensed', 'not-sure'] as const;
export type ComplaintProfession = (typeof complaintProfessions)[number];

export function isLicensed(profession: ComplaintProfession | ''): profession is Profession {
  return (professions as readonly string[]).includes(profession);
}

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

export const emptyComplaint: Complaint = {
  state: '',
  profession: '',
  therapist: { name: '', licenseNumber: '', practiceAddress: '' },
  you: { name: '', email: '', phone: '', address: '' },
  treatment: { from: '', to: '' },
  whatHappened: '',
  drafted: false,
};

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

export function professionPhrase(profession: ComplaintProfession | ''): string {
  if (isLicensed(profession)) return professionWords[profession];
  if (profession === 'unlicensed') return 'unlicensed practitioner or coach';
  return 'mental health professional';
}

/**
 * The complaint letter. `boardName` is the board that receives it, when the
 * directory knows it. Nothing is sent anywhere: the person files it.
 */
export function complaintDocument(
  complaint: Complaint,
  boardName: string | null,
  today: string,
): Doc {
  const { therapist, you, treatment } = complaint;
  const state = complaint.state === '' ? '' : stateName(complaint.state);
  const name = therapist.name.trim() === '' ? 'a therapist' : therapist.name.trim();
  const blocks: Block[] = [
    {
      kind: 'fields',
      rows: [
        {
          label: 'To',
          value: boardName ?? (state ? `The licensing board, ${state}` : 'The licensing board'),
        },
        { label: 'Date', value: formatDay(today) },
      ],
    },
    { kind: 'heading', level: 2, text: 'Who this complaint is about' },
    {
      kind: 'fields',
      rows: given([
        { label: 'Name', value: therapist.name },
        { label: 'Profession', value: professionPhrase(complaint.profession) },
        { label: 'License number', value: therapist.licenseNumber },
        { label: 'Practice address', value: therapist.practiceAddress },
        { label: 'State', value: state },
      ]),
    },
    { kind: 'heading', level: 2, text: 'Dates of treatment' },
    { kind: 'paragraph', text: treatmentSentence(treatment) },
    { kind: 'heading', level: 2, text: 'What happened' },
    ...paragraphs(complaint.whatHappened),
    { kind: 'heading', level: 2, text: 'About me' },
  ];
  const contact = given([
    { label: 'Name', value: you.name },
    { label: 'Email', value: you.email },
    { label: 'Phone', value: you.phone },
    { label: 'Address', value: you.address },
  ]);
  if (contact.length > 0) {
    blocks.push({ kind: 'fields', rows: contact });
    blocks.push({
      kind: 'paragraph',
      text: 'I am the client named above. Please contact me about this complaint.',
    });
  } else {
    blocks.push({
      kind: 'paragraph',
      text: 'I have not put my contact details in this copy. I will give them to the board when I file it.',
    });
  }
  return { title: `Complaint about ${name}`, blocks };
}

function given(rows: Field[]): Field[] {
  return rows.filter((row) => row.value.trim() !== '');
}

function treatmentSentence({ from, to }: Complaint['treatment']): string {
  if (from === '') return 'Not given.';
  return to === '' ? `From ${formatDay(from)}.` : `From ${formatDay(from)} to ${formatDay(to)}.`;
}

/** Splits the person's text at blank lines; lines inside a paragraph stay as they are. */
function paragraphs(text: string): Block[] {
  const parts = text.split(/\n[ \t]*\n/).filter((part) => part.trim() !== '');
  if (parts.length === 0) return [{ kind: 'paragraph', text: 'Not written yet.' }];
  return parts.map((part) => ({ kind: 'paragraph', text: part }));
}
