import { prompts } from './prompts';
import { noAnswers, type ReflectionAnswers } from './reflection';

/** A guided reflection (answers to the prompts) or a free entry (only a body). */
export type EntryKind = 'guided' | 'free';

/** What an edit can change. */
export interface EntryContent {
  /** The person's free text. A guided reflection keeps its words in its answers instead. */
  readonly body: string;
  readonly answers: ReflectionAnswers;
}

/** An earlier version of an entry, kept when an edit replaced it. */
export interface Revision extends EntryContent {
  /** When this version was written (ISO 8601). */
  readonly writtenAt: string;
}

/**
 * A dated journal entry, as stored in the vault. Its id is the vault record's.
 * Revisions are the record of what was written when: a report built from an
 * entry marked as evidence shows them, so an edit never rewrites history.
 */
export interface JournalEntry extends EntryContent {
  readonly kind: EntryKind;
  /** When the entry was first saved (ISO 8601). */
  readonly createdAt: string;
  /** When the current version was written: createdAt until the first edit. */
  readonly updatedAt: string;
  /** Marked by the person to go into a report later. */
  readonly evidence: boolean;
  /** Earlier versions, oldest first. Edits append; nothing is ever removed. */
  readonly revisions: readonly Revision[];
}

export function createEntry(
  kind: EntryKind,
  content: Partial<EntryContent>,
  now: Date,
): JournalEntry {
  const at = now.toISOString();
  return {
    kind,
    body: content.body ?? '',
    answers: content.answers ?? noAnswers,
    createdAt: at,
    updatedAt: at,
    evidence: false,
    revisions: [],
  };
}

/**
 * Changes an entry's content. The version it replaces is kept as a revision,
 * dated when it was written. An edit that changes nothing leaves the entry as
 * it was, so saving twice does not make empty revisions.
 */
export function editEntry(
  entry: JournalEntry,
  changes: Partial<EntryContent>,
  now: Date,
): JournalEntry {
  const next: EntryContent = {
    body: changes.body ?? entry.body,
    answers: changes.answers ?? entry.answers,
  };
  if (sameContent(entry, next)) return entry;
  const previous: Revision = {
    body: entry.body,
    answers: entry.answers,
    writtenAt: entry.updatedAt,
  };
  return {
    ...entry,
    ...next,
    updatedAt: now.toISOString(),
    revisions: [...entry.revisions, previous],
  };
}

/** Marks or unmarks an entry as evidence. This is not an edit of what was written: no revision. */
export function markAsEvidence(entry: JournalEntry, evidence: boolean): JournalEntry {
  return entry.evidence === evidence ? entry : { ...entry, evidence };
}

/** Every version of an entry, newest (the current one) first. */
export function versionsOf(entry: JournalEntry): Revision[] {
  const current: Revision = {
    body: entry.body,
    answers: entry.answers,
    writtenAt: entry.updatedAt,
  };
  return [current, ...[...entry.revisions].reverse()];
}

/** Entries by the day they were written, newest first. */
export function newestFirst<E extends { readonly data: JournalEntry }>(entries: readonly E[]): E[] {
  return [...entries].sort((a, b) =>
    a.data.createdAt < b.data.createdAt ? 1 : a.data.createdAt > b.data.createdAt ? -1 : 0,
  );
}

export function sameContent(a: EntryContent, b: EntryContent): boolean {
  if (a.body !== b.body) return false;
  return prompts.every(({ id }) => {
    const x = a.answers[id];
    const y = b.answers[id];
    if (x === undefined || y === undefined) return x === y;
    return (
      x.text === y.text &&
      x.date === y.date &&
      x.choices.length === y.choices.length &&
      x.choices.every((choice, i) => choice === y.choices[i])
    );
  });
}
