import type { ResponseResult, ResponseSign } from '../../../core/decide/response-check';

export interface Step {
  readonly text: string;
  readonly link?: { readonly href: string; readonly label: string };
}

const results: Record<
  ResponseResult,
  { readonly title: string; readonly meaning: readonly string[]; readonly next: readonly Step[] }
> = {
  good: {
    title: 'That sounds like a good response',
    meaning: [
      'What you describe is how a good therapist meets these feelings: calmly, with care, and keeping the line clear.',
      'Keep going. Talking about these feelings can deepen your work together.',
      'There is no formula for this. If something starts to feel wrong, trust that feeling.',
    ],
    next: [
      {
        text: 'If their response starts to feel different later, check again.',
        link: { href: '/notice', label: 'Keep noticing' },
      },
    ],
  },
  'not-ready': {
    title: 'They were not ready, and that is not your fault',
    meaning: [
      'Not every therapist has the training or experience to handle these feelings well. In one large survey, only 9 in 100 therapists said their training on this was enough. Their reaction says more about them than about you.',
      'Your feelings are common and understandable. You did nothing wrong by bringing them up.',
      'There is no formula for this. How you feel with them now is your best guide.',
    ],
    next: [
      {
        text: 'A therapist with more experience can help you explore these feelings safely. It is fine to look for one.',
        link: {
          href: '/learn/leaving-a-therapist',
          label: 'Leaving a therapist, and finding a new one',
        },
      },
      { text: 'Talk it over with someone you trust, outside therapy.' },
    ],
  },
  stop: {
    title: 'This crossed a line: stop and get support',
    meaning: [
      'A therapist who hints at a relationship “after therapy ends” is giving a warning sign. It counts the same as asking for a relationship now: the rules forbid it.',
      'It is not your fault. Telling them how you feel was not an invitation, whatever they say.',
      'There is no formula for this. Your gut is your best guide, and you need no proof to leave.',
    ],
    next: [
      {
        text: 'Do not go back to this therapist, even if they say sorry or promise to keep things professional.',
      },
      {
        text: 'You deserve support. Read the first steps, where to find help, and how to make a complaint.',
        link: { href: '/happened', label: 'If it already happened' },
      },
      {
        text: 'Write down what happened, with the date, while you remember it.',
        link: { href: '/notice', label: 'Your session log' },
      },
    ],
  },
  unethical: {
    title: 'This crossed a line: walk away',
    meaning: [
      'What they did is not a therapist keeping the line. The rules of every profession forbid a therapist from moving toward a romantic or sexual relationship with a client.',
      'It is not your fault. Telling them how you feel was not an invitation, whatever they say.',
      'There is no formula for this. Your gut is your best guide, and you need no proof to leave.',
    ],
    next: [
      {
        text: 'End therapy with this therapist, even if they say sorry or promise to keep things professional.',
        link: {
          href: '/learn/leaving-a-therapist',
          label: 'Leaving a therapist, and finding a new one',
        },
      },
      {
        text: 'Read about support, your options, and how to make a complaint.',
        link: { href: '/happened', label: 'If it already happened' },
      },
      {
        text: 'Write down what happened, with the date, while you remember it.',
        link: { href: '/notice', label: 'Your session log' },
      },
    ],
  },
};

const signs: Record<ResponseSign, string> = {
  'stayed-calm': 'They stayed calm',
  'not-shocked': 'They did not seem shocked',
  curious: 'They were curious about what the feeling means for me',
  'clear-kind-boundary':
    'They were clear and kind that our relationship stays a therapy relationship',
  'focus-on-me': 'They kept the focus on me',
  panicked: 'They seemed to panic, or got flustered',
  'shut-it-down': 'They shut the subject down, or changed it',
  'referred-away': 'They referred me to someone else, or ended our therapy',
  'shocked-or-upset': 'They seemed shocked or upset',
  'shamed-me': 'They made me feel ashamed',
  'showed-interest': 'They showed interest back',
  'feels-the-same': 'They said they feel the same way',
  'said-special': 'They said our case is special or different',
  'suggested-meeting': 'They suggested meeting outside therapy',
  'touched-me': 'They touched me, or moved closer',
  'hinted-after-therapy': 'They hinted at something once therapy ends',
};

export const prepare = {
  title: 'Prepare the conversation',
  lead: 'Telling your therapist about your feelings can feel scary. A good therapist has heard this before, and can help you understand what the feelings mean.',
  checkFirst: 'Not sure it is safe to tell them? Answer a few questions first.',
  checkFirstLink: 'Is it safe to tell my therapist?',
  openingsLegend: 'How would you like to start?',
  openingsHint:
    'Choose the one that sounds most like you, or write your own. You can change any words.',
  openings: {
    direct:
      'This is hard to say. I have developed feelings for you, and I would like to understand what they mean.',
    gentle:
      'There is something I have been avoiding in here. It is about how I feel about you, and it is embarrassing.',
    curious:
      'I think about you between sessions, more than I expected to. Can we look at what that is about?',
    written: 'I wrote something down because it is hard to say out loud. Can I read it to you?',
    planned:
      'I want to talk about something personal about our work together. Can we make time for it next session?',
  },
  own: 'In my own words',
  ownLabel: 'Your own words',
  ownHint: 'Only you can see this.',
  chooseRequired: 'Choose a way to start, or write your own',
  ownRequired: 'Write your own words, or choose one of the other ways to start',
  errorSummary: 'There is a problem',
  practiceButton: 'Practice saying it',
  goodHeading: 'What a good response looks like',
  goodLead: 'A good therapist:',
  good: [
    'stays calm, and is not shocked or upset',
    'is curious about what the feeling means for you',
    'is clear and kind that the relationship stays a therapy relationship',
    'keeps the focus on you and your needs, not theirs',
  ],
  goodNote:
    'They may need a moment to think. That is fine. What matters is that the line stays clear and the door stays open.',
  afterHeading: 'After the conversation',
  afterBody: 'Check how they responded, and what it means for you.',
  afterLink: 'How did they respond?',
  practice: {
    title: 'Practice what you will say',
    back: 'Back',
    yourOpening: 'How you will start',
    openingHint:
      'Change any words so they sound like you. Your changes stay on this page unless you save them to your journal.',
    none: 'You have not chosen a way to start yet.',
    choose: 'Choose a way to start',
    tipsHeading: 'Tips',
    tips: [
      'Say it out loud a few times, when you are alone. It gets easier each time.',
      'You can read it from your phone or a piece of paper.',
      'Bring it up early in the session, so there is time to talk.',
      'You do not have to say everything at once. Starting is enough.',
      'It is fine to say that you feel nervous or embarrassed.',
    ],
    notesLabel: 'What else would you like to say?',
    notesHint:
      'A private space to try out words. It stays on this page unless you save it to your journal.',
    save: 'Save to my journal',
    saved: 'Saved to your journal.',
    nothingToSave: 'There is nothing to save yet. Choose a way to start or write something first.',
    journalEntry: (opening: string, notes: string): string =>
      notes.trim() === ''
        ? `Practicing what to tell my therapist. How I will start: ${opening}`
        : `Practicing what to tell my therapist. How I will start: ${opening}\n\n${notes.trim()}`,
    journalNotesOnly: (notes: string): string =>
      `Practicing what to tell my therapist.\n\n${notes.trim()}`,
    afterLink: 'After the conversation: how did they respond?',
  },
  after: {
    title: 'How did your therapist respond?',
    lead: 'Whatever they did, it took courage to tell them. Tick everything that fits.',
    back: 'Back',
    dateLabel: 'When did you talk to them?',
    dateHint: 'Today is filled in. Change it if it was another day.',
    dateInvalid: 'Enter the date you talked to them',
    dateFuture: 'The date must be today or in the past',
    legend: 'What did they do?',
    hint: 'Choose all that apply.',
    required: 'Choose at least one thing they did',
    signs,
    continue: 'See what this means',
    results,
    dated: (date: string): string => `Conversation on ${date}.`,
    why: 'What you told us',
    calmIsNotEnough: 'They may also have been calm or kind. That does not change what this means.',
    save: 'Save this check',
    saved: (date: string): string => `Saved, dated ${date}. You can find it again on this page.`,
    again: 'Check another conversation',
    savedHeading: 'Your saved checks',
    savedItem: (date: string, result: string): string => `${date}: ${result}`,
    remove: 'Delete',
    removeHidden: (date: string): string => `the check of ${date}`,
    unlockToSee: 'Unlock to see checks you saved before',
  },
};
