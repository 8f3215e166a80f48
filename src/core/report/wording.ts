/*
 * The words of the documents a person files: the complaint and the evidence
 * report. They live here with the document model, not in the UI catalogs,
 * because their language is chosen on its own: US licensing boards read
 * English, so the documents are English unless the person asks for Spanish
 * (for their own records, or for an advocate who reads Spanish), whatever
 * language the app is shown in. The person can edit every sentence before filing.
 */
import type { Profession } from '../boards/professions';
import type { Lang } from '../i18n/lang';
import type { Finding } from '../notice/drift';
import type { Fee, FeltLike, NeedsAtCenter, Place, Touch } from '../notice/session';
import type { WarningSignId } from '../notice/warning-signs';
import type {
  comfortOptions,
  drawOptions,
  gutOptions,
  PromptId,
  suggestiveOptions,
} from '../reflect/prompts';

type Option<T extends readonly string[]> = T[number];
type Words<K extends string> = Readonly<Record<K, string>>;

/** Every sentence and phrase a document can contain, in one language. */
export interface DocumentWording {
  readonly lang: Lang;

  /** A calendar day 'YYYY-MM-DD' in full, e.g. 'March 12, 2024'. No time zone shifts it. */
  day(day: string): string;
  /** A wall-clock time 'HH:MM', e.g. '6:30 PM'. */
  time(time: string): string;
  /** An instant (ISO 8601) as the day and time on this device's clock. */
  instant(iso: string): string;

  readonly profession: Words<Profession>;
  readonly unlicensedProfession: string;
  readonly unknownProfession: string;
  readonly place: Words<Place>;
  readonly fee: Words<Fee>;
  readonly touch: Words<Touch>;
  readonly sign: Words<WarningSignId>;
  readonly feltLike: Words<FeltLike>;
  readonly needs: Words<NeedsAtCenter>;
  /** The guided journal prompts, as questions in the report. */
  readonly prompt: Words<PromptId>;
  readonly draw: Words<Option<typeof drawOptions>>;
  readonly suggestive: Words<Option<typeof suggestiveOptions>>;
  readonly comfort: Words<Option<typeof comfortOptions>>;
  readonly gut: Words<Option<typeof gutOptions>>;

  /** The drafted "what happened": the person's words and logged facts, led by dates. */
  readonly narrative: {
    fromNotes(day: string, words: string): string;
    /** `day` is '' when the person gave no date; `text` is '' when they wrote nothing. */
    firstNoticed(day: string, text: string): string;
    suggestiveOnce: string;
    suggestiveMoreThanOnce: string;
    session(day: string, time: string, facts: readonly string[]): string;
    lasted(actual: number, planned: number): string;
    contactsBetween(count: number): string;
    whatHappened(signs: readonly string[]): string;
  };

  readonly report: {
    title: string;
    madeOn(instant: string, timeZone: string): string;
    covers(entries: number, sessions: number, from: string, to: string): string;
    empty: string;
    timeline: string;
    nothingYet: string;
    sessionHeading(n: number, day: string, time: string): string;
    date: string;
    startTime: string;
    length: string;
    lengthValue(actual: number, planned: number): string;
    place: string;
    fee: string;
    contactsBetween: string;
    physicalContact: string;
    whatHappened: string;
    noneNoted: string;
    notes(text: string): string;
    feltLike: string;
    needsAtCenter: string;
    notedAfterwards: string;
    entryHeading(n: number, instant: string): string;
    firstWritten: string;
    thisVersionWritten: string;
    earlierVersions: string;
    earlierVersion(n: number, of: number, instant: string): string;
    emptyEntry: string;
    codesHeading: string;
    /** What a code is, and exactly which bytes of the plain text each one is worked out from. */
    codesExplained: readonly string[];
    /** Leads into the command that checks a code; the command itself is the same in every language. */
    howToCheck: string;
    /** The labels of the code lines, set in a fixed-width font: "Item 3", "Final code", "lines 9-25". */
    itemCode(n: number): string;
    finalCode: string;
    lines(from: number, to: number): string;
    limitsHeading: string;
    limits: readonly string[];
    /** The first page: the report at a glance (summary.ts). */
    summary: {
      heading: string;
      period: string;
      fromTo(from: string, to: string): string;
      none: string;
      entries: string;
      sessions: string;
      findingsHeading: string;
      noSessions: string;
      noFindings: string;
      /** A warning sign (as in `sign`), its sessions, and what the log's rules found about it. */
      theme(
        sign: string,
        sessions: number,
        from: string,
        to: string,
        details: readonly string[],
      ): string;
      /** What one rule found, in `count` sessions. */
      finding(finding: Finding, count: number, w: DocumentWording): string;
      overTitle: string;
      overValue(day: string, minutes: number): string;
      overDescription(values: readonly string[]): string;
      startTitle: string;
      startValue(day: string, time: string): string;
      startDescription(values: readonly string[]): string;
      /** An axis label in minutes. */
      minutes(n: number): string;
    };
  };

  readonly complaint: {
    title(therapist: string): string;
    aTherapist: string;
    to: string;
    board(state: string): string;
    date: string;
    aboutHeading: string;
    name: string;
    profession: string;
    licenseNumber: string;
    practiceAddress: string;
    state: string;
    datesHeading: string;
    notGiven: string;
    from(day: string): string;
    fromTo(from: string, to: string): string;
    whatHappenedHeading: string;
    notWrittenYet: string;
    aboutMeHeading: string;
    email: string;
    phone: string;
    address: string;
    contactMe: string;
    noContact: string;
  };
}

// Each language is its own module, fetched only when a document is written in
// it: a page that shows no document (or only an English one) downloads no other words.
const loaders: Readonly<Record<Lang, () => Promise<DocumentWording>>> = {
  en: () => import('./wording-en').then((m) => m.englishWording),
  es: () => import('./wording-es').then((m) => m.spanishWording),
};

const loaded: Partial<Record<Lang, DocumentWording>> = {};
const pending: Partial<Record<Lang, Promise<DocumentWording>>> = {};

/** Fetches the documents' words in a language; `documentWording(lang)` can then be read at once. */
export function loadDocumentWording(lang: Lang = 'en'): Promise<DocumentWording> {
  const ready = loaded[lang];
  if (ready) return Promise.resolve(ready);
  let loading = pending[lang];
  if (!loading) {
    loading = loaders[lang]().then(
      (wording) => {
        loaded[lang] = wording;
        return wording;
      },
      (error: unknown) => {
        // A failed fetch (offline, a new release) may succeed on the next try.
        delete pending[lang];
        throw error;
      },
    );
    pending[lang] = loading;
  }
  return loading;
}

/** Whether the words in `lang` are in memory, so `documentWording(lang)` can be read. */
export function documentWordingLoaded(lang: Lang = 'en'): boolean {
  return loaded[lang] !== undefined;
}

/** The documents' words in a language, once loaded. English unless the person chose otherwise. */
export function documentWording(lang: Lang = 'en'): DocumentWording {
  const wording = loaded[lang];
  if (!wording) throw new Error(`The document wording (${lang}) is not loaded yet`);
  return wording;
}
