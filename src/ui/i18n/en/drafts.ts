/** A form's unsaved words kept through a lock (src/ui/vault/SealedDraft.tsx, VaultNotices.tsx). */
export const drafts = {
  kept: 'Your draft is kept.',
  keptLocked: 'Your draft is kept, locked. Unlock to get it back.',
  discard: 'Discard this draft',
  idleWarning:
    'Terrarium will lock soon because nothing has happened for a while. What you are writing will be kept, locked.',
  keepWorking: 'Keep working',
  unlock: 'Unlock',
};
