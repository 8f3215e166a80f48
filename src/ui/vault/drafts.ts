import type { UnlockedVault } from '../../core/vault/record-type';

/**
 * The forms on screen that hold words not saved yet. When the vault locks,
 * their words are sealed into the vault as drafts (with the key still in
 * memory), then every page remounts empty. This module knows only the open
 * forms; the drafts themselves live in the vault, and each form seals its own
 * (draft-store.ts), so the frame that locks never loads the draft's schema.
 */
interface OpenForm {
  readonly place: string;
  unsaved(): boolean;
  /** Writes the form's words as its draft; takes the key at once. */
  seal(vault: UnlockedVault): Promise<unknown>;
}

const forms = new Set<OpenForm>();
/**
 * Places whose words were sealed at a lock in this tab, so a locked page can
 * say its draft is kept. Only form names (e.g. "reflect/new"), never words.
 */
const sealedHere = new Set<string>();

export function openForm(form: OpenForm): () => void {
  forms.add(form);
  return () => forms.delete(form);
}

/** Whether any form on screen holds words that a lock would have to seal (the idle warning asks). */
export function hasUnsavedWords(): boolean {
  for (const form of forms) if (form.unsaved()) return true;
  return false;
}

export function wasSealedHere(place: string): boolean {
  return sealedHere.has(place);
}

/**
 * Starts sealing every unsaved form. Must run while the vault is still
 * unlocked: each save takes the key at once and finishes even after the lock.
 * Resolves when every draft is on disk; a failed one is dropped quietly (the
 * lock must never wait for it or be stopped by it).
 */
export function sealDrafts(vault: UnlockedVault): Promise<unknown> {
  const saves: Promise<unknown>[] = [];
  for (const form of forms) {
    if (!form.unsaved()) continue;
    sealedHere.add(form.place);
    saves.push(form.seal(vault).catch(() => undefined));
  }
  return Promise.all(saves);
}

/** Non-blank text anywhere in a form's value. */
export function holdsWords(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some(holdsWords);
  if (value && typeof value === 'object') return Object.values(value).some(holdsWords);
  return false;
}

export function forgetSealedPlace(place: string): void {
  sealedHere.delete(place);
}
