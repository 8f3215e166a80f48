import { draftRecord } from '../../core/record-keys';
import type { Draft } from '../../core/vault/draft-record';
import type { UnlockedVault } from '../../core/vault/record-type';

/** The draft kept for one form, if any. */
export function draftFor(vault: UnlockedVault, place: string) {
  return vault.list(draftRecord).find((record) => record.data.place === place);
}

/** Writes a form's words as its draft, replacing the one it had. */
export function putDraft(vault: UnlockedVault, place: string, value: unknown) {
  const draft: Draft = { place, value };
  return vault.put(draftRecord, draft, draftFor(vault, place)?.id);
}
