import type { LaterTherapistDuty } from '../../../core/boards/state-laws';
import type { DatesProblem } from '../../../core/report/complaint';
import { documentWords, reportTitle } from './document';

const tell = 'https://therapyabuse.org/resources.htm';
const jaapl = 'https://jaapl.org/content/early/2020/02/12/JAAPL.003911-20/tab-figures-data';

/** Part 6 of PRODUCT.md: first steps, options, the complaint builder and the evidence report. */
const part = {
  title: 'If it already happened',
  lead: 'If a therapist has had sexual contact with you, or proposed it, this page is for you. Take it one step at a time. You do not have to do anything today.',
  notAdvice: 'Terrarium is not legal advice. A lawyer can tell you what applies to you.',
  sourceLabel: 'Source:',

  firstSteps: {
    heading: 'First steps',
    items: [
      {
        heading: 'It is not your fault',
        text: 'It does not matter who started it, or whether you agreed. Keeping the relationship professional is always the therapist’s job, never the client’s.',
        source: {
          label: 'APA Ethics Code 10.05; California “Therapy Never Includes Sexual Behavior”',
          url: 'https://solid.dca.ca.gov/publications/proftherapy.shtml',
        },
      },
      {
        heading: 'Do not go back to that therapist',
        text: 'Not even if they apologize, promise it will not happen again, or say your case is different. Try not to write to them or call them either; if you want to, talk it through with a lawyer first.',
        source: { label: 'TELL, resources for survivors', url: tell },
      },
      {
        heading: 'You can get support now',
        text: 'You can talk to someone today, for free and in confidence. The numbers are just below. Later, a new, experienced therapist can help you recover.',
        source: null,
      },
    ],
  },

  support: {
    heading: 'Support now',
    call988: 'Call 988',
    text988: 'Text 988',
    about988: 'Suicide & Crisis Lifeline: free, private, 24 hours a day.',
    rainn: 'Call RAINN: 800-656-4673',
    aboutRainn:
      'National Sexual Assault Hotline: 24 hours a day. It connects you to a center near you.',
    tell: 'TELL: therapyabuse.org',
    aboutTell:
      'Therapy Exploitation Link Line: people who went through this themselves answer by email. They do not give therapy or legal advice.',
    emergency: 'In an emergency, call 911.',
  },

  options: {
    heading: 'Your options',
    lead: 'There is no right order and no deadline for deciding today. Many people use more than one of these. Each has good sides and hard sides.',
    goodLabel: 'What it can do',
    hardLabel: 'What is hard about it',
    list: [
      {
        id: 'board',
        heading: 'A complaint to the licensing board',
        good: [
          'The board can take away or limit the therapist’s license, which can protect other clients.',
          'Anyone can file a complaint, and you can write it yourself.',
          'Many people find that writing the complaint helps them.',
        ],
        hard: [
          'It can take many months. The board protects the public; it does not act for you or pay for harm done to you.',
          'The therapist is told about the complaint and can answer it.',
          'There are deadlines, and they differ by state and profession. In California, for example, 7 years from the act for counselors, social workers and family therapists, and 10 for physicians. File early.',
        ],
        source: {
          label: 'TELL, licensing-board tips; Cal. Bus. & Prof. Code §§ 4990.32, 2230.5',
          url: 'https://therapyabuse.org/t2-licensing-board-complaints.htm',
        },
      },
      {
        id: 'police',
        heading: 'The police, where it is a crime',
        good: [
          'More than 20 states make sexual contact between a therapist and a client a crime.',
          'A criminal case can lead to a conviction.',
        ],
        hard: [
          'It only applies where the state has such a law, and the rules differ from state to state.',
          'The prosecutor decides whether to bring a case. You would be a witness, and it can take a long time.',
        ],
        source: {
          label: 'NASW, Criminalization of Psychotherapist Sexual Misconduct (2013)',
          url: 'https://partnersagainstsexualabuse.org/what-is-counselor-sexual-abuse-2/',
        },
      },
      {
        id: 'attorney',
        heading: 'A civil attorney',
        good: [
          'A lawsuit can win you money for the harm done.',
          'A lawyer can explain your rights, your deadlines, and which step to take first.',
        ],
        hard: [
          'Lawsuits have their own deadlines, which can be shorter than you expect.',
          'A case can be long and stressful, and parts of it may become public.',
        ],
        source: { label: 'TELL, resources for survivors', url: tell },
      },
      {
        id: 'new-therapist',
        heading: 'Telling a new therapist',
        good: [
          'A new, experienced therapist can help you make sense of what happened and heal.',
          'They can also talk through your options with you.',
        ],
        hard: [
          'Trusting a therapist again can feel hard. It is fine to go slowly.',
          'In some states a new therapist has duties when you tell them, such as reporting it. Below you can see whether your state is one of them. You can ask them first what they would have to do.',
        ],
        source: {
          label: 'MacIntyre & Appel (2020), J Am Acad Psychiatry Law 48(2), table 2',
          url: jaapl,
        },
      },
      {
        id: 'support',
        heading: 'Support from people who understand',
        good: [
          'Crisis lines and survivor groups can listen and help you think, without any pressure to act.',
        ],
        hard: ['They cannot act against the therapist for you.'],
        source: { label: 'TELL, resources for survivors', url: tell },
      },
      {
        id: 'not-yet',
        heading: 'Not yet',
        good: ['It is fine to wait until you feel ready. You can keep notes here in the meantime.'],
        hard: ['Deadlines keep running while you wait. A lawyer can tell you how long you have.'],
        source: null,
      },
    ],
  },

  state: {
    heading: 'What applies in your state',
    label: 'Your state',
    hint: 'The state where the therapy took place. We do not save this choice.',
    choose: 'Choose a state',
    show: 'Show what applies',
    criminalHeading: 'Is it a crime?',
    criminalYes: (state: string, citation: string): string =>
      `Yes. In ${state}, sexual contact between a therapist and a client can be a crime under ${citation}. Whether the law applies can depend on when it happened and on other details. The police or a lawyer can tell you how it applies to you.`,
    criminalUnknown: (state: string): string =>
      `We have not been able to check ${state}’s criminal law ourselves. More than 20 states make this a crime, so please check: the police or a lawyer can tell you.`,
    unlicensedToo: 'This law also covers people who offer therapy without a license.',
    dutiesHeading: 'If you tell a new therapist',
    dutiesYes: (state: string, citation: string): string =>
      `${state} law (${citation}) says a therapist you tell about it must:`,
    dutiesNone: (state: string): string =>
      `We know of no law in ${state} that gives a new therapist special duties when you tell them. They still keep what you say private, within the usual limits.`,
    duties: {
      'give-brochure-and-discuss':
        'give you the state’s brochure about therapist sexual misconduct, and talk it through with you',
      'ask-whether-to-report': 'ask you whether you want it reported',
      'report-if-client-agrees': 'report it if you say yes',
      'report-and-tell-client': 'report it, and tell you that they are reporting it',
      'ask-about-anonymity': 'ask you whether you want your name kept out of the report',
      'tell-right-to-report': 'tell you that you have the right to report it to the state',
      'give-complaint-hotline': 'give you the state’s free complaint phone line',
      'report-to-district-attorney':
        'if you say yes, report it to the licensing department and the district attorney within 30 days',
    } satisfies Record<LaterTherapistDuty, string>,
  },

  board: {
    heading: 'Find the board that licenses them',
    lead: 'Each profession has its own licensing board in each state. Choose what kind of professional the therapist was.',
    professionLabel: 'What kind of professional was the therapist?',
    professionHint:
      'If you are not sure, look at their business card, website or bills: the letters after their name (for example LPC or LCSW) tell you.',
    show: 'Show the board',
    loading: 'Looking up the board…',
    nothingSaved: 'Nothing you choose here is saved.',
    boardIs: 'The board:',
    agencyIs: 'It is part of:',
    departmentOnly:
      'This is the state department that licenses them. We could not confirm the name of the board inside it: the department can tell you.',
    noBoard: (org: string): string =>
      `We could not confirm which board licenses this profession in your state. Start with ${org}: it can point you to the right board.`,
    complaintPage: 'File a complaint with the board',
    lookupPage: 'Check the therapist’s license',
    boardSite: 'The board’s website',
    phone: (phone: string): string => `Call the board: ${phone}`,
    otherBoards: 'Another board may license this profession in your state:',
    checked: (month: string): string => `Checked on the board’s own site, ${month}.`,
    notConfirmed: 'We could not confirm this address: start with',
    missing: (org: string): string => `For anything not listed here, start with ${org}:`,
    pagesMove: 'Boards move their pages. If a link does not work, search for the board’s name.',
  },

  why: {
    heading: 'Why reporting can matter',
    text: 'Some therapists who do this have harmed more than one client. A complaint can help protect others. But your safety and recovery come first, and the choice is yours.',
    source: {
      label: 'Gartrell et al. (1986), American Journal of Psychiatry 143(9):1126–31',
      url: 'https://scilit.com/publications/fea77d52ea23390a5e2a93d7aebe393d',
    },
  },

  next: {
    heading: 'When you are ready',
    complaint: 'Build a complaint to a licensing board',
    complaintText:
      'Answer a few questions, one per page. You get a letter to print, save as a PDF, or paste into the board’s form.',
    report: 'Make an evidence report',
    reportText:
      'A dated record of the journal entries and sessions you choose. Codes at the end let anyone check that a copy matches the one you shared.',
    guide: 'Read the guide: if it already happened',
    guideText: 'The same information, with more background.',
    nothingSent:
      'Nothing is sent anywhere. You decide if and when to file, and you file it yourself.',
  },
};

/** The complaint builder: question pages, check your answers, and where to send it. */
const complaint = {
  title: 'Build a complaint',
  lead: 'Answer one question per page. You can change any answer before the end, and come back later: your draft is kept locked on this device.',
  notAdvice:
    'This is not legal advice. Nothing is sent: at the end you choose how to file it yourself.',
  start: 'Start a new complaint',
  drafts: 'Your drafts',
  untitled: 'Complaint (no therapist named yet)',
  draftAbout: (name: string, state: string): string => (state ? `${name}, ${state}` : name),
  continueDraft: 'Continue',
  deleteDraft: 'Delete',
  deleteHidden: (name: string): string => `the draft about ${name}`,
  confirmDelete: 'Delete this draft? This cannot be undone.',
  deleted: 'The draft was deleted.',
  notFound: 'We cannot find this draft. It may have been deleted.',
  backToList: 'Back to your complaints',
  back: 'Back',
  continue: 'Continue',
  saveAndCheck: 'Save and go back to your answers',
  saving: 'Saving…',
  errorSummary: 'There is a problem',
  saveFailed: 'Your answer could not be saved. Please try again.',
  cancelled: 'Your answer was not saved because the passphrase dialog was closed.',
  questionOf: (n: number, total: number): string => `Question ${n} of ${total}`,
  optional: '(optional)',

  stateStep: {
    title: 'In which state did the therapy take place?',
    hint: 'The licensing board of that state handles the complaint, even if you have moved since.',
    label: 'State',
    choose: 'Choose a state',
    error: 'Choose the state where the therapy took place',
  },
  professionStep: {
    title: 'What kind of professional was the therapist?',
    hint: 'Each profession has its own licensing board. If you are not sure, choose “I am not sure”: we will show you how to check.',
    error: 'Choose what kind of professional the therapist was',
    options: {
      psychologist: 'Psychologist',
      counselor: 'Professional counselor (for example LPC, LMHC)',
      'social-worker': 'Clinical social worker (for example LCSW)',
      mft: 'Marriage and family therapist (for example LMFT)',
      physician: 'Psychiatrist or other physician (MD or DO)',
      'psychiatric-np': 'Psychiatric nurse practitioner',
      unlicensed: 'A coach, or someone with no license',
      'not-sure': 'I am not sure',
    },
  },
  boardStep: {
    title: 'The board that receives it',
    lead: 'This is where your complaint would go. Nothing is saved yet: the next question is the first one we keep, locked with your passphrase.',
  },
  therapistStep: {
    title: 'About the therapist',
    nameLabel: 'Their full name',
    nameHint: 'As they gave it to you, with any title such as Dr.',
    nameError: 'Enter the therapist’s name',
    licenseLabel: 'Their license number (optional)',
    licenseHint:
      'It may be on a bill, the therapist’s website, or the board’s license look-up page. Leave it empty if you do not know it.',
    addressLabel: 'Where they practice (optional)',
    addressHint: 'The office address, or the city.',
  },
  youStep: {
    title: 'Your contact details (optional)',
    hint: 'Boards usually need a way to reach you. You can leave these empty here and add them when you file. They are kept locked on this device and appear only in the letter.',
    nameLabel: 'Your name (optional)',
    emailLabel: 'Your email address (optional)',
    phoneLabel: 'Your phone number (optional)',
    addressLabel: 'Your postal address (optional)',
  },
  datesStep: {
    title: 'When were you in therapy with them?',
    hint: 'If you do not remember the exact day, choose the first day of the month.',
    fromLabel: 'First session',
    toLabel: 'Last session (optional)',
    toHint: 'Leave it empty if you are still seeing them or do not know.',
    errors: {
      'from-missing': 'Enter the date of the first session',
      'from-invalid': 'Enter the first session as a real date',
      'to-invalid': 'Enter the last session as a real date',
      future: 'The dates must be today or earlier',
      'to-before-from': 'The last session must be on or after the first',
    } satisfies Record<DatesProblem, string>,
  },
  evidenceStep: {
    title: 'What should the complaint draw on?',
    lead: 'The next page drafts “what happened” from the journal entries you marked as evidence and the sessions you choose here, in date order.',
    entriesHeading: 'Journal entries marked as evidence',
    entriesNone:
      'No journal entries are marked as evidence yet. You can mark any entry in Reflect.',
    entriesCount: (n: number): string =>
      n === 1
        ? '1 journal entry is marked as evidence.'
        : `${n} journal entries are marked as evidence.`,
    includeEntry: 'Include',
    sessionsLegend: 'Sessions to include',
    sessionsHint:
      'Sessions have no evidence mark in the log. Tick the ones you want in the complaint and the evidence report. Nothing in your log changes.',
    sessionsNone: 'There are no sessions in your log.',
    tickWithSigns: 'Tick every session with a warning sign',
    signsCount: (n: number): string => (n === 1 ? '1 warning sign' : `${n} warning signs`),
    noSigns: 'no warning signs',
    reflectLink: 'Go to your journal',
  },
  narrativeStep: {
    title: 'What happened',
    care: 'Writing this can bring it all back. Take breaks, stop whenever you need to, and come back later: what you save is kept locked. If it gets to be too much, support is there right now.',
    label: 'What happened, in date order',
    hint: 'We drafted this from what you chose, in date order. It never includes your answers to “What draws you” or “Anything else”: those stay private. Change anything: add what is missing, take out what you do not want to share. Most boards work in English.',
    hintEmpty:
      'Describe what happened, with dates, times and places where you can. Most boards work in English.',
    redraft: 'Draft it again from my evidence',
    redraftWarning: 'This replaces the text in the box with a new draft.',
    error: 'Describe what happened',
    count: (n: number): string => `${n} characters`,
  },
  check: {
    title: 'Check your answers',
    lead: 'Check what you wrote before you make the letter. You can change anything.',
    change: 'Change',
    changeHidden: (what: string): string => ` ${what}`,
    rows: {
      state: 'State',
      profession: 'Profession',
      therapist: 'Therapist',
      you: 'Your contact details',
      dates: 'Dates of treatment',
      evidence: 'Evidence',
      narrative: 'What happened',
    },
    notGiven: 'Not given',
    stillSeeing: 'still seeing them, or not known',
    evidenceSummary: (entries: number, sessions: number): string =>
      `${entries} ${entries === 1 ? 'journal entry' : 'journal entries'}, ${sessions} ${sessions === 1 ? 'session' : 'sessions'}`,
    missing: 'Some answers are still needed',
    make: 'Make the letter',
  },
  file: {
    title: 'Your complaint',
    lead: 'Here is your letter. Nothing has been sent. Save it, print it, or copy it into the board’s form.',
    boardHeading: 'Who receives it',
    unknownBoard: 'Choose a state and a profession to see which board receives it.',
    unlicensedHeading: 'There is no licensing board for this',
    unlicensedText:
      'Coaches and people without a license answer to no licensing board. You still have other routes:',
    unlicensedRoutes: {
      criminal:
        'The police: in some states the criminal law covers people who offer therapy without a license.',
      criminalStates: (states: string) => `Our research saw such a law in ${states}.`,
      civil: 'A civil attorney: about a claim for the harm done, and your deadlines.',
      'unlicensed-practice-report':
        'If they called themselves a psychologist, counselor or another licensed title, the board for that title may act against them for practising without a license.',
      support: 'Support: TELL, RAINN and 988 are there for you too.',
    },
    notSureHeading: 'Not sure of their profession?',
    notSureText:
      'Look the therapist up on the license pages of your state’s boards. Their license shows which board is theirs. Then change your answer.',
    nationalDirectories: 'The national lists of state boards:',
    howHeading: 'How to send it',
    how: [
      'Most boards take complaints on a form on their website, by email, or by post. The board’s complaint page says which.',
      'If the form has a box for what happened, paste the plain text below. Check the character count against the box’s limit.',
      'Add copies, never the originals, of anything that backs it up: messages, bills, appointment records. Your evidence report can go with it.',
      'Keep a copy of everything you send, and note the date you sent it.',
    ],
    howSource: {
      label:
        'California Board of Behavioral Sciences; Minnesota Board of Behavioral Health and Therapy',
      url: 'https://bbs.ca.gov/consumers/consumer_complaints.html',
    },
    exportHeading: 'Save or print the letter',
    edit: 'Change your answers',
  },
};

/** The evidence report page and the export controls both documents share. */
const report = {
  title: reportTitle,
  lead: 'A dated record of what you choose: journal entries marked as evidence and sessions from your log, oldest first, with the earlier versions of edited entries. Codes at the end let anyone check that a copy matches the one you shared.',
  chooseHeading: 'Choose what goes in',
  entriesLegend: 'Journal entries marked as evidence',
  entriesNone: 'No journal entries are marked as evidence. You can mark any entry in your journal.',
  sessionsLegend: 'Sessions',
  sessionsNone: 'There are no sessions in your log.',
  partsLegend: 'Leave out parts',
  leaveOutRevisions: 'Leave out the earlier versions of edited entries',
  leaveOutNotes: 'Leave out my notes and reflections on sessions',
  revealsHeading: 'What this report shows to anyone who reads it',
  reveals: (entries: number, sessions: number, versions: number) => [
    entries === 0
      ? 'No journal entries.'
      : `${entries} ${entries === 1 ? 'journal entry' : 'journal entries'}: every word you wrote in them, and when you wrote them.`,
    versions === 0
      ? 'No earlier versions of entries.'
      : `${versions} earlier ${versions === 1 ? 'version' : 'versions'} of edited entries: what you first wrote and later changed.`,
    sessions === 0
      ? 'No sessions.'
      : `${sessions} ${sessions === 1 ? 'session' : 'sessions'}: date, time, length, place, fee, touch, contact between sessions and warning signs, and your notes unless you leave them out.`,
    'The day and time you made the report, and your device’s time zone.',
  ],
  revealsNot: 'It does not name this app, and it does not include anything you leave out above.',
  saved: 'Your choices are saved.',
  empty:
    'Nothing is chosen yet. The report will say so and show how to add items, but you can still make it.',
  exportHeading: 'Make the report',
  print: 'Printable page',
};

const exportText = {
  ...documentWords,
  pdf: 'Download PDF',
  pdfWorking: 'Making the PDF…',
  pdfDone: 'The PDF is ready. Check your downloads.',
  pdfFailed: 'The PDF could not be made. The printable page and the plain text below still work.',
  printable: 'Open a printable page',
  textHeading: 'Plain text',
  textHint:
    'To paste into a board’s web form. Some forms limit the length: compare the count with the form’s limit.',
  textLabel: (title: string): string => `${title}, as plain text`,
  count: (n: number): string => `${n.toLocaleString('en-US')} characters`,
  copy: 'Copy the text',
  copied: 'Copied. Paste it into the form.',
  copyFailed: 'Could not copy. Select the text above and copy it yourself.',
  downloadText: 'Download as a text file',
  onlyNarrative: 'Only “what happened”',
  printTitle: 'Printable page',
  printButton: 'Print',
  printHint: 'Use your browser’s print command, and choose “Save as PDF” to keep a copy.',
  backToExport: 'Back',
  working: 'Preparing…',
  previewHeading: 'The letter',
  previewLabel: (title: string): string => `${title}: preview`,
  showText: 'Show the plain text',
  paper: { legend: 'Paper size for the PDF', letter: 'US Letter', a4: 'A4' },
  /** The choice of the documents' language, offered only when the app is not in English. */
  docLang: {
    legend: 'Language of the documents',
    english: 'English (recommended for the board)',
    englishHint:
      'Most US licensing boards work in English. A board can read English documents without waiting for a translation.',
    spanish: 'Spanish',
    spanishHint: 'For your own records, or for an advocate who reads Spanish.',
    ownWords:
      'This changes only the words Terrarium writes. What you wrote yourself stays exactly as you wrote it.',
  },
};

/** Checking a pasted report against its integrity codes. */
const verify = {
  title: 'Check a report’s codes',
  link: 'Check the codes of a report you have',
  lead: 'Paste the plain text of an evidence report. This page works out each code again from the text and says which ones match. Nothing you paste is saved or sent.',
  label: 'The report, as plain text',
  hint: 'Paste all of it, from its title to the end.',
  keptLabel: 'A final code someone kept (optional)',
  keptHint:
    'If you gave the final code to someone, such as a lawyer, paste the code they kept. This is the check that counts, because the codes printed in a copy can be changed along with its text.',
  check: 'Check the codes',
  checking: 'Checking…',
  noCodes:
    'No integrity codes were found in this text. Paste the whole plain-text report, with its “Integrity codes” section. A report made by an earlier version of this app has codes of another kind, which this page cannot check.',
  resultsHeading: 'What the check found',
  item: (n: number): string => `Item ${n}`,
  same: (from: number, to: number): string => `matches (lines ${from}–${to}).`,
  moved: (from: number, to: number, listedFrom: number, listedTo: number): string =>
    `its text matches, but it is at lines ${from}–${to}, not ${listedFrom}–${listedTo}. Lines were added or taken out above it, or items were moved.`,
  changed: (from: number, to: number): string =>
    `does not match. Something in lines ${from}–${to} is not the same as when the code was made.`,
  finalSame: 'The final code matches everything above the codes.',
  finalChanged:
    'The final code does not match: something above the codes was changed, added, taken out or moved.',
  noFinal: 'No final code was found.',
  keptSame:
    'The final code someone kept is the same: this text has not changed since they noted it.',
  keptDifferent:
    'The final code someone kept is not the same: this is not the report they noted, or it was changed.',
  limits:
    'A match only shows that the text agrees with the codes printed in it. Anyone who changes a report can print new codes for it. Only a final code someone noted earlier shows that nothing changed since then.',
};

/** Registered as `happened` in the English catalog. */
export const happened = { ...part, complaint, report, exportText, verify };
