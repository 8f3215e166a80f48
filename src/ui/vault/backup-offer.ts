/**
 * The offer of a backup file right after the passphrase is chosen. The setup dialog closes as the
 * vault opens, so the offer is handed to the header's lock control, which outlives it.
 */
let pending = false;
const listeners = new Set<() => void>();

export function offerBackup(): void {
  pending = true;
  for (const listener of listeners) listener();
}

/** True once per offer: whoever shows it takes it. */
export function takeBackupOffer(): boolean {
  const was = pending;
  pending = false;
  return was;
}

export function onBackupOffer(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
