import type { LocalDate, LocalTime, LoggedSession, Session } from '../notice/session';
import type { JournalEntry } from '../reflect/entry';
import { localMoment } from './local-moment';

/**
 * What goes into a report. Journal entries are evidence when the person
 * marked them so in the journal. Sessions have no such mark in the log, so
 * the person picks them here, for the report only; nothing in the log changes.
 */
export interface EvidenceSelection {
  /** Logged sessions the person chose to include. */
  readonly sessionIds: readonly string[];
  /** Entries marked as evidence that the person left out of this report. */
  readonly leftOutEntryIds: readonly string[];
  /** Parts of every item to leave out. */
  readonly leaveOut: {
    /** Earlier versions of edited entries. */
    readonly revisions: boolean;
    /** The person's notes and after-session reflection on each session. */
    readonly sessionNotes: boolean;
  };
}

export const emptySelection: EvidenceSelection = {
  sessionIds: [],
  leftOutEntryIds: [],
  leaveOut: { revisions: false, sessionNotes: false },
};

/** When an item happened on the person's own calendar and clock. */
export interface Moment {
  readonly date: LocalDate;
  readonly time: LocalTime;
}

export interface EntryEvidence {
  readonly kind: 'entry';
  readonly id: string;
  /** When the entry was first written. */
  readonly when: Moment;
  readonly entry: JournalEntry;
}

export interface SessionEvidence {
  readonly kind: 'session';
  readonly id: string;
  readonly when: Moment;
  readonly session: Session;
}

export type EvidenceItem = EntryEvidence | SessionEvidence;

interface StoredEntry {
  readonly id: string;
  readonly data: JournalEntry;
}

/**
 * The items of a report, oldest first. A session is placed at its date and
 * start time; an entry at the moment it was first written (its date on this
 * device's clock). Ties keep a stable order: sessions before entries, then by id.
 * Parts the person chose to leave out are removed here, so every output sees
 * the same items.
 */
export function collectEvidence(
  entries: readonly StoredEntry[],
  sessions: readonly LoggedSession[],
  selection: EvidenceSelection,
): EvidenceItem[] {
  const leftOut = new Set(selection.leftOutEntryIds);
  const chosen = new Set(selection.sessionIds);
  const items: EvidenceItem[] = [
    ...entries
      .filter(({ id, data }) => data.evidence && !leftOut.has(id))
      .map(
        ({ id, data }): EntryEvidence => ({
          kind: 'entry',
          id,
          when: localMoment(data.createdAt),
          entry: selection.leaveOut.revisions ? { ...data, revisions: [] } : data,
        }),
      ),
    ...sessions
      .filter(({ id }) => chosen.has(id))
      .map(
        ({ id, data }): SessionEvidence => ({
          kind: 'session',
          id,
          when: { date: data.date, time: data.start },
          session: selection.leaveOut.sessionNotes ? withoutNotes(data) : data,
        }),
      ),
  ];
  return inDateOrder(items);
}

/** Oldest first, in the one order every document uses. */
export function inDateOrder<T extends EvidenceItem>(items: readonly T[]): T[] {
  return [...items].sort(byWhen);
}

function withoutNotes(session: Session): Session {
  const { reflection: _reflection, ...rest } = session;
  return { ...rest, notes: '' };
}

function byWhen(a: EvidenceItem, b: EvidenceItem): number {
  return (
    compare(a.when.date, b.when.date) ||
    compare(a.when.time, b.when.time) ||
    compare(a.kind === 'session' ? 0 : 1, b.kind === 'session' ? 0 : 1) ||
    compare(a.id, b.id)
  );
}

function compare<T extends string | number>(a: T, b: T): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The first and last day the items cover, or null when there are none. */
export function spanOf(items: readonly EvidenceItem[]): { from: LocalDate; to: LocalDate } | null {
  const first = items[0];
  const last = items[items.length - 1];
  return first && last ? { from: first.when.date, to: last.when.date } : null;
}
