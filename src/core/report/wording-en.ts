// The documents in English: what US licensing boards read, and the default everywhere.

import { clock, localMoment, utcDay } from './local-moment';
import type { DocumentWording } from './wording';

const dayFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
});

/** 'March 12, 2024' for '2024-03-12'. */
const day = (date: string): string => dayFormat.format(utcDay(date));

/** '6:30 PM' for '18:30'. */
function time(text: string): string {
  const { hours, minutes } = clock(text);
  return `${hours % 12 === 0 ? 12 : hours % 12}:${minutes} ${hours < 12 ? 'AM' : 'PM'}`;
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export const englishWording: DocumentWording = {
  lang: 'en',
  day,
  time,
  instant: (iso) => {
    const at = localMoment(iso);
    return `${day(at.date)}, ${time(at.time)}`;
  },

  profession: {
    psychologist: 'psychologist',
    counselor: 'professional counselor',
    'social-worker': 'clinical social worker',
    mft: 'marriage and family therapist',
    physician: 'psychiatrist or other physician',
    'psychiatric-np': 'psychiatric nurse practitioner',
  },
  unlicensedProfession: 'unlicensed practitioner or coach',
  unknownProfession: 'mental health professional',
  place: {
    office: 'in the usual office',
    video: 'by video',
    elsewhere: 'somewhere other than the office',
  },
  fee: { usual: 'usual fee', reduced: 'fee reduced', waived: 'fee waived' },
  touch: {
    none: 'no physical contact',
    handshake: 'a handshake',
    hug: 'a hug',
    other: 'other touch',
  },
  sign: {
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
  },
  feltLike: {
    therapy: 'therapy',
    date: 'a date',
    friendship: 'a friendship',
    unsure: 'I was not sure',
  },
  needs: {
    mine: 'my needs',
    theirs: 'the therapist’s needs',
    both: 'both',
    unsure: 'I was not sure',
  },
  prompt: {
    draws: 'What draws me to my therapist',
    'first-moment': 'When I first noticed it',
    suggestive: 'Has my therapist said or done anything suggestive?',
    comfort: 'Would I feel comfortable raising this with them?',
    gut: 'Does anything about them make me uncomfortable?',
    notes: 'Notes',
  },
  draw: {
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
  },
  suggestive: {
    no: 'No',
    'not-sure': 'Not sure',
    once: 'Yes, once',
    'more-than-once': 'Yes, more than once',
  },
  comfort: {
    comfortable: 'Yes',
    'only-awkward': 'No, it would only be awkward',
    unsafe: 'No, I sense they might respond in a way that would make me unsafe',
    'not-sure': 'Not sure',
  },
  gut: { yes: 'Yes', no: 'No', 'not-sure': 'Not sure' },

  narrative: {
    fromNotes: (date, words) => `${date} (from my notes): ${words}`,
    firstNoticed: (date, text) =>
      `When I first noticed it${date === '' ? '' : ` (${date})`}${text === '' ? '.' : `: ${text}`}`,
    suggestiveOnce: 'My therapist said or did something suggestive once',
    suggestiveMoreThanOnce: 'My therapist said or did suggestive things more than once',
    session: (date, at, facts) => `${date}, session at ${at}: ${facts.join('; ')}.`,
    lasted: (actual, planned) => `it lasted ${actual} minutes (${planned} planned)`,
    contactsBetween: (n) =>
      `${count(n, 'contact', 'contacts')} since the last session that ${n === 1 ? 'was' : 'were'} not about scheduling`,
    whatHappened: (signs) => `what happened: ${signs.join(', ')}`,
  },

  report: {
    title: 'Evidence report',
    madeOn: (instant, timeZone) => `Made on ${instant} (time zone: ${timeZone}).`,
    covers: (entries, sessions, from, to) =>
      `This report lists ${count(entries, 'journal entry', 'journal entries')} and ${count(sessions, 'therapy session', 'therapy sessions')}, from ${from} to ${to}, oldest first. An entry is dated when it was first written; a session by the day and time it took place. Where an entry was edited later, its earlier versions follow it, oldest first.`,
    empty:
      'This report has no entries or sessions in it yet. To add some, mark journal entries as evidence, or choose sessions from the session log, and make the report again. Even empty, it records the day it was made.',
    timeline: 'Timeline',
    nothingYet: 'Nothing to show yet.',
    sessionHeading: (n, date, at) => `${n}. Session: ${date}, ${at}`,
    date: 'Date',
    startTime: 'Start time',
    length: 'Length',
    lengthValue: (actual, planned) => `${actual} minutes (${planned} planned)`,
    place: 'Place',
    fee: 'Fee',
    contactsBetween: 'Contacts since the last session not about scheduling',
    physicalContact: 'Physical contact',
    whatHappened: 'What happened',
    noneNoted: 'none noted',
    notes: (text) => `Notes: ${text}`,
    feltLike: 'It felt like',
    needsAtCenter: 'Whose needs were at the center',
    notedAfterwards: 'Afterwards I noted',
    entryHeading: (n, instant) => `${n}. Journal entry: ${instant}`,
    firstWritten: 'First written',
    thisVersionWritten: 'This version written',
    earlierVersions: 'Earlier versions',
    earlierVersion: (n, of, instant) => `Earlier version ${n} of ${of}, written ${instant}:`,
    emptyEntry: '(empty)',
    codesHeading: 'Integrity codes',
    codesExplained: [
      'Each item above has a code. A code is a SHA-256 hash: a fingerprint worked out from text. If one letter of the text changes, the code changes.',
      'An item’s code is worked out from its lines in the plain-text copy of this report (the .txt file): from its numbered heading to its last line, as listed below. The lines are read as UTF-8 text, each ending in a line feed (LF), with no line feed after the last one. The final code is worked out the same way from line 1 to the last line of the last item, so it covers everything above this section.',
    ],
    howToCheck:
      'To check a code on a computer, save the plain text as report.txt and run the command below. It checks the first code listed above; for another code, change the two line numbers.',
    itemCode: (n) => `Item ${n}`,
    finalCode: 'Final code',
    lines: (from, to) => `lines ${from}-${to}`,
    limitsHeading: 'What these codes show, and what they do not',
    limits: [
      'A code is not a signature. It does not show who made this report. Anyone who changes the text can work out new codes for it, so the codes printed in a copy only show that the copy agrees with itself.',
      'What the codes can show: give the final code to someone you trust, such as a lawyer or an advocate, and ask them to note the date. Later, anyone can work out the final code again from the plain text. If it is the same, nothing above this section has changed since that date.',
      'A report made again later, in the same language and time zone, gives an item the same code only if the item, its number and every word of it are the same. The final code is new each time, because it includes the moment the report was made.',
      'The codes do not prove when anything was written. The dates come from the clock of the device it was written on.',
      'The codes do not prove that what is written is true, and they do not show what was left out of this report.',
    ],
    summary: {
      heading: 'Summary',
      period: 'Period',
      fromTo: (from, to) => (from === to ? from : `${from} to ${to}`),
      none: 'No dates yet',
      entries: 'Journal entries',
      sessions: 'Therapy sessions',
      findingsHeading: 'What the sessions in this report show',
      noSessions: 'This report has no therapy sessions in it, so there are no patterns or charts.',
      noFindings:
        'The sessions in this report show no drift and no warning sign that came back in more than one session.',
      theme: (sign, sessions, from, to, details) =>
        [
          `${capital(sign)}: ${count(sessions, 'session', 'sessions')}, ${from === to ? from : `${from} to ${to}`}.`,
          ...details,
        ].join(' '),
      finding: (finding, n, w) => {
        switch (finding.rule) {
          case 'overriding-event':
            return `Noted in ${count(n, 'session', 'sessions')}.`;
          case 'running-over':
            return `${count(n, 'session', 'sessions')} ran 10 minutes or more past the planned time; the longest ran ${finding.longestOverrun} minutes over.`;
          case 'getting-longer':
            return `Sessions ran a little longer each time, up to ${finding.longestOverrun} minutes past the planned time.`;
          case 'later-start':
            return `${count(n, 'session', 'sessions')} started at 5 PM or later, later than any session before them; the latest at ${w.time(finding.latestStart)}.`;
          case 'off-site':
            return `${count(n, 'session', 'sessions')} took place somewhere other than the office or a video call.`;
          case 'fee-reduced':
            return [
              finding.reduced > 0
                ? `Fee reduced for ${count(finding.reduced, 'session', 'sessions')}.`
                : '',
              finding.waived > 0
                ? `Fee waived for ${count(finding.waived, 'session', 'sessions')}.`
                : '',
            ]
              .filter((part) => part !== '')
              .join(' ');
          case 'contact-between':
            return `Contact not about scheduling before ${count(n, 'session', 'sessions')}: ${finding.contacts} times in all.`;
          case 'touch-routine':
            return `A hug or other touch at ${count(n, 'session', 'sessions')}.`;
          case 'sign-recurring':
            return `Noted in ${count(n, 'session', 'sessions')}.`;
        }
      },
      overTitle: 'Minutes past the planned length, per session',
      overValue: (date, minutes) => `${date}: ${minutes}`,
      overDescription: (values) => `Oldest first. ${values.join('; ')}.`,
      startTitle: 'Start time, per session',
      startValue: (date, at) => `${date}: ${at}`,
      startDescription: (values) => `Oldest first. ${values.join('; ')}.`,
      minutes: (n) => `${n} min`,
    },
  },

  complaint: {
    title: (therapist) => `Complaint about ${therapist}`,
    aTherapist: 'a therapist',
    to: 'To',
    board: (state) => (state ? `The licensing board, ${state}` : 'The licensing board'),
    date: 'Date',
    aboutHeading: 'Who this complaint is about',
    name: 'Name',
    profession: 'Profession',
    licenseNumber: 'License number',
    practiceAddress: 'Practice address',
    state: 'State',
    datesHeading: 'Dates of treatment',
    notGiven: 'Not given.',
    from: (date) => `From ${date}.`,
    fromTo: (from, to) => `From ${from} to ${to}.`,
    whatHappenedHeading: 'What happened',
    notWrittenYet: 'Not written yet.',
    aboutMeHeading: 'About me',
    email: 'Email',
    phone: 'Phone',
    address: 'Address',
    contactMe: 'I am the client named above. Please contact me about this complaint.',
    noContact:
      'I have not put my contact details in this copy. I will give them to the board when I file it.',
  },
};
