import type { Session } from '../notice/session';
import type { EntryContent, JournalEntry } from '../reflect/entry';
import { isAnswered } from '../reflect/reflection';
import type { Block, Doc, Field } from './document';
import { type EvidenceItem, hashableForm, inDateOrder, spanOf } from './evidence';
import { buildManifest, type Manifest } from './hash-chain';
import {
  comfortWords,
  drawWords,
  feeWords,
  feltLikeWords,
  formatDay,
  formatInstant,
  formatTime,
  gutWords,
  needsWords,
  placeWords,
  promptWords,
  signWords,
  suggestiveWords,
  touchWords,
} from './wording';

/** An evidence report, ready to render: its items in date order and their manifest. */
export interface EvidenceReport {
  /** When it was made (ISO 8601). */
  readonly madeAt: string;
  /** The device's time zone, so the times in it can be read correctly later. */
  readonly timeZone: string;
  readonly items: readonly EvidenceItem[];
  readonly manifest: Manifest;
}

export async function buildEvidenceReport(
  items: readonly EvidenceItem[],
  now: Date,
  timeZone: string,
): Promise<EvidenceReport> {
  const ordered = inDateOrder(items);
  return {
    madeAt: now.toISOString(),
    timeZone,
    items: ordered,
    manifest: await buildManifest(ordered.map(hashableForm)),
  };
}

export function reportDocument(report: EvidenceReport): Doc {
  const { items } = report;
  const entries = items.filter((item) => item.kind === 'entry').length;
  const sessions = items.length - entries;
  const span = spanOf(items);
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: `Made on ${formatInstant(report.madeAt)} (time zone: ${report.timeZone}).`,
    },
  ];
  if (span) {
    blocks.push({
      kind: 'paragraph',
      text: `This report lists ${count(entries, 'journal entry', 'journal entries')} and ${count(sessions, 'therapy session', 'therapy sessions')}, from ${formatDay(span.from)} to ${formatDay(span.to)}, oldest first. An entry is dated when it was first written; a session by the day and time it took place. Where an entry was edited later, its earlier versions follow it, oldest first.`,
    });
  } else {
    blocks.push({
      kind: 'paragraph',
      text: 'This report has no entries or sessions in it yet. To add some, mark journal entries as evidence, or choose sessions from the session log, and make the report again. Even empty, it records the day it was made.',
    });
  }
  blocks.push({ kind: 'heading', level: 2, text: 'Timeline' });
  if (items.length === 0) blocks.push({ kind: 'paragraph', text: 'Nothing to show yet.' });
  items.forEach((item, i) => {
    blocks.push(
      ...(item.kind === 'entry'
        ? entryBlocks(i + 1, item.entry)
        : sessionBlocks(i + 1, item.session)),
    );
  });
  blocks.push(...manifestBlocks(report.manifest));
  return { title: 'Evidence report', blocks };
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function sessionBlocks(n: number, session: Session): Block[] {
  const rows: Field[] = [
    { label: 'Date', value: formatDay(session.date) },
    { label: 'Start time', value: formatTime(session.start) },
    {
      label: 'Length',
      value: `${session.actualMinutes} minutes (${session.plannedMinutes} planned)`,
    },
    { label: 'Place', value: placeWords[session.place] },
    { label: 'Fee', value: feeWords[session.fee] },
    {
      label: 'Contacts since the last session not about scheduling',
      value: String(session.contactsBetween),
    },
    { label: 'Physical contact', value: touchWords[session.touch] },
    {
      label: 'What happened',
      value: session.signs.length
        ? session.signs.map((s) => signWords[s]).join('; ')
        : 'none noted',
    },
  ];
  const blocks: Block[] = [
    {
      kind: 'heading',
      level: 3,
      text: `${n}. Session: ${formatDay(session.date)}, ${formatTime(session.start)}`,
    },
    { kind: 'fields', rows },
  ];
  if (session.notes !== '') blocks.push({ kind: 'paragraph', text: `Notes: ${session.notes}` });
  const { reflection } = session;
  if (reflection) {
    blocks.push({
      kind: 'fields',
      rows: [
        { label: 'It felt like', value: feltLikeWords[reflection.feltLike] },
        { label: 'Whose needs were at the centre', value: needsWords[reflection.needsAtCenter] },
        ...(reflection.note === ''
          ? []
          : [{ label: 'Afterwards I noted', value: reflection.note }]),
      ],
    });
  }
  return blocks;
}

function entryBlocks(n: number, entry: JournalEntry): Block[] {
  const blocks: Block[] = [
    { kind: 'heading', level: 3, text: `${n}. Journal entry: ${formatInstant(entry.createdAt)}` },
    {
      kind: 'fields',
      rows: [
        { label: 'First written', value: formatInstant(entry.createdAt) },
        ...(entry.updatedAt === entry.createdAt
          ? []
          : [{ label: 'This version written', value: formatInstant(entry.updatedAt) }]),
        { label: 'Earlier versions', value: String(entry.revisions.length) },
      ],
    },
    ...contentBlocks(entry),
  ];
  entry.revisions.forEach((revision, i) => {
    blocks.push(
      {
        kind: 'paragraph',
        text: `Earlier version ${i + 1} of ${entry.revisions.length}, written ${formatInstant(revision.writtenAt)}:`,
      },
      ...contentBlocks(revision),
    );
  });
  return blocks;
}

/** What an entry (or one of its versions) says: the free text and each answered prompt. */
function contentBlocks(content: EntryContent): Block[] {
  const blocks: Block[] = [];
  if (content.body !== '') blocks.push({ kind: 'paragraph', text: content.body });
  const rows: Field[] = [];
  const { answers } = content;
  const add = (label: string, parts: string[]) => {
    const value = parts.filter((p) => p !== '').join('. ');
    if (value !== '') rows.push({ label, value });
  };
  const draws = answers.draws;
  if (isAnswered(draws))
    add(promptWords.draws, [draws.choices.map((c) => drawWords[c]).join(', '), draws.text]);
  const first = answers['first-moment'];
  if (isAnswered(first))
    add(promptWords['first-moment'], [first.date ? formatDay(first.date) : '', first.text]);
  const suggestive = answers.suggestive;
  if (isAnswered(suggestive)) {
    add(promptWords.suggestive, [
      ...suggestive.choices.map((c) => suggestiveWords[c]),
      suggestive.text,
    ]);
  }
  const comfort = answers.comfort;
  if (isAnswered(comfort))
    add(promptWords.comfort, [...comfort.choices.map((c) => comfortWords[c]), comfort.text]);
  const gut = answers.gut;
  if (isAnswered(gut)) add(promptWords.gut, [...gut.choices.map((c) => gutWords[c]), gut.text]);
  const notes = answers.notes;
  if (isAnswered(notes)) add(promptWords.notes, [notes.text]);
  if (rows.length) blocks.push({ kind: 'fields', rows });
  if (blocks.length === 0) blocks.push({ kind: 'paragraph', text: '(empty)' });
  return blocks;
}

function manifestBlocks(manifest: Manifest): Block[] {
  const lines = manifest.links.flatMap((link, i) => {
    const n = String(i + 1).padStart(4, ' ');
    return [`${n}  item ${link.itemHash}`, `      link ${link.link}`];
  });
  return [
    { kind: 'heading', level: 2, text: 'Integrity codes' },
    {
      kind: 'paragraph',
      text: 'Each item above has a code: a SHA-256 hash of its exact content. Each item’s link code joins its own code with the link code before it, so the last link depends on every item and on their order.',
    },
    { kind: 'code', lines: [...lines, `Final code: ${manifest.head}`] },
    { kind: 'heading', level: 2, text: 'What these codes show, and what they do not' },
    {
      kind: 'list',
      items: [
        'If anything in an item is changed later, even one letter, its code and every link after it change. So does the final code if an item is added, removed or moved.',
        'To use this, keep a copy of this report, or at least its final code, somewhere safe, such as with a lawyer or an advocate. A report made later from the same notes will show the same codes only if nothing was changed.',
        'The codes do not prove when anything was written. The dates come from the clock of the device it was written on.',
        'The codes do not prove that what is written is true, and they do not show what was left out of this report.',
      ],
    },
  ];
}
