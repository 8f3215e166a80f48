export const pages = {
  start: {
    title: 'A calm place to think about your therapy',
    lead: 'Terrarium is for people in therapy who have feelings for their therapist, or who feel their therapist is crossing a line. It helps you understand what you feel, notice warning signs, decide what to do next, and get help if something already happened.',
    isHeading: 'What Terrarium is',
    is: [
      'A private guide and notebook. Everything stays on this device.',
      'Nothing you write is stored without being locked by your passphrase.',
      'You can leave at any moment with “Exit this page”.',
    ],
    isNotHeading: 'What it is not',
    isNot: [
      'It is not therapy.',
      'It is not a crisis service. If you are in danger, call or text 988, or call 911.',
      'It is not legal advice.',
    ],
    partsHeading: 'Where to start',
    parts: {
      learn: 'Understand why these feelings happen, and where the line is.',
      reflect: 'A private journal with questions to help you think.',
      notice: 'Keep a log of sessions and see warning signs over time.',
      decide: 'Work out whether it feels safe to tell your therapist.',
      prepare: 'Get ready for the conversation, and check how it went.',
      happened: 'If your therapist has already crossed the line: first steps and how to complain.',
    },
  },
  erased: {
    title: 'Data cleared',
    body: 'This site’s data was cleared from this browser.',
    next: 'You can close this page now, or go back to the start.',
    home: 'Go to the start page',
  },
  safety: {
    title: 'Staying safe',
    lead: 'Terrarium keeps what you write locked on this device. But no app can hide everything. Here is what it can and cannot do, and what you can do about it.',
    sections: [
      {
        heading: 'Leaving fast',
        items: [
          '“Exit this page” is at the top of every page. Press it, or press Shift three times, to leave Terrarium at once.',
          'It hides the page, locks your notes and opens the BBC weather page (bbc.com/weather). You can choose another site under “Privacy and settings”, at the bottom of every page.',
          'Writing you have not saved yet: Terrarium first tries to lock it away as a draft. If the page closes before that is done, it is lost. Save often.',
          'If someone presses Back after you leave, they see the Terrarium start page, not the page you were on. To read your notes, they would need your passphrase.',
        ],
      },
      {
        heading: 'What Terrarium does',
        items: [
          'It sends nothing anywhere. There is no account and no server.',
          'What you write is locked with your passphrase. Without it, nobody can read it, not even us.',
        ],
      },
      {
        heading: 'Your browser history',
        items: [
          'Your browser keeps a list of the Terrarium pages you opened, and when. Each one has a plain name, like “Terrarium · Journal”, and an address. The addresses can hint at which parts you used.',
          'Nothing you wrote or chose is in that list.',
          'Terrarium cannot erase your history. You can delete the Terrarium entries yourself, or use a private window next time.',
          'A history that is suddenly empty can draw attention too. Deleting only the Terrarium entries draws less.',
          'If your browser is signed in to an account, your history may be copied to other devices on that account.',
          'The name and plant icon are meant to look ordinary on a home screen.',
        ],
      },
      {
        heading: 'What “Erase everything” can remove',
        items: [
          '“Erase everything”, under “Privacy and settings”, deletes what Terrarium saved in this browser: your notes, your settings and the copy kept for offline use.',
          'It cannot reach the browser’s own files. The browser may keep copies there for a while, such as old locked data or pages it saved. Your history stays too.',
          'To clear those, open your browser settings and find the data stored for this site (often called “cookies and site data”). Delete it. Then delete the history entries.',
        ],
      },
      {
        heading: 'Shared devices and accounts',
        items: [
          'If someone else knows your phone code or uses the same account, they may see that Terrarium is installed, even if they cannot read it.',
          'Choose a passphrase nobody can guess, and do not write it down where others look.',
        ],
      },
      {
        heading: 'Spyware',
        items: [
          'If someone has put tracking software on your device, they may see what you type, in any app. No app can protect you from that.',
          'If you think that has happened, use a device they have never had access to, such as a library computer or a friend’s phone.',
        ],
      },
      {
        heading: 'If you are in danger',
        items: ['Call or text 988 at any hour, or call 911 in an emergency.'],
      },
    ],
    done: 'Go to the start page',
  },
  settings: {
    title: 'Privacy and settings',
    exitHeading: 'Where “Exit this page” goes',
    exitHint: 'An ordinary website that would not draw attention. It must start with https.',
    exitLabel: 'Website address',
    exitSave: 'Save address',
    exitSaved: (url: string): string => `Saved. “Exit this page” now opens ${url}.`,
    exitInvalid: 'Enter a website address that starts with https, like https://www.bbc.com/weather',
    errorSummary: 'There is a problem',
  },
};
