import type { LocalDate, LocalTime, LoggedSession, Minutes } from '../src/core/notice/session';
import type { WarningSignId } from '../src/core/notice/warning-signs';
import type { JournalEntry } from '../src/core/reflect/entry';
import type { EvidenceSelection } from '../src/core/report/evidence';

/**
 * A five-year vault for the report benchmark: a weekly session for five years
 * (260) and 1,000 journal entries, 200 of them marked as evidence, a quarter
 * of those edited twice. Text mixes accents, Hebrew and emoji, as real notes may.
 * Deterministic, so every run measures the same work.
 */
export function fiveYearVault(): {
  entries: { id: string; data: JournalEntry }[];
  sessions: LoggedSession[];
  selection: EvidenceSelection;
} {
  const start = Date.UTC(2020, 0, 6, 12);
  const day = 24 * 60 * 60 * 1000;
  const signs: WarningSignId[] = ['special', 'touch', 'outside-contact', 'favors'];
  const sessions: LoggedSession[] = Array.from({ length: 260 }, (_, i) => ({
    id: `session-${i}`,
    data: {
      date: new Date(start + i * 7 * day).toISOString().slice(0, 10) as LocalDate,
      start: (i % 3 === 0 ? '18:30' : '14:00') as LocalTime,
      plannedMinutes: 50 as Minutes,
      actualMinutes: (50 + (i % 5) * 10) as Minutes,
      place: i % 7 === 0 ? 'elsewhere' : 'office',
      fee: i % 6 === 0 ? 'waived' : 'usual',
      contactsBetween: i % 4,
      touch: i % 2 === 0 ? 'hug' : 'none',
      signs: i % 3 === 0 ? [signs[i % signs.length] as WarningSignId] : [],
      notes:
        i % 2 === 0 ? `Session ${i}: she said I was different from the others. Zoë ✓ שלום 😀` : '',
    },
  }));
  const paragraph =
    'Today after the session I kept thinking about what Dr. Ångström said, and how long the hug lasted. ' +
    'She told me again that I am special, and asked me to text her tonight. “אני כאן בשבילך”, she wrote. 😔 ';
  const entries = Array.from({ length: 1000 }, (_, i) => {
    const at = new Date(start + Math.floor(i * 1.82) * day).toISOString();
    const evidence = i % 5 === 0;
    const body = `${paragraph.repeat(1 + (i % 4))}(entry ${i})`;
    const edited = evidence && i % 20 === 0;
    const data: JournalEntry = {
      kind: 'free',
      body,
      answers: {},
      createdAt: at,
      updatedAt: edited ? new Date(Date.parse(at) + 2 * day).toISOString() : at,
      evidence,
      revisions: edited
        ? [
            { body: body.slice(0, 120), answers: {}, writtenAt: at },
            {
              body: body.slice(0, 240),
              answers: {},
              writtenAt: new Date(Date.parse(at) + day).toISOString(),
            },
          ]
        : [],
    };
    return { id: `entry-${i}`, data };
  });
  return {
    entries,
    sessions,
    selection: {
      sessionIds: sessions.map((s) => s.id),
      leftOutEntryIds: [],
      leaveOut: { revisions: false, sessionNotes: false },
    },
  };
}
