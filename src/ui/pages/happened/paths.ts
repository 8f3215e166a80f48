import type { Lang } from '../../../core/i18n/lang';

/** The question pages of the complaint builder, in the order they are asked. */
export const complaintSteps = [
  'state',
  'profession',
  'board',
  'therapist',
  'you',
  'dates',
  'evidence',
  'what-happened',
] as const;

export type ComplaintStep = (typeof complaintSteps)[number];

export function isComplaintStep(value: string): value is ComplaintStep {
  return (complaintSteps as readonly string[]).includes(value);
}

/** Every page of part 6, for prerendering. A draft is chosen with ?id=, so one static page serves them all. */
export const happenedPaths: readonly string[] = [
  '/happened',
  '/happened/complaint',
  ...complaintSteps.map((step) => `/happened/complaint/${step}`),
  '/happened/complaint/check',
  '/happened/complaint/file',
  '/happened/complaint/print',
  '/happened/report',
  '/happened/report/print',
  '/happened/report/verify',
];

function withId(path: string, id: string, extra = ''): string {
  return `${path}?id=${encodeURIComponent(id)}${extra}`;
}

/**
 * The documents' language travels in the address (?doc=es), so the printable
 * page and the way back from it keep the person's choice. English, the
 * default, is left out.
 */
function withDocLang(path: string, lang: Lang): string {
  if (lang === 'en') return path;
  return `${path}${path.includes('?') ? '&' : '?'}doc=${lang}`;
}

/** A new complaint has no id until its first saved step: its first questions live in memory. */
export function stepPath(step: ComplaintStep, id: string, fromCheck = false): string {
  const path = `/happened/complaint/${step}`;
  return id === '' ? path : withId(path, id, fromCheck ? '&from=check' : '');
}

export const checkPath = (id: string) => withId('/happened/complaint/check', id);
export const filePath = (id: string, docLang: Lang = 'en') =>
  withDocLang(withId('/happened/complaint/file', id), docLang);
export const complaintPrintPath = (id: string, docLang: Lang = 'en') =>
  withDocLang(withId('/happened/complaint/print', id), docLang);
export const reportPath = (docLang: Lang = 'en') => withDocLang('/happened/report', docLang);
export const reportPrintPath = (docLang: Lang = 'en') =>
  withDocLang('/happened/report/print', docLang);
export const verifyPath = '/happened/report/verify';
