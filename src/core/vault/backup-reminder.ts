/**
 * When to suggest a new backup file: after a few things were saved since the last one. Counted
 * from the records themselves (each one changed since the backup counts once), so nothing extra is
 * stored and a restore or another tab's saves count too.
 */
export const SAVES_BEFORE_REMINDER = 5;

/** How many records changed after the last backup (all of them when there never was one). */
export function savesSince(updatedAts: readonly string[], lastBackup: string | null): number {
  if (lastBackup === null) return updatedAts.length;
  const since = Date.parse(lastBackup);
  return updatedAts.filter((at) => Date.parse(at) > since).length;
}

/**
 * Whether to show the reminder. Once dismissed at some count, it waits for as many saves again
 * before it comes back: a gentle nudge, not a nag.
 */
export function shouldRemind(saves: number, dismissedAt: number | null): boolean {
  if (saves < SAVES_BEFORE_REMINDER) return false;
  return dismissedAt === null || saves >= dismissedAt + SAVES_BEFORE_REMINDER;
}
