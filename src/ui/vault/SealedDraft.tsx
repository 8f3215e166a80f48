import type { VNode } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { draftRecord } from '../../core/record-keys';
import { useCatalog } from '../i18n';
import { drafts as draftsText } from '../i18n/drafts';
import { draftFor, putDraft } from './draft-store';
import { forgetSealedPlace, holdsWords, openForm, wasSealedHere } from './drafts';
import { useVault } from './VaultProvider';

export interface SealedDraft {
  /** "Your draft is kept" with a Discard button, or, while locked, a way to unlock and get it back. */
  readonly notice: VNode | null;
  /** Call after the words were saved for real (or the person cancelled): the draft is deleted. */
  saved(): void;
}

/**
 * Keeps a form's unsaved words through a lock. `place` names the form
 * (e.g. "reflect/new"); `value` is its state; `restore` puts a draft back.
 * `unsaved` says whether the form differs from what is saved (default: it
 * holds any words at all).
 */
export function useSealedDraft<T>(
  place: string,
  value: T,
  restore: (value: T) => void,
  unsaved?: boolean,
): SealedDraft {
  const m = useCatalog(draftsText);
  const { status, vault, requestUnlock } = useVault();
  const latest = useRef({ value, unsaved: unsaved ?? holdsWords(value) });
  latest.current = { value, unsaved: unsaved ?? holdsWords(value) };
  const first = useRef(value);
  const restoreRef = useRef(restore);
  restoreRef.current = restore;
  const [kept, setKept] = useState(false);
  const checked = useRef(false);

  useEffect(
    () =>
      openForm({
        place,
        unsaved: () => latest.current.unsaved,
        seal: (open) => putDraft(open, place, latest.current.value),
      }),
    [place],
  );

  useEffect(() => {
    if (!vault || checked.current) return;
    checked.current = true;
    const draft = draftFor(vault, place);
    if (!draft) return;
    restoreRef.current(draft.data.value as T);
    setKept(true);
  }, [vault, place]);

  const saved = useCallback(() => {
    setKept(false);
    forgetSealedPlace(place);
    const draft = vault && draftFor(vault, place);
    if (vault && draft) vault.remove(draftRecord, draft.id).catch(() => undefined);
  }, [vault, place]);

  const discard = () => {
    saved();
    restoreRef.current(first.current);
  };

  let notice: VNode | null = null;
  if (kept) {
    notice = (
      <div class="notice draft-notice" role="status">
        <p>{m.kept}</p>
        <button type="button" class="button button--secondary" onClick={discard}>
          {m.discard}
        </button>
      </div>
    );
  } else if (status === 'locked' && wasSealedHere(place)) {
    notice = (
      <div class="notice draft-notice" role="status">
        <p>{m.keptLocked}</p>
        <button
          type="button"
          class="button button--secondary"
          onClick={() => requestUnlock().catch(() => undefined)}
        >
          {m.unlock}
        </button>
      </div>
    );
  }
  return { notice, saved };
}
