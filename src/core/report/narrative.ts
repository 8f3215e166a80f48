import type { Lang } from '../i18n/lang';
import type { Session } from '../notice/session';
import type { JournalEntry } from '../reflect/entry';
import { isAnswered } from '../reflect/reflection';
import { type EvidenceItem, inDateOrder } from './evidence';
import { type DocumentWording, documentWording } from './wording';

/**
 * A first draft of "what happened" for a complaint, from the items the person
 * chose: one paragraph per item, oldest first, each starting with its date.
 * It only gathers the person's own words and the facts they logged; they
 * edit it freely before filing. With nothing chosen the draft is empty, and
 * the page invites them to write it themselves. It is drafted in the
 * language the person reads, since they are the one who edits it.
 */
export function draftNarrative(items: readonly EvidenceItem[], lang: Lang = 'en'): string {
  const w = documentWording(lang);
  return inDateOrder(items)
    .map((item) =>
      item.kind === 'entry'
        ? entryParagraph(w, w.day(item.when.date), item.entry)
        : sessionParagraph(w, item.session),
    )
    .filter((paragraph): paragraph is string => paragraph !== null)
    .join('\n\n');
}

function entryParagraph(w: DocumentWording, day: string, entry: JournalEntry): string | null {
  const words = entryWords(entry, w.lang);
  return words === '' ? null : w.narrative.fromNotes(day, words);
}

/**
 * The person's own words in an entry, plus the one choice that is about the
 * therapist's conduct (whether they said or did something suggestive).
 * Two answers never go in: what draws the person to the therapist, and
 * "anything else", whose page tells them it is just for them. A board
 * complaint is read by others, and a person's private feelings written there
 * can be turned against them; the builder says these are left out.
 */
export function entryWords(entry: JournalEntry, lang: Lang = 'en'): string {
  const w = documentWording(lang);
  const { answers } = entry;
  const parts: string[] = [];
  if (entry.body.trim() !== '') parts.push(entry.body.trim());
  const first = answers['first-moment'];
  if (isAnswered(first)) {
    parts.push(
      w.narrative.firstNoticed(first.date === '' ? '' : w.day(first.date), first.text.trim()),
    );
  }
  const suggestive = answers.suggestive;
  const choice = suggestive?.choices[0];
  if (choice === 'once' || choice === 'more-than-once') {
    const text = suggestive?.text.trim() ?? '';
    const said =
      choice === 'once' ? w.narrative.suggestiveOnce : w.narrative.suggestiveMoreThanOnce;
    parts.push(text === '' ? `${said}.` : `${said}: ${text}`);
  } else if (suggestive && suggestive.text.trim() !== '') {
    parts.push(suggestive.text.trim());
  }
  for (const id of ['gut', 'comfort'] as const) {
    const text = answers[id]?.text.trim() ?? '';
    if (text !== '') parts.push(text);
  }
  return parts.join('\n');
}

function sessionParagraph(w: DocumentWording, session: Session): string {
  const facts = sessionFacts(session, w.lang);
  const head = w.narrative.session(w.day(session.date), w.time(session.start), facts);
  const notes = session.notes.trim();
  return notes === '' ? head : `${head}\n${notes}`;
}

/** What was out of the ordinary in a session, in plain words; the place is always said. */
export function sessionFacts(session: Session, lang: Lang = 'en'): string[] {
  const w = documentWording(lang);
  const facts: string[] = [w.place[session.place]];
  if (session.actualMinutes !== session.plannedMinutes) {
    facts.push(w.narrative.lasted(session.actualMinutes, session.plannedMinutes));
  }
  if (session.fee !== 'usual') facts.push(w.fee[session.fee]);
  if (session.touch !== 'none') facts.push(w.touch[session.touch]);
  if (session.contactsBetween > 0) facts.push(w.narrative.contactsBetween(session.contactsBetween));
  if (session.signs.length > 0) {
    facts.push(w.narrative.whatHappened(session.signs.map((sign) => w.sign[sign])));
  }
  return facts;
}
