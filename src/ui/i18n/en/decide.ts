import type { Draw, Question, SuggestiveAnswer } from '../../../core/decide/answers';
import type { Outcome } from '../../../core/decide/outcomes';

export type Option = { readonly label: string };

/** A next step on an outcome page, with a link where there is somewhere to go. */
export interface Step {
  readonly text: string;
  readonly link?: { readonly href: string; readonly label: string };
}

/** A question page: its heading, a hint and the choices, plus the short label for "check your answers". */
export interface QuestionText<O extends string> {
  readonly title: string;
  readonly hint: string;
  readonly summary: string;
  readonly options: Readonly<Record<O, Option>>;
  /** The error when Continue is pressed with nothing chosen. */
  readonly required: string;
}

const yesNo = {
  no: { label: 'No' },
  'not-sure': { label: 'I’m not sure' },
  yes: { label: 'Yes' },
};

const questions: {
  draws: QuestionText<Draw>;
  suggestive: QuestionText<SuggestiveAnswer>;
  proposal: QuestionText<'no' | 'not-sure' | 'yes'>;
  contact: QuestionText<'no' | 'not-sure' | 'yes'>;
  comfort: QuestionText<'comfortable' | 'only-awkward' | 'not-sure' | 'unsafe'>;
  gut: QuestionText<'no' | 'not-sure' | 'yes'>;
} = {
  draws: {
    title: 'What draws you to your therapist?',
    hint: 'Choose all that fit. There are no wrong answers.',
    summary: 'What draws you',
    required: 'Choose at least one, or skip this question',
    options: {
      looks: { label: 'Their looks' },
      'how-they-talk': { label: 'How they talk' },
      'how-they-look-at-me': { label: 'How they look at me' },
      'how-they-talk-to-me': { label: 'How they talk to me' },
      'what-they-say-to-me': { label: 'What they say to me' },
      'how-they-listen': { label: 'How they listen' },
      'makes-me-feel-safe': { label: 'How safe they make me feel' },
      'makes-me-feel-unsafe': { label: 'How unsafe they make me feel' },
      'how-they-show-care': { label: 'How they show they care' },
      'understands-me': { label: 'How well they seem to understand me' },
      'power-or-charisma': { label: 'Their power or charisma' },
      'something-suggestive': { label: 'Something suggestive they said or did' },
      'something-else': { label: 'Something else' },
    },
  },
  suggestive: {
    title: 'Has your therapist said or done anything suggestive?',
    hint: 'For example a remark about your body, a flirty joke or look, or talk about sex that was not what you came for.',
    summary: 'Anything suggestive',
    required: 'Choose an answer, or skip this question',
    options: {
      no: { label: 'No' },
      'once-repaired': {
        label:
          'Once, and they quickly put it right: they named it or said sorry, and it has not happened again',
      },
      'not-sure': { label: 'I’m not sure' },
      once: { label: 'Yes, once' },
      'more-than-once': { label: 'Yes, more than once' },
    },
  },
  proposal: {
    title: 'Has your therapist hinted at, or asked for, a romantic or sexual relationship?',
    hint: 'This includes hints about “after therapy ends”, or saying they wish things were different between you.',
    summary: 'A hint or request for a relationship',
    required: 'Choose an answer, or skip this question',
    options: yesNo,
  },
  contact: {
    title: 'Has your therapist taken part in any sexual contact with you?',
    hint: 'Any kind, now or in the past: kissing, touching that felt sexual, or sex. If you made a move and your therapist stopped it kindly and clearly, answer no: they did their job. Whatever happened, it is not your fault.',
    summary: 'Sexual contact',
    required: 'Choose an answer, or skip this question',
    options: yesNo,
  },
  comfort: {
    title: 'Would you feel comfortable telling your therapist about your feelings?',
    hint: 'Think about how you expect them to react.',
    summary: 'Comfortable telling them',
    required: 'Choose an answer, or skip this question',
    options: {
      comfortable: { label: 'Yes, I think so' },
      'only-awkward': { label: 'It would be awkward or embarrassing, but that is all' },
      unsafe: { label: 'No. I sense they might respond in a way that makes me unsafe' },
      'not-sure': { label: 'I’m not sure' },
    },
  },
  gut: {
    title:
      'Gut check: does anything about your therapist make you uncomfortable, or hold you back?',
    hint: 'Go with your first feeling.',
    summary: 'Gut check',
    required: 'Choose an answer, or skip this question',
    options: yesNo,
  },
};

/** Draws as they read inside a sentence ("Part of what draws you is …"). */
const drawsInSentence: Record<Draw, string> = {
  looks: 'their looks',
  'how-they-talk': 'how they talk',
  'how-they-look-at-me': 'how they look at you',
  'how-they-talk-to-me': 'how they talk to you',
  'what-they-say-to-me': 'what they say to you',
  'how-they-listen': 'how they listen',
  'makes-me-feel-safe': 'how safe they make you feel',
  'makes-me-feel-unsafe': 'how unsafe they make you feel',
  'how-they-show-care': 'how they show they care',
  'understands-me': 'how well they seem to understand you',
  'power-or-charisma': 'their power or charisma',
  'something-suggestive': 'something suggestive they said or did',
  'something-else': 'something else',
};

interface OutcomeText {
  readonly title: string;
  readonly meaning: readonly string[];
  readonly next: readonly Step[];
}

const outcomes: Record<Exclude<Outcome, 'slow-down'>, OutcomeText> & {
  'slow-down': OutcomeText & {
    readonly meaningGut: readonly string[];
    readonly unsureAboutLine: Step;
  };
} = {
  stop: {
    title: 'Stop and get support',
    meaning: [
      'What you told us means your therapist has crossed a line that every profession forbids.',
      'This is not your fault, even if you made the first move. Keeping the line is always the therapist’s job, never yours.',
      'No list of questions can weigh what happened to you. Your gut is your best guide, and you need no proof to leave.',
    ],
    next: [
      {
        text: 'Do not go back to this therapist, even if they say sorry or promise it will not happen again.',
      },
      {
        text: 'You deserve support. Read the first steps, where to find help, and how to make a complaint.',
        link: { href: '/happened', label: 'If it already happened' },
      },
    ],
  },
  'walk-away': {
    title: 'It may be time to walk away',
    meaning: [
      'What you told us points to a therapist who is not keeping the professional line.',
      'Telling them about your feelings could give them an opening to go further. You did nothing wrong by noticing this.',
      'There is no formula for this, and you know your therapist better than we do. If your gut says go, you need no proof to leave.',
    ],
    next: [
      {
        text: 'Think about ending therapy with this therapist and finding a new one.',
        link: {
          href: '/learn/leaving-a-therapist',
          label: 'Leaving a therapist, and finding a new one',
        },
      },
      {
        text: 'You can report this therapist to their licensing board. You do not have to decide now.',
      },
      {
        text: 'Keep your notes and your session log. They can help you later.',
        link: { href: '/notice', label: 'Your session log' },
      },
    ],
  },
  'slow-down': {
    title: 'Trust your gut — slow down',
    meaning: [
      'Some of your answers leave us unsure. That does not mean something is wrong. It means there is no need to rush.',
      'There is no formula for this. Your gut is your best guide: listen to it as you go.',
    ],
    /** In place of the meaning above when the person already senses danger, or cannot rule out that a line was crossed. */
    meaningGut: [
      'Some of your answers say that part of you is holding back. Take that seriously.',
      'You need no proof to hold back, or to leave. There is no formula for this: your gut is your best guide.',
    ],
    /** Added to the next steps when the person is not sure whether there was sexual contact or a proposal. */
    unsureAboutLine: {
      text: 'If you are not sure whether a line was already crossed, read what people do when it was.',
      link: { href: '/happened', label: 'If it already happened' },
    },
    next: [
      { text: 'You do not have to tell your therapist now.' },
      {
        text: 'Keep noticing: log your sessions and how they feel to you.',
        link: { href: '/notice', label: 'Open your session log' },
      },
      { text: 'Talk it over with someone you trust, outside therapy.' },
      { text: 'Come back and answer these questions again later. You can change any answer.' },
    ],
  },
  'probably-safe': {
    title: 'It is probably safe to talk about it',
    meaning: [
      'From your answers, nothing points to your therapist crossing a line. Feelings like yours are common in therapy, and a good therapist can help you understand them.',
      'We cannot know your therapist, and we cannot promise how they will react. There is no formula for this: your gut is your best guide. If anything they do worries you, come back here.',
    ],
    next: [
      {
        text: 'Get ready for the conversation: ways to start, and what a good response looks like.',
        link: { href: '/prepare', label: 'Prepare the conversation' },
      },
    ],
  },
};

export type Dated = (dates: string) => string;

export const decide = {
  intro: {
    title: 'Is it safe to tell my therapist?',
    lead: 'Six short questions about your feelings and your therapist. Then we tell you what we think, and why.',
    points: [
      'You can skip any question, go back, and change any answer.',
      'If you keep a session log in Notice, we use what it shows too.',
      'We cannot know your therapist. We explain our reasoning so you can weigh it yourself.',
    ],
    privacy:
      'Your answers stay on this page until you close it, unless you choose to save them. Saved answers are locked with your passphrase.',
    start: 'Start',
    resume: (n: number): string => `Continue from question ${n}`,
    resumeCheck: 'Continue: check your answers',
    resumeResult: 'See your result again',
    clear: 'Clear my answers and start again',
    cleared: 'Your answers have been cleared.',
    unlockToResume: 'Unlock to continue saved answers',
    fromJournal: (n: number): string =>
      n === 1
        ? 'Your latest reflection in your journal already answers one of the questions, so we will not ask it again. You can check and change it before you see the result.'
        : `Your latest reflection in your journal already answers ${n} of the questions, so we will not ask them again. You can check and change them before you see the result.`,
    savedHeading: 'Your saved results',
    savedItem: (date: string, outcome: string): string => `${date}: ${outcome}`,
  },
  progress: (n: number, of: number): string => `Question ${n} of ${of}`,
  back: 'Back',
  continue: 'Continue',
  skip: 'Skip this question',
  skipHint: 'If you skip a question, we treat it as “not sure”, never as “no”.',
  errorSummary: 'There is a problem',
  fromJournal: 'From your journal',
  questions,
  drawsInSentence,
  check: {
    title: 'Check your answers',
    lead: 'You can change any answer before you see the result.',
    change: 'Change',
    changeHidden: (what: string): string => ` ${what.toLowerCase()}`,
    skipped: 'Skipped. We treat this as “not sure”.',
    cleared: 'Your answers were cleared when the page closed.',
    startAgain: 'Start again',
    logHeading: 'From your session log',
    logLocked:
      'Your session log is locked. Unlock it to include what it shows, or go on without it.',
    logUnlock: 'Unlock my session log',
    logSkip: 'Go on without it',
    logNone: 'You have not logged any sessions. That is fine: we go by your answers.',
    logClear: (n: number): string =>
      n === 1
        ? 'Your one logged session shows no warning sign.'
        : `Your ${n} logged sessions show no warning sign.`,
    logSigns: (n: number): string =>
      n === 1
        ? 'Your one logged session shows these signs:'
        : `Your ${n} logged sessions show these signs:`,
    logSign: (sign: string, count: number): string =>
      count === 1 ? `${sign}: in 1 session` : `${sign}: in ${count} sessions`,
    logCorrect: 'If something here is wrong, correct it in your session log.',
    logLink: 'Go to your session log',
    seeResult: 'See the result',
  },
  result: {
    lockedTitle: 'Your session log is locked',
    lockedLead:
      'Your saved notes are locked, and any sessions you logged are locked with them. Unlock them so the result includes what your session log shows. What it holds can change the result.',
    lockedSkipped:
      'We did not read your session log: it is locked. This result goes by your answers alone, so it cannot say it is probably safe.',
    goneTitle: 'Your answers are gone',
    gone: 'Your answers were cleared when the page closed, so there is no result to show.',
    scaleLabel: 'Where your answers point',
    scaleMarker: 'Your answers',
    scale: {
      'probably-safe': 'Talk about it',
      'slow-down': 'Slow down',
      'walk-away': 'Walk away',
      stop: 'Stop and get support',
    } satisfies Record<Outcome, string>,
    why: 'Why we think this',
    alsoNoted: 'Other things we noticed',
    next: 'What you can do next',
    notTherapy:
      'Terrarium is not therapy and cannot know your therapist. This is our reading of your answers, not a promise.',
    crisisHeading: 'If you need help now',
    crisis988: 'Call or text 988, any time, free.',
    crisis911: 'In an emergency, call 911.',
    rainn: 'Call RAINN, the National Sexual Assault Hotline, at 800-656-4673, any time.',
    tell: 'TELL (therapyabuse.org): people who went through this answer by email.',
    change: 'Change your answers',
    save: 'Save this result',
    saved: (date: string): string => `Saved on ${date}. You can find it again on the Decide page.`,
    savedOn: (date: string): string => `You saved this result on ${date}.`,
    remove: 'Delete this saved result',
    removed: 'The saved result has been deleted.',
    missing: 'We cannot find this saved result. It may have been deleted.',
    unlockToSee: 'This saved result is locked. Unlock to see it.',
    unlock: 'Unlock',
    answersHeading: 'Your answers',
  },
  save: {
    later: 'Save and come back later',
    saved: 'Saved. Your answers are locked on this device. Come back to Decide to continue.',
    cancelled: 'Not saved. Your answers stay on this page until you close it.',
    unavailable:
      'This browser cannot save anything. Your answers stay on this page until you close it.',
    failed: 'We could not save. Your answers are still here on this page. Please try again.',
  },
  outcomes,
  reasons: {
    'reported-contact': 'You told us your therapist took part in sexual contact with you.',
    'reported-proposal':
      'You told us your therapist hinted at, or asked for, a romantic or sexual relationship.',
    'logged-overriding': {
      'romantic-proposal': ((dates) =>
        `Your session log records a hint or request for a relationship (${dates}).`) as Dated,
      'sexual-contact': ((dates) => `Your session log records sexual contact (${dates}).`) as Dated,
    },
    'suggestive-more-than-once':
      'You told us your therapist has said or done something suggestive more than once.',
    'suggestive-sign-recurs': {
      'body-comments': ((dates) =>
        `Your session log shows comments on your body or looks more than once (${dates}).`) as Dated,
      'sex-talk': ((dates) =>
        `Your session log shows talk about your sex life, not at your request, more than once (${dates}).`) as Dated,
    },
    'suggestive-and-unsafe':
      'Something suggestive happened, and you sense your therapist might react in a way that would make you unsafe.',
    'signs-recur': 'Several warning signs came back in more than one session:',
    'many-signs': (n: number): string => `Your session log shows ${n} different warning signs:`,
    'feels-unsafe': {
      comfort: 'You sense your therapist might react in a way that would make you unsafe.',
      draw: 'Part of what draws you is how unsafe they make you feel.',
    },
    'not-sure': {
      draws: 'You are not sure what draws you.',
      suggestive: 'You are not sure whether something your therapist said or did was suggestive.',
      proposal: 'You are not sure whether your therapist hinted at a relationship.',
      contact: 'You are not sure whether your therapist took part in sexual contact with you.',
      comfort: 'You are not sure you would feel comfortable telling them.',
      gut: 'You are not sure what your gut tells you.',
    } satisfies Record<Question, string>,
    skipped: {
      draws: 'You skipped the question about what draws you, so we treated it as “not sure”.',
      suggestive:
        'You skipped the question about anything suggestive, so we treated it as “not sure”.',
      proposal:
        'You skipped the question about a hint or request for a relationship, so we treated it as “not sure”.',
      contact: 'You skipped the question about sexual contact, so we treated it as “not sure”.',
      comfort:
        'You skipped the question about feeling comfortable telling them, so we treated it as “not sure”.',
      gut: 'You skipped the gut check, so we treated it as “not sure”.',
    } satisfies Record<Question, string>,
    skippedMany: (n: number, list: string): string =>
      `You skipped ${n} questions: ${list}. We treated each one as “not sure”.`,
    skippedName: {
      draws: 'what draws you',
      suggestive: 'anything suggestive',
      proposal: 'a hint or request for a relationship',
      contact: 'sexual contact',
      comfort: 'feeling comfortable telling them',
      gut: 'the gut check',
    } satisfies Record<Question, string>,
    'gut-uneasy': 'Something about your therapist makes you uncomfortable or holds you back.',
    'suggestive-once': 'You told us your therapist said or did something suggestive once.',
    'suggestive-draw': 'Part of what draws you is something suggestive they said or did.',
    'draws-power-or-gaze': (list: string): string =>
      `Part of what draws you is ${list}. Feelings like that can make it harder to see clearly.`,
    'draws-other': (list: string): string =>
      `What draws you includes ${list}, not only warmth, safety, and feeling heard and understood.`,
    'some-signs': (n: number): string =>
      n === 1
        ? 'Your session log shows a warning sign. One-off entries are worth noting, but what matters most is a sign that comes back:'
        : 'Your session log shows warning signs. One-off entries are worth noting, but what matters most is signs that come back:',
    'log-locked':
      'Your session log is locked, so we could not read it. What it holds could change this result.',
    'slip-repaired':
      'You told us something suggestive happened once, and your therapist quickly put it right. A caring therapist can slip and set the line back at once. We note it, but it does not decide this result. If it happens again, it is no longer a slip.',
    'plain-attraction': (list: string): string =>
      `Part of what draws you is ${list}. Being drawn to how someone looks or talks is natural, and not a warning sign by itself.`,
    'warm-draws': (list: string): string =>
      `What draws you is ${list}: warmth, safety, and feeling heard and understood.`,
    'nothing-crossed':
      'You told us your therapist has not said or done anything suggestive, hinted at a relationship, or had sexual contact with you.',
    'no-signs-logged': (n: number): string =>
      n === 0
        ? 'You have not logged any sessions, so we went by your answers alone.'
        : n === 1
          ? 'Your one logged session shows no warning sign.'
          : `None of your ${n} logged sessions shows a warning sign.`,
    'at-most-awkward': {
      comfortable: 'You would feel comfortable telling them.',
      'only-awkward': 'Telling them would feel awkward, but not unsafe.',
    },
    'gut-clear': 'Nothing about your therapist makes you uncomfortable or holds you back.',
    signLine: (sign: string, dates: string): string => `${sign} (${dates})`,
    sessionsGone: (n: number): string =>
      n === 1 ? 'in 1 session no longer in your log' : `in ${n} sessions no longer in your log`,
  },
};
