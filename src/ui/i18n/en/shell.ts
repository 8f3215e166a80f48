import type { Lang } from '../../../core/i18n/lang';
import type { TitlePart } from '../../../core/page-title';

export const shell = {
  appName: 'Terrarium',
  /** One plain word per part, for page titles (kept in history): never the topic. */
  titleWords: {
    start: 'Home',
    reading: 'Reading',
    journal: 'Journal',
    log: 'Log',
    questions: 'Questions',
    notes: 'Notes',
    documents: 'Documents',
    settings: 'Settings',
    tips: 'Tips',
    missing: 'Not found',
  } as Record<TitlePart, string>,
  otherLanguage: { lang: 'es', name: 'Español' } as { lang: Lang; name: string },
  lockButton: 'Lock',
  skipToContent: 'Skip to main content',
  nav: {
    label: 'Parts of Terrarium',
    home: 'Home',
    learn: 'Learn',
    reflect: 'Reflect',
    notice: 'Notice',
    decide: 'Decide',
    prepare: 'Prepare',
    happened: 'If it already happened',
    safety: 'Staying safe',
    settings: 'Privacy and settings',
  },
  crisis: {
    heading: 'Need help right now?',
    line988: 'Call or text 988 (Suicide & Crisis Lifeline, 24 hours, free).',
    emergency: 'In an emergency, call 911.',
    notService: 'Terrarium is not a crisis service.',
  },
  firstVisit: {
    heading: 'Before you begin',
    body: 'Someone else may see this device. To leave fast, press “Exit this page” at the top, or press Shift three times. That locks your notes and opens a weather page. Writing you have not saved may be lost. Take two minutes to read how to use Terrarium safely.',
    read: 'Read “Staying safe”',
    later: 'Not now',
  },
  limits: {
    noStorage:
      'This browser does not let Terrarium store anything. You can read the guide, but journal entries, the session log and saved answers will not work here.',
    noOffline:
      'This browser cannot keep Terrarium for offline use. It will only open while you are online.',
  },
  notFound: {
    title: 'We can’t find that page',
    body: 'The address may be mistyped, or the page may have moved.',
    home: 'Go to the start page',
  },
};
