import type { VaultErrorCode } from '../../../core/vault/errors';
import type { Strength } from '../../../core/vault/passphrase-strength';

export const items = (n: number): string => (n === 1 ? 'one saved item' : `${n} saved items`);

export const errors: Record<VaultErrorCode, string> = {
  unavailable:
    'This browser does not let Terrarium store anything, so nothing can be saved here. A private window or strict privacy settings can cause this.',
  cancelled: 'Nothing was saved.',
  locked: 'Your notes are locked. Unlock them, then try again.',
  exists:
    'A passphrase was already set up on this device, maybe in another tab. Enter that passphrase to unlock.',
  missing: 'Nothing is saved on this device yet.',
  'wrong-passphrase':
    'That passphrase does not match. Check for typing mistakes and Caps Lock, then try again. Nothing was changed.',
  'future-version':
    'Your notes were saved by a newer version of Terrarium. Reload the page to get the newest version. Nothing was changed.',
  'storage-full':
    'This device is out of space, so this was not saved. Everything you saved before is safe. Free up some space, then try again.',
  'write-failed': 'This could not be saved. Everything you saved before is safe. Please try again.',
  damaged:
    'The lock on this device is damaged, so your notes cannot be opened here. Nothing was changed.',
  'invalid-record':
    'This could not be saved because something in it is not right. Everything you saved before is safe.',
  'backup-foreign':
    'This is not a Terrarium backup file. Choose the file Terrarium made when you saved a backup. Nothing was changed.',
  'backup-too-large':
    'This file is too big to be a Terrarium backup (the limit is 64 MB), so it was not opened. Nothing was changed.',
  'backup-unknown-settings':
    'This file asks for lock settings that Terrarium never uses, so it may have been changed. It was not opened. Nothing was changed.',
  'backup-truncated':
    'This backup file is incomplete. It may have been cut off while it was copied. Try copying it again. Nothing was changed.',
  'backup-corrupt': 'This backup file is damaged, so it cannot be used. Nothing was changed.',
  'backup-future-version':
    'This backup was made by a newer version of Terrarium. Reload the page to get the newest version, then try again. Nothing was changed.',
  'backup-wrong-passphrase':
    'That passphrase does not open this backup. Use the passphrase you had when you made the backup. Nothing was changed.',
};

const strength: Record<Strength, string> = {
  'too-short': 'Too short. Use at least 8 characters.',
  weak: 'Easy to guess. Add a few more words.',
  fair: 'Okay. One or two more words would make it stronger.',
  strong: 'Strong. Hard to guess.',
};

export const vault = {
  errors,
  errorSummary: 'There is a problem',
  setup: {
    title: 'Choose a passphrase',
    lead: 'It locks everything you save on this device.',
    passphraseLabel: 'Passphrase',
    passphraseHint: 'A few ordinary words that mean something only to you. Longer is stronger.',
    strength,
    warning: 'If you forget it, nobody can open your notes: not you, and not us.',
    forgotSummary: 'What if I forget?',
    forgotBody: [
      'There is no way to reset it, and Terrarium keeps no hint. Keep it in your head, or somewhere only you can reach.',
      'To start again without it, you can erase everything in Privacy and settings.',
      'A backup file is a locked copy of everything you saved. It opens with the same passphrase, and is your only copy if this device is lost or reset.',
    ],
    submit: 'Set passphrase and continue',
    busy: 'Setting up the lock. This takes a moment.',
    cancel: 'Not now',
    empty: 'Enter a passphrase.',
    tooShort: 'Use at least 8 characters.',
    tooEasy:
      'This is one of the first passphrases a guesser would try. Add a few words of your own.',
  },
  reveal: {
    show: 'Show',
    hide: 'Hide',
    /** Read after Show or Hide, so the button says what it shows. */
    what: 'passphrase',
    shown: 'Your passphrase is visible',
    hidden: 'Your passphrase is hidden',
  },
  backup: {
    offerHeading: 'Save a backup file now?',
    offerBody:
      'It is a locked copy of what you save, in case this device is lost or reset. It opens with your passphrase.',
    promptHeading: 'Time for a backup?',
    promptBody: (n: number): string =>
      `You have saved ${n === 1 ? 'one thing' : `${n} things`} since your last backup file. A new one keeps them safe if this device is lost or reset.`,
    save: 'Save a backup file',
    notNow: 'Not now',
    saved: 'Your backup file is ready. Look for it in your downloads.',
    close: 'Close',
    lastNever: 'Last backup: never',
    last: (date: string): string => `Last backup: ${date}`,
  },
  unlock: {
    title: 'Unlock your notes',
    lead: 'Enter your passphrase to see and save your private notes.',
    label: 'Passphrase',
    submit: 'Unlock',
    busy: 'Unlocking. This takes a moment.',
    cancel: 'Cancel',
    empty: 'Enter your passphrase.',
    forgotSummary: 'I forgot my passphrase',
    forgotBody:
      'Without the passphrase, nobody can open your notes, and there is no way to reset it. To start again, you can erase everything in Privacy and settings. A backup file opens only with the passphrase it was made with.',
  },
  inPage: {
    lockedHeading: 'Your notes are locked',
    lockedBody: 'They are safe on this device. Unlock them with your passphrase to see them.',
    unlockButton: 'Unlock',
    noneHeading: 'Nothing saved yet',
    noneBody: 'The first time you save something, you will choose a passphrase that locks it.',
    setupButton: 'Choose a passphrase',
  },
  problems: (n: number): string =>
    `${n === 1 ? 'One saved item' : `${n} saved items`} could not be opened. ${n === 1 ? 'It is' : 'They are'} kept on this device exactly as ${n === 1 ? 'it was' : 'they were'}, but left out of backups.`,
  lockedNotice: 'Locked. Your notes are hidden until you unlock them again.',
  tampering: {
    heading: 'Some saved items are not as you left them',
    body: 'Something outside Terrarium changed these items in this browser’s storage. Nothing else was lost, and everything is shown as it is now.',
    kind: {
      'rolled-back': 'was set back to an older copy.',
      deleted: 'is missing.',
      resurrected: 'was deleted, and is back.',
      swapped: 'was swapped with another item.',
      changed: 'was changed and cannot be opened.',
    },
    item: (what: string, date: string | null, kind: string): string =>
      date ? `${what} from ${date} ${kind}` : `${what} ${kind}`,
    index:
      'The list Terrarium keeps of your saved items was replaced, so single items could not be checked this time.',
    accept: 'I have read this',
  },
  /** Plain names for record types in a backup summary. Features add theirs here. */
  typeNames: {
    'journal-entry': 'Journal entries',
    'notice-session': 'Sessions in your log',
    draft: 'Drafts',
    'backup-date': 'Backup dates',
  } as Readonly<Record<string, string>>,
  /** One item of a type, to start a sentence. */
  itemNames: {
    'journal-entry': 'A journal entry',
    'notice-session': 'A session in your log',
    draft: 'A draft',
  } as Readonly<Record<string, string>>,
  otherItem: 'A saved item',
  otherType: 'Other items',
};
