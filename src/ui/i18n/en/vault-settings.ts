import { errors, items } from './vault';

/** The settings page's sentences about the vault: lock, passphrase, backup, erase. */
export const vaultSettings = {
  rows: {
    lock: 'Locking',
    passphrase: 'Passphrase',
    backup: 'Backup file',
    exit: 'Where “Exit this page” goes',
    erase: 'Erase everything',
  },
  change: 'Change',
  open: 'Open',
  lockValue: (minutes: number, whenHidden: boolean): string =>
    `After ${minutes === 1 ? '1 minute' : `${minutes} minutes`} without use${whenHidden ? ', and when you switch to another app or tab' : ''}`,
  passphraseValue: { none: 'Not chosen yet', set: 'Chosen', unavailable: errors.unavailable },
  backupValue: {
    none: 'Nothing to back up yet',
    locked: 'Unlock to see when you last saved one',
  },
  eraseValue: 'Deletes everything Terrarium saved in this browser',
  back: 'Back to settings',
  lockHeading: 'Locking',
  status: {
    unavailable: errors.unavailable,
    none: 'Nothing is saved yet. You will choose a passphrase the first time you save something.',
    locked: 'Your notes are locked.',
    unlocked: 'Your notes are unlocked.',
  },
  lockNow: 'Lock now',
  idleLabel: 'Lock after this long without use',
  idleOption: (minutes: number): string => (minutes === 1 ? '1 minute' : `${minutes} minutes`),
  hiddenLabel: 'Also lock when I switch to another app or tab',
  saveLock: 'Save locking choices',
  lockSaved: 'Saved. Your locking choices are in place.',
  storageHeading: 'Keeping your notes on this device',
  storage: {
    persisted:
      'This browser has agreed to keep your notes, even when the device runs low on space.',
    notPersisted:
      'This browser may delete saved notes if the device runs very low on space. Keep a backup file to be safe.',
    unknown:
      'This browser does not say whether it keeps saved notes when space runs low. Keep a backup file to be safe.',
  },
  askPersist: 'Ask the browser to keep my notes',
  passphraseHeading: 'Change your passphrase',
  passphraseNeedsVault: 'You can change your passphrase once something is saved.',
  currentLabel: 'Current passphrase',
  newLabel: 'New passphrase',
  changeSubmit: 'Change passphrase',
  changeBusy: 'Changing your passphrase. This takes a moment.',
  passphraseBody:
    'Changing it also locks everything again with a brand-new key. A backup file you made before still opens with the old passphrase. It holds what was saved when you made it, and nothing newer.',
  changed:
    'Your passphrase has been changed, and everything is locked with a new key. Old backup files still open with the old passphrase, but they hold nothing saved after you made them. Save a new backup file.',
  backupHeading: 'Backup file',
  backupBody:
    'A backup file is a copy of everything you saved, still locked with your passphrase. Keep it somewhere safe, away from people who should not see it. If this device is lost or reset, it is the only way to get your notes back.',
  exportButton: 'Save a backup file',
  exported: 'Your backup file is ready. Look for it in your downloads.',
  exportNothing: 'There is nothing to back up yet.',
  importHeading: 'Restore from a backup file',
  importLabel: 'Choose the backup file',
  importHint: 'Choose a file that Terrarium saved. Nothing changes until you confirm.',
  importCheck: 'Check this file',
  importChooseFile: 'Choose a backup file first.',
  importPassphraseLabel: 'The passphrase you had when you made this backup',
  importOpen: 'Open the backup',
  importBusy: 'Opening the backup. This takes a moment.',
  summaryHeading: 'What this backup holds',
  summaryTotal: (n: number): string =>
    n === 0 ? 'This backup is empty.' : `This backup holds ${items(n)}.`,
  summaryRange: (from: string, to: string): string =>
    from === to ? `Everything in it is from ${from}.` : `They are from ${from} to ${to}.`,
  summaryType: (label: string, n: number): string => `${label}: ${n}`,
  modeLegend: 'How do you want to restore it?',
  modeMerge: 'Add it to what is on this device. When an item is in both, keep the newer copy.',
  modeReplace: 'Replace everything on this device with the backup.',
  modeReplaceHint: 'Anything on this device that is not in the backup will be deleted.',
  restoreIntoEmpty:
    'Nothing is saved on this device, so the backup will be restored as it is. Afterwards, unlock with the passphrase you had when you made it.',
  confirmRestore: 'Restore',
  cancelRestore: 'Cancel',
  restored: (n: number): string =>
    n === 0 ? 'Done. Nothing new was added.' : `Done. Restored ${items(n)} from the backup.`,
  eraseHeading: 'Erase everything',
  eraseBody:
    'This deletes everything Terrarium saved in this browser: your notes, your settings and the copy kept for offline use. It cannot be undone. A backup file kept somewhere else is not touched.',
  eraseKeepsHeading: 'What the browser may still keep',
  eraseKeeps: [
    'The browser may keep old, locked copies of deleted data in its own files for a while, until it tidies them up.',
    'Your browsing history still shows that you visited this site.',
    'To remove these too, open your browser settings, find the data stored for this site (often called "site data" or "cookies and site data"), and delete it. Then clear your browsing history.',
  ],
  eraseNoBackup:
    'You have never saved a backup file. After you erase, your notes are gone for good.',
  eraseLastBackup: (date: string): string =>
    `Your last backup file was saved on ${date}. Anything saved after that will be gone for good.`,
  eraseUnknownBackup:
    'If you have not saved a backup file, your notes will be gone for good after you erase.',
  eraseWord: 'ERASE',
  eraseLabel: 'To confirm, type ERASE',
  eraseButton: 'Erase everything',
  eraseMismatch: 'Type the word ERASE to confirm.',
  erasing: 'Erasing…',
  erasePartial: 'Some things could not be erased. Close every Terrarium tab, then try again.',
};
