import type { FindingDetail } from '../../../core/notice/drift';
import type {
  Fee,
  FeltLike,
  LocalDate,
  LocalTime,
  NeedsAtCenter,
  Place,
  Touch,
} from '../../../core/notice/session';
import type { FieldError, SessionField } from '../../../core/notice/validate-session';
import type { WarningSignId } from '../../../core/notice/warning-signs';

export interface SignText {
  /** The checkbox label: what happened, in plain words. */
  readonly name: string;
  /** A few words for the timeline's row label. */
  readonly short: string;
  /** One line that makes it concrete. */
  readonly example: string;
  /** Why it matters, for the catalogue and the findings. */
  readonly why: string;
}

const signs: Readonly<Record<WarningSignId, SignText>> = {
  'body-comments': {
    short: 'Comments on my body',
    name: 'They commented on my body or looks',
    example: 'For example: “That dress really suits you.”',
    why: 'Remarks about your body turn attention from your life to how you look to them.',
  },
  special: {
    short: 'Said I am special',
    name: 'They said I am special, not like their other clients',
    example: 'For example: “I don’t usually share this with clients, but you’re different.”',
    why: 'Feeling singled out can make it harder to notice when a line is crossed.',
  },
  favors: {
    short: 'Favors',
    name: 'They did me favors',
    example: 'For example: letting the session run long, or cutting or skipping the fee.',
    why: 'Favors can create a debt that is hard to name, and blur what the relationship is.',
  },
  'later-or-elsewhere': {
    short: 'Later or elsewhere',
    name: 'They moved our sessions later, or away from the office',
    example: 'For example: the last slot of the day, or meeting at a café.',
    why: 'Late hours and other places take away the usual protections of the office.',
  },
  touch: {
    short: 'Touch',
    name: 'They touched me, even in a way that seemed harmless',
    example: 'For example: holding my hand, or a hug at the end of every session.',
    why: 'Touch that becomes a habit can slowly change what feels normal between you.',
  },
  'outside-contact': {
    short: 'Contact outside therapy',
    name: 'We were in contact outside therapy',
    example: 'For example: meeting up, lots of texts or messages, or casual calls.',
    why: 'Contact outside sessions can turn therapy into something that feels like a friendship.',
  },
  'partners-run-down': {
    short: 'Ran down my partner',
    name: 'They ran down my partner or the people I date',
    example: 'For example: “He doesn’t see you the way I do.”',
    why: 'Putting down your partner, above all next to themselves, can pull you closer to them.',
  },
  'sex-talk': {
    short: 'Talk about my sex life',
    name: 'They steered the talk to my sex life when I had not asked',
    example: 'For example: coming back to sex after I changed the subject.',
    why: 'Talk about sex that you did not come for serves their interest, not your therapy.',
  },
  'own-love-life': {
    short: 'Their love life',
    name: 'They told me about their own love life',
    example: 'For example: their dating, their sex life, or problems with their partner.',
    why: 'When a therapist shares their romance or troubles, your sessions start to be about them.',
  },
  'romantic-proposal': {
    short: 'Romantic hint or proposal',
    name: 'They hinted at or proposed a romantic or sexual relationship',
    example: 'For example: “If I weren’t your therapist…”, or asking me on a date.',
    why: 'A therapist must never do this, whatever you feel or say. It ends safe therapy.',
  },
  'sexual-contact': {
    short: 'Sexual contact',
    name: 'There was sexual contact of any kind',
    example: 'For example: kissing, touching in a sexual way, or sex.',
    why: 'This is never part of therapy, and it is never your fault, even if you wanted it.',
  },
};

const fieldErrors: Readonly<Record<SessionField, Partial<Record<FieldError, string>>>> = {
  date: {
    missing: 'Enter the date of the session',
    'not-a-date': 'Enter a real date, for example 27 March 2024',
    'in-the-future': 'The date of the session must be today or in the past',
  },
  start: {
    missing: 'Enter the time the session started',
    'not-a-time': 'Enter a time, for example 2:30 pm',
  },
  plannedMinutes: {
    missing: 'Enter how many minutes the session was meant to last',
    'not-a-number': 'Enter the planned length as a number, like 50',
    'not-whole': 'Enter the planned length in whole minutes, like 50',
    negative: 'The planned length cannot be less than zero',
    zero: 'The planned length must be at least 1 minute',
    'over-a-day': 'The planned length must be 1,440 minutes (24 hours) or less',
  },
  actualMinutes: {
    missing: 'Enter how many minutes the session really lasted',
    'not-a-number': 'Enter the actual length as a number, like 50',
    'not-whole': 'Enter the actual length in whole minutes, like 50',
    negative: 'The actual length cannot be less than zero',
    zero: 'The actual length must be at least 1 minute',
    'over-a-day': 'The actual length must be 1,440 minutes (24 hours) or less',
  },
  place: {
    missing: 'Choose where the session took place',
    'unknown-choice': 'Choose where the session took place',
  },
  fee: {
    missing: 'Choose what you paid',
    'unknown-choice': 'Choose what you paid',
  },
  contactsBetween: {
    'not-a-number': 'Enter the number of contacts as a number, like 2, or leave it empty',
    'not-whole': 'Enter the number of contacts as a whole number, like 2',
    negative: 'The number of contacts cannot be less than zero',
    'too-many': 'Enter a number of contacts of 9,999 or less',
  },
  touch: {
    missing: 'Choose what physical contact there was',
    'unknown-choice': 'Choose what physical contact there was',
  },
  signs: {
    'unknown-choice': 'Choose only from the signs listed',
  },
  notes: {
    'too-long': 'Notes must be 20,000 characters or fewer',
  },
};

const times = (n: number, one: string, many: (n: number) => string): string =>
  n === 1 ? one : many(n);

/** Dates are calendar days, not instants: format them in UTC so no time zone can move them. */
const dateFormat = new Intl.DateTimeFormat('en-US', {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortDateFormat = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});
const monthFormat = new Intl.DateTimeFormat('en-US', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const listFormat = new Intl.ListFormat('en-US', { style: 'long', type: 'conjunction' });
const utc = (date: string): Date =>
  new Date(`${date.length === 7 ? `${date}-01` : date}T00:00:00Z`);

function formatTime(time: LocalTime): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  const suffix = h < 12 ? 'am' : 'pm';
  return `${h % 12 || 12}:${String(m).padStart(2, '0')} ${suffix}`;
}

/** An hour on a chart's axis: "5 pm", or "5:30 pm" off the hour. */
function formatClock(minutes: number): string {
  const h = Math.floor(minutes / 60) % 24;
  const m = minutes % 60;
  const suffix = h < 12 ? 'am' : 'pm';
  return m === 0
    ? `${h % 12 || 12} ${suffix}`
    : `${h % 12 || 12}:${String(m).padStart(2, '0')} ${suffix}`;
}

const overText = (minutes: number): string =>
  minutes === 0 ? 'on time' : minutes > 0 ? `${minutes} min over` : `${-minutes} min short`;

function formatDate(date: LocalDate): string {
  return dateFormat.format(utc(date));
}

function findingSentence(detail: FindingDetail, count: number): string {
  switch (detail.rule) {
    case 'overriding-event':
      return detail.event === 'sexual-contact'
        ? times(
            count,
            'You noted sexual contact in one session. This is never part of therapy, and it is never your fault.',
            (n) =>
              `You noted sexual contact in ${n} sessions. This is never part of therapy, and it is never your fault.`,
          )
        : times(
            count,
            'You noted that your therapist hinted at or proposed a romantic or sexual relationship. A therapist must never do this, whatever you feel or say.',
            (n) =>
              `In ${n} sessions, you noted that your therapist hinted at or proposed a romantic or sexual relationship. A therapist must never do this, whatever you feel or say.`,
          );
    case 'running-over':
      return `${count} sessions ran 10 minutes or more past the planned time. The longest ran ${detail.longestOverrun} minutes over.`;
    case 'getting-longer':
      return `Sessions ran a little longer each time, up to ${detail.longestOverrun} minutes past the planned time.`;
    case 'later-start':
      return `${count} sessions started at 5 pm or later, later than any session before them. The latest started at ${formatTime(detail.latestStart)}.`;
    case 'off-site':
      return times(
        count,
        'One session took place somewhere other than the office or a video call.',
        (n) => `${n} sessions took place somewhere other than the office or a video call.`,
      );
    case 'fee-reduced':
      if (detail.reduced === 0)
        return times(
          detail.waived,
          'Your fee was waived for one session.',
          (n) => `Your fee was waived for ${n} sessions.`,
        );
      if (detail.waived === 0)
        return times(
          detail.reduced,
          'Your fee was cut for one session.',
          (n) => `Your fee was cut for ${n} sessions.`,
        );
      return `Your fee was cut for ${detail.reduced} ${detail.reduced === 1 ? 'session' : 'sessions'} and waived for ${detail.waived}.`;
    case 'contact-between':
      return `Before ${count} sessions, you were in touch with your therapist about more than scheduling: ${detail.contacts} times in all.`;
    case 'touch-routine':
      return `There was a hug or other touch at ${count} sessions. Touch is becoming a habit.`;
    case 'sign-recurring':
      return `You noted “${signs[detail.sign].name}” in ${count} sessions.`;
  }
}

/** Why each kind of drift matters, in one line under the finding. */
const findingWhy: Readonly<Record<Exclude<FindingDetail['rule'], 'sign-recurring'>, string>> = {
  'overriding-event': 'You do not need to work out what to do alone.',
  'running-over': 'Extra time given again and again is a favor, and favors blur what therapy is.',
  'getting-longer': 'Small steps, each a little further, can be how boundaries slip.',
  'later-start':
    'Late appointments, when nobody else is around, are a warning sign that boards name.',
  'off-site': 'Outside the office, the usual protections of therapy fall away.',
  'fee-reduced': 'A fee that drops can leave you feeling you owe your therapist something.',
  'contact-between': 'Regular contact outside sessions can make therapy feel like a friendship.',
  'touch-routine': 'Touch that becomes routine can slowly change what feels normal.',
};

export const notice = {
  title: 'Notice: your session log',
  lead: 'A short note after each session. Over time, Terrarium shows patterns that are hard to see one week at a time.',
  question:
    'The question to keep asking: does therapy still feel like therapy, or more like a date or a friendship? Is it about your needs, or your therapist’s?',
  logSession: 'Log a session',
  saved: 'Session saved.',
  deleted: 'Session deleted.',
  emptyHeading: 'No sessions logged yet',
  empty:
    'After your next session, take a minute to log it. If nothing happened, that only takes a few taps.',
  lockedNote: 'Your session log is locked. Unlock it to see your sessions.',
  findingsHeading: 'What stands out',
  noFindings:
    'No pattern stands out so far. If something felt wrong, trust that, even if it happened only once.',
  finding: findingSentence,
  findingWhy,
  showAll: (more: number): string => times(more, 'Show all: 1 more', (n) => `Show all: ${n} more`),
  showFewer: 'Show only the first three',
  overridingHelp: 'Read what you can do now',
  decideLink: 'Think it through in “Decide”',
  findingPeriod: (first: LocalDate, last: LocalDate): string =>
    first === last
      ? `On ${formatDate(first)}.`
      : `From ${formatDate(first)} to ${formatDate(last)}.`,
  sessionsBehind: (n: number): string =>
    times(n, 'The session behind this', (k) => `The ${k} sessions behind this`),
  timelineHeading: 'Timeline',
  sessionsHeading: 'Your sessions',
  sessionsCount: (n: number): string =>
    times(n, 'One session logged.', (k) => `${k} sessions logged.`),
  sessionSummary: (parts: {
    time: string;
    planned: number;
    actual: number;
    signs: number;
  }): string => {
    const length =
      parts.planned === parts.actual
        ? `${parts.actual} minutes`
        : `${parts.actual} minutes (planned ${parts.planned})`;
    const noted =
      parts.signs === 0
        ? 'No signs noted'
        : parts.signs === 1
          ? '1 sign noted'
          : `${parts.signs} signs noted`;
    return `Started ${parts.time}, ${length}. ${noted}.`;
  },
  formatDate,
  formatShortDate: (date: LocalDate): string => shortDateFormat.format(utc(date)),
  formatMonth: (month: string): string => monthFormat.format(utc(month)),
  formatYear: (date: string): string => date.slice(0, 4),
  formatTime,
  signs,
  session: {
    title: 'A logged session',
    intro: 'What you recorded for this session.',
    edit: 'Edit this session',
    date: 'Date',
    start: 'Start time',
    length: 'Length',
    place: 'Place',
    fee: 'Fee',
    contacts: 'Contact since the session before',
    contactCount: (n: number): string => (n === 0 ? 'None' : times(n, 'Once', (k) => `${k} times`)),
    touch: 'Physical contact',
    fromAnswers: 'Signs in these answers',
    otherSigns: 'Anything else',
    notes: 'Notes',
    reflection: 'How it felt',
    none: 'None',
    noReflection: 'Not answered',
    reflectionValue: (feltLike: string, needs: string): string =>
      `${feltLike}. Needs at the center: ${needs.charAt(0).toLowerCase()}${needs.slice(1)}.`,
  },
  form: {
    newTitle: 'Log a session',
    editTitle: 'Edit a session',
    intro:
      'Only the first few questions are needed. If nothing else happened, leave the rest as it is and save.',
    errorSummary: 'There is a problem',
    nothingSaved: 'Nothing has been saved yet. Fix the problems below and save again.',
    date: 'Date of the session',
    start: 'Start time',
    startHint: 'For example 2:30 pm.',
    plannedMinutes: 'Planned length, in minutes',
    actualMinutes: 'Actual length, in minutes',
    lengthHint: 'For example 50.',
    place: 'Where was the session?',
    places: {
      office: 'The usual office',
      video: 'A video call',
      elsewhere: 'Somewhere else',
    } satisfies Record<Place, string>,
    placeHint: '“Somewhere else” could be a café, a car, their home or yours.',
    fee: 'What did you pay?',
    fees: {
      usual: 'The usual fee',
      reduced: 'Less than usual',
      waived: 'Nothing: the fee was waived',
    } satisfies Record<Fee, string>,
    contactsBetween:
      'Since your last session, how many times were you in touch that was not about scheduling?',
    contactsHint: 'Count texts, messages, calls and meeting up. Leave it empty if there were none.',
    touch: 'Was there any physical contact?',
    touches: {
      none: 'None',
      handshake: 'A handshake',
      hug: 'A hug',
      other: 'Other touch',
    } satisfies Record<Touch, string>,
    anythingElse: 'Did anything else happen?',
    anythingElseHint:
      'Your answers above already count as signs: time and fee, place, touch and contact.',
    counted: (names: string[]): string =>
      `Already counted from your answers: ${listFormat.format(names)}.`,
    anythingElseOptions: { no: 'No', yes: 'Yes' } as Record<'no' | 'yes', string>,
    signs: 'What else happened?',
    signsHint: 'Tick any that fit.',
    overriding: 'Did either of these happen?',
    overridingHint: 'These are never part of therapy. If either happened, it is not your fault.',
    notes: 'Notes (optional)',
    notesHint: 'Anything you want to remember. Only you can read this.',
    save: 'Save session',
    saving: 'Saving…',
    back: 'Back to the session log',
    backToSession: 'Back to the session',
    notFound: 'We can’t find that session. It may have been deleted.',
    saveFailed: 'The session could not be saved. Nothing was changed. Please try again.',
    unlockCancelled:
      'The session was not saved, because the log is still locked. Your answers are still here.',
    delete: 'Delete this session',
    deleteConfirm: 'Delete this session for good? This cannot be undone.',
    deleteYes: 'Yes, delete it',
    deleteNo: 'No, keep it',
    errors: (field: SessionField, error: FieldError): string =>
      fieldErrors[field][error] ?? 'Check this answer',
  },
  reflection: {
    title: 'A moment to think about this session',
    intro: (n: number): string =>
      times(
        n,
        'You noted a warning sign in this session. Two quick questions. There are no right answers.',
        (k) =>
          `You noted ${k} warning signs in this session. Two quick questions. There are no right answers.`,
      ),
    feltLike: 'Did this session feel like therapy, a date, or a friendship?',
    feltLikeOptions: {
      therapy: 'Like therapy',
      date: 'More like a date',
      friendship: 'More like a friendship',
      unsure: 'I’m not sure',
    } satisfies Record<FeltLike, string>,
    needsAtCenter: 'Whose needs were at the center?',
    needsOptions: {
      mine: 'Mine',
      theirs: 'My therapist’s',
      both: 'Both of ours',
      unsure: 'I’m not sure',
    } satisfies Record<NeedsAtCenter, string>,
    note: 'Anything else you noticed? (optional)',
    why: 'Therapy is there for your needs. If it felt like a date or a friendship, or was about your therapist’s needs, the frame may be slipping. That is never your fault.',
    save: 'Save',
    skip: 'Skip for now',
    required: 'Answer both questions, or choose “Skip for now”',
    feltLikeRequired: 'Choose how the session felt',
    needsRequired: 'Choose whose needs were at the center',
  },
  timeline: {
    caption: 'Each row is one sign or measure; each column is a session.',
    captionMonths: 'Each row is one sign or measure; each column is a month.',
    chartLabel: (sessions: number, first: LocalDate, last: LocalDate): string =>
      sessions === 1
        ? `Timeline chart of one session on ${formatDate(first)}. The same information is in the table.`
        : `Timeline chart of ${sessions} sessions from ${formatDate(first)} to ${formatDate(last)}. The same information is in the table.`,
    scrollLabel: 'Timeline chart. Scroll sideways to see all of it.',
    legendSome: 'Small dot: a little',
    legendMuch: 'Large dot: a lot',
    legendFinding: 'Outlined: part of a pattern named above',
    showTable: 'Show the timeline as a table',
    newestRight: 'Oldest on the left, newest on the right.',
    scrollCue: '← Scroll sideways for earlier sessions',
    gridHeading: 'Every sign, session by session',
    trends: (n: number): string =>
      times(n, 'Your one session so far.', (k) => `Your last ${k} sessions, oldest on the left.`),
    overTitle: 'Minutes over the planned time',
    overTick: (minutes: number): string => `${minutes} min`,
    overReference: '10 min over',
    overSummary: (dates: string[], over: number[]): string => {
      const many = over.filter((v) => v >= 10).length;
      const each = dates.map((d, i) => `${d}: ${overText(over[i] ?? 0)}`);
      return `${listFormat.format(each)}. ${times(many, 'One session ran 10 minutes or more over.', (k) => (k === 0 ? 'None ran 10 minutes or more over.' : `${k} sessions ran 10 minutes or more over.`))}`;
    },
    startTitle: 'Start time',
    startTick: formatClock,
    startReference: '5 pm',
    startSummary: (dates: string[], starts: number[]): string => {
      const late = starts.filter((v) => v >= 17 * 60).length;
      const each = dates.map((d, i) => `${d}: ${formatClock(starts[i] ?? 0)}`);
      return `${listFormat.format(each)}. ${times(late, 'One started at 5 pm or later.', (k) => (k === 0 ? 'None started at 5 pm or later.' : `${k} started at 5 pm or later.`))}`;
    },
    rows: {
      over: 'Ran over',
      start: 'Started 5 pm or later',
      place: 'Somewhere else',
      fee: 'Fee cut or waived',
      contact: 'Contact between sessions',
      touch: 'Hug or touch',
    },
    columns: {
      date: 'Date',
      month: 'Month',
      sessions: 'Sessions',
      length: 'Length',
      start: 'Start',
      place: 'Place',
      fee: 'Fee',
      contact: 'Contact between sessions',
      touch: 'Physical contact',
      signs: 'Signs noted',
    },
    minutes: (actual: number, planned: number): string =>
      actual === planned ? `${actual} min` : `${actual} min (planned ${planned})`,
    overBy: (minutes: number): string => `${minutes} min over`,
    none: 'None',
    countOf: (count: number, sessions: number): string => `${count} of ${sessions}`,
    signCount: (name: string, count: number): string =>
      count === 1 ? name : `${name} (${count} times)`,
    list: (items: string[]): string => listFormat.format(items),
    inPattern: '(part of a pattern named above)',
  },
};
