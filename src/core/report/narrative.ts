import type { Session } from '../notice/session';
import type { JournalEntry } from '../reflect/entry';
import { isAnswered } from '../reflect/reflection';
import { type EvidenceItem, inDateOrder } from './evidence';
import { feeWords, formatDay, formatTime, placeWords, signWords, touchWords } from './wording';

/**
 * A first draft of "what happened" for a complaint, from the items the person
 * chose: one paragraph per item, oldest first, each starting with its date.
 * It only gathers the person's own words and the facts they logged; they
 * edit it freely before filing. With nothing chosen the draft is empty, and
 * the page invites them to write it themselves.
 */
export function draftNarrative(items: readonly EvidenceItem[]): string {
  return inDateOrder(items)
    .map((item) =>
      item.kind === 'entry'
        ? entryParagraph(formatDay(item.when.date), item.entry)
        : sessionParagraph(item.session),
    )
    .filter((paragraph): paragraph is string => paragraph !== null)
    .join('\n\n');
}

function entryParagraph(day: string, entry: JournalEntry): string | null {
  const words = entryWords(entry);
  return words === '' ? null : `${day} (from my notes): ${words}`;
}

/**
 * The person's own words in an entry, plus the one choice that is about the
 * therapist's conduct (whether they said or did something suggestive). What
 * drew the person to the therapist is private and stays out of the draft.
 */
export function entryWords(entry: JournalEntry): string {
  const { answers } = entry;
  const parts: string[] = [];
  if (entry.body.trim() !== '') parts.push(entry.body.trim());
  const first = answers['first-moment'];
  if (isAnswered(first)) {
    const when = first.date === '' ? '' : ` (${formatDay(first.date)})`;
    const text = first.text.trim();
    parts.push(`When I first noticed it${when}${text === '' ? '.' : `: ${text}`}`);
  }
  const suggestive = answers.suggestive;
  const choice = suggestive?.choices[0];
  if (choice === 'once' || choice === 'more-than-once') {
    const text = suggestive?.text.trim() ?? '';
    const said =
      choice === 'once'
        ? 'My therapist said or did something suggestive once'
        : 'My therapist said or did suggestive things more than once';
    parts.push(text === '' ? `${said}.` : `${said}: ${text}`);
  } else if (suggestive && suggestive.text.trim() !== '') {
    parts.push(suggestive.text.trim());
  }
  for (const id of ['gut', 'comfort', 'draws', 'notes'] as const) {
    const text = answers[id]?.text.trim() ?? '';
    if (text !== '') parts.push(text);
  }
  return parts.join('\n');
}

function sessionParagraph(session: Session): string {
  const facts = sessionFacts(session);
  const head = `${formatDay(session.date)}, session at ${formatTime(session.start)}`;
  const notes = session.notes.trim();
  return `${head}: ${facts.join('; ')}.${notes === '' ? '' : `\n${notes}`}`;
}

/** What was out of the ordinary in a session, in plain words; the place is always said. */
export function sessionFacts(session: Session): string[] {
  const facts: string[] = [placeWords[session.place]];
  if (session.actualMinutes !== session.plannedMinutes) {
    facts.push(`it lasted ${session.actualMinutes} minutes (${session.plannedMinutes} planned)`);
  }
  if (session.fee !== 'usual') facts.push(feeWords[session.fee]);
  if (session.touch !== 'none') facts.push(touchWords[session.touch]);
  if (session.contactsBetween > 0) {
    const count = session.contactsBetween;
    facts.push(
      `${count} ${count === 1 ? 'contact' : 'contacts'} since the last session that ${count === 1 ? 'was' : 'were'} not about scheduling`,
    );
  }
  if (session.signs.length > 0) {
    facts.push(`what happened: ${session.signs.map((sign) => signWords[sign]).join(', ')}`);
  }
  return facts;
}
