/*
 * The words of the documents a person files: the complaint and the evidence
 * report. They are always in English, whatever language the app is shown in,
 * because the US licensing boards they go to read English. That is why they
 * live here with the document model and not in the UI catalogs, which follow
 * the person's language. The person can edit every sentence before filing.
 */
import type { Profession } from '../boards/professions';
import type {
  Fee,
  FeltLike,
  LocalDate,
  LocalTime,
  NeedsAtCenter,
  Place,
  Touch,
} from '../notice/session';
import type { WarningSignId } from '../notice/warning-signs';
import type {
  comfortOptions,
  drawOptions,
  gutOptions,
  suggestiveOptions,
} from '../reflect/prompts';

export const professionWords: Readonly<Record<Profession, string>> = {
  psychologist: 'psychologist',
  counselor: 'professional counselor',
  'social-worker': 'clinical social worker',
  mft: 'marriage and family therapist',
  physician: 'psychiatrist or other physician',
  'psychiatric-np': 'psychiatric nurse practitioner',
};

export const placeWords: Readonly<Record<Place, string>> = {
  office: 'in the usual office',
  video: 'by video',
  elsewhere: 'somewhere other than the office',
};

export const feeWords: Readonly<Record<Fee, string>> = {
  usual: 'usual fee',
  reduced: 'fee reduced',
  waived: 'fee waived',
};

export const touchWords: Readonly<Record<Touch, string>> = {
  none: 'no physical contact',
  handshake: 'a handshake',
  hug: 'a hug',
  other: 'other touch',
};

export const signWords: Readonly<Record<WarningSignId, string>> = {
  'body-comments': 'comments on my body or looks',
  special: 'told me I was special, unlike other clients',
  favors: 'favors (session ran over, fee reduced or waived)',
  'later-or-elsewhere': 'session moved later or away from the office',
  touch: 'touching',
  'outside-contact': 'contact outside therapy',
  'partners-run-down': 'ran down my partner',
  'sex-talk': 'steered the talk to my sex life',
  'own-love-life': 'talked about their own love or sex life',
  'romantic-proposal': 'hinted at or proposed a romantic or sexual relationship',
  'sexual-contact': 'sexual contact',
};

export const feltLikeWords: Readonly<Record<FeltLike, string>> = {
  therapy: 'therapy',
  date: 'a date',
  friendship: 'a friendship',
  unsure: 'I was not sure',
};

export const needsWords: Readonly<Record<NeedsAtCenter, string>> = {
  mine: 'my needs',
  theirs: 'the therapist’s needs',
  both: 'both',
  unsure: 'I was not sure',
};

type Option<T extends readonly string[]> = T[number];

/** The guided journal prompts, as questions in the report. */
export const promptWords = {
  draws: 'What draws me to my therapist',
  'first-moment': 'When I first noticed it',
  suggestive: 'Has my therapist said or done anything suggestive?',
  comfort: 'Would I feel comfortable raising this with them?',
  gut: 'Does anything about them make me uncomfortable?',
  notes: 'Notes',
} as const;

export const drawWords: Readonly<Record<Option<typeof drawOptions>, string>> = {
  looks: 'their looks',
  'how-they-talk': 'how they talk',
  'how-they-look-at-me': 'how they look at me',
  'how-they-talk-to-me': 'how they talk to me',
  'what-they-say-to-me': 'what they say to me',
  'how-they-listen': 'how they listen',
  'makes-me-feel-safe': 'how safe they make me feel',
  'makes-me-feel-unsafe': 'how unsafe they make me feel',
  'how-they-show-care': 'how they show care',
  'understands-me': 'how well they seem to understand me',
  'power-or-charisma': 'their power or charisma',
  'something-suggestive': 'something suggestive they said or did',
  'something-else': 'something else',
};

export const suggestiveWords: Readonly<Record<Option<typeof suggestiveOptions>, string>> = {
  no: 'No',
  'not-sure': 'Not sure',
  once: 'Yes, once',
  'more-than-once': 'Yes, more than once',
};

export const comfortWords: Readonly<Record<Option<typeof comfortOptions>, string>> = {
  comfortable: 'Yes',
  'only-awkward': 'No, it would only be awkward',
  unsafe: 'No, I sense they might respond in a way that would make me unsafe',
  'not-sure': 'Not sure',
};

export const gutWords: Readonly<Record<Option<typeof gutOptions>, string>> = {
  yes: 'Yes',
  no: 'No',
  'not-sure': 'Not sure',
};

const dayFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
});

/** 'March 12, 2024' for '2024-03-12'. The date is a calendar day, so no time zone shifts it. */
export function formatDay(day: LocalDate | string): string {
  const [y, m, d] = day.split('-').map(Number);
  return dayFormat.format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)));
}

/** '6:30 PM' for '18:30'. */
export function formatTime(time: LocalTime | string): string {
  const hours = Number(time.slice(0, 2));
  const minutes = time.slice(3, 5);
  const suffix = hours < 12 ? 'AM' : 'PM';
  return `${hours % 12 === 0 ? 12 : hours % 12}:${minutes} ${suffix}`;
}

/** 'March 12, 2024, 6:30 PM' on this device's clock, for instants such as when an entry was written. */
export function formatInstant(iso: string): string {
  const { date, time } = localMoment(iso);
  return `${formatDay(date)}, ${formatTime(time)}`;
}

/** An instant read on this device's clock, as the calendar date and wall time it shows. */
export function localMoment(iso: string): { date: LocalDate; time: LocalTime } {
  const at = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}` as LocalDate,
    time: `${pad(at.getHours())}:${pad(at.getMinutes())}` as LocalTime,
  };
}
