/** The page chrome of the guide. The guide's own text lives in src/content/guide/en/. */
export const learn = {
  index: {
    title: 'Understand your feelings',
    lead: 'Feelings for a therapist are common, and nothing to be ashamed of. This guide explains why they happen, where the line is, and what to do if it was crossed.',
    quickHint: 'Short on time? Start here.',
    fullHeading: 'The full guide',
    fullHint: 'Twelve short sections. Read them in order, or pick the one you need.',
  },
  page: {
    pagerLabel: 'Guide pages',
    previous: (title: string): string => `Previous: ${title}`,
    next: (title: string): string => `Next: ${title}`,
    allSections: 'All sections of the guide',
  },
  whereNext: {
    heading: 'Where to go next',
    intro:
      'When you are ready, Terrarium can help you take the next step. Everything you write stays locked on this device.',
    reflect: 'Write privately about what you feel, with gentle questions to guide you.',
    notice: 'Keep a private log of sessions and see if warning signs repeat.',
    decide: 'Work out whether it feels safe to tell your therapist.',
    happened:
      'First steps, support, and how to file a complaint if your therapist crossed the line.',
  },
};
