import type { Lang } from '../i18n/lang';
import type { Session } from '../notice/session';
import type { EntryContent, JournalEntry } from '../reflect/entry';
import { isAnswered } from '../reflect/reflection';
import { type Block, blockLines, type Doc, docToText, type Field } from './document';
import { type EvidenceItem, inDateOrder, spanOf } from './evidence';
import { checkCommand, codeOfLines, type LineCode, linesOf } from './integrity';
import { summaryBlocks, summaryOf } from './summary';
import { type DocumentWording, loadDocumentWording } from './wording';

/** An evidence report: its items in date order, and when and where it was made. */
export interface EvidenceReport {
  /** When it was made (ISO 8601). */
  readonly madeAt: string;
  /** The device's time zone, so the times in it can be read correctly later. */
  readonly timeZone: string;
  readonly items: readonly EvidenceItem[];
}

export function buildEvidenceReport(
  items: readonly EvidenceItem[],
  now: Date,
  timeZone: string,
): EvidenceReport {
  return { madeAt: now.toISOString(), timeZone, items: inDateOrder(items) };
}

/**
 * The report as a document, in English unless the person asked for another
 * language, ending with the integrity codes of its plain text (integrity.ts).
 * The codes cover the words as printed, so the same report in another
 * language has other codes.
 */
export async function reportDocument(report: EvidenceReport, lang: Lang = 'en'): Promise<Doc> {
  const w = await loadDocumentWording(lang);
  const r = w.report;
  const { items } = report;
  const entries = items.filter((item) => item.kind === 'entry').length;
  const sessions = items.length - entries;
  const span = spanOf(items);
  // The summary fills the first page; the timeline starts on the next one.
  const head: Block[] = [
    { kind: 'paragraph', text: r.madeOn(w.instant(report.madeAt), report.timeZone) },
    ...summaryBlocks(w, summaryOf(items)),
    { kind: 'heading', level: 2, text: r.timeline, newPage: true },
    {
      kind: 'paragraph',
      text: span ? r.covers(entries, sessions, w.day(span.from), w.day(span.to)) : r.empty,
    },
  ];
  if (items.length === 0) head.push({ kind: 'paragraph', text: r.nothingYet });
  const itemBlocks = items.map((item, i) =>
    item.kind === 'entry'
      ? entryBlocks(w, i + 1, item.entry)
      : sessionBlocks(w, i + 1, item.session),
  );
  const body: Doc = { title: r.title, blocks: [...head, ...itemBlocks.flat()] };
  const codes = await codesOf(body, head.length, itemBlocks);
  return { title: r.title, blocks: [...body.blocks, ...codeBlocks(w, codes)] };
}

/** The code of each item's lines, then the final code of everything from line 1 to the last item. */
async function codesOf(
  body: Doc,
  headBlocks: number,
  itemBlocks: readonly Block[][],
): Promise<{ items: LineCode[]; final: LineCode }> {
  const spans = blockLines(body);
  const lines = linesOf(docToText(body));
  let next = headBlocks;
  const itemSpans = itemBlocks.map((blocks) => {
    const first = spans[next] as (typeof spans)[number];
    next += blocks.length;
    const last = spans[next - 1] as (typeof spans)[number];
    return { from: first.from, to: last.to };
  });
  const finalSpan = { from: 1, to: (spans[spans.length - 1] as (typeof spans)[number]).to };
  const code = async (span: { from: number; to: number }): Promise<LineCode> => ({
    span,
    code: (await codeOfLines(lines, span)) as string,
  });
  return { items: await Promise.all(itemSpans.map(code)), final: await code(finalSpan) };
}

function sessionBlocks(w: DocumentWording, n: number, session: Session): Block[] {
  const r = w.report;
  const rows: Field[] = [
    { label: r.date, value: w.day(session.date) },
    { label: r.startTime, value: w.time(session.start) },
    { label: r.length, value: r.lengthValue(session.actualMinutes, session.plannedMinutes) },
    { label: r.place, value: w.place[session.place] },
    { label: r.fee, value: w.fee[session.fee] },
    { label: r.contactsBetween, value: String(session.contactsBetween) },
    { label: r.physicalContact, value: w.touch[session.touch] },
    {
      label: r.whatHappened,
      value: session.signs.length ? session.signs.map((s) => w.sign[s]).join('; ') : r.noneNoted,
    },
  ];
  const blocks: Block[] = [
    {
      kind: 'heading',
      level: 3,
      text: r.sessionHeading(n, w.day(session.date), w.time(session.start)),
    },
    { kind: 'fields', rows },
  ];
  if (session.notes !== '') blocks.push({ kind: 'paragraph', text: r.notes(session.notes) });
  const { reflection } = session;
  if (reflection) {
    blocks.push({
      kind: 'fields',
      rows: [
        { label: r.feltLike, value: w.feltLike[reflection.feltLike] },
        { label: r.needsAtCenter, value: w.needs[reflection.needsAtCenter] },
        ...(reflection.note === '' ? [] : [{ label: r.notedAfterwards, value: reflection.note }]),
      ],
    });
  }
  return blocks;
}

function entryBlocks(w: DocumentWording, n: number, entry: JournalEntry): Block[] {
  const r = w.report;
  const blocks: Block[] = [
    { kind: 'heading', level: 3, text: r.entryHeading(n, w.instant(entry.createdAt)) },
    {
      kind: 'fields',
      rows: [
        { label: r.firstWritten, value: w.instant(entry.createdAt) },
        ...(entry.updatedAt === entry.createdAt
          ? []
          : [{ label: r.thisVersionWritten, value: w.instant(entry.updatedAt) }]),
        { label: r.earlierVersions, value: String(entry.revisions.length) },
      ],
    },
    ...contentBlocks(w, entry),
  ];
  entry.revisions.forEach((revision, i) => {
    blocks.push(
      {
        kind: 'paragraph',
        text: r.earlierVersion(i + 1, entry.revisions.length, w.instant(revision.writtenAt)),
      },
      ...contentBlocks(w, revision),
    );
  });
  return blocks;
}

/** What an entry (or one of its versions) says: the free text and each answered prompt. */
function contentBlocks(w: DocumentWording, content: EntryContent): Block[] {
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
    add(w.prompt.draws, [draws.choices.map((c) => w.draw[c]).join(', '), draws.text]);
  const first = answers['first-moment'];
  if (isAnswered(first))
    add(w.prompt['first-moment'], [first.date ? w.day(first.date) : '', first.text]);
  const suggestive = answers.suggestive;
  if (isAnswered(suggestive)) {
    add(w.prompt.suggestive, [...suggestive.choices.map((c) => w.suggestive[c]), suggestive.text]);
  }
  const comfort = answers.comfort;
  if (isAnswered(comfort))
    add(w.prompt.comfort, [...comfort.choices.map((c) => w.comfort[c]), comfort.text]);
  const gut = answers.gut;
  if (isAnswered(gut)) add(w.prompt.gut, [...gut.choices.map((c) => w.gut[c]), gut.text]);
  const notes = answers.notes;
  if (isAnswered(notes)) add(w.prompt.notes, [notes.text]);
  if (rows.length) blocks.push({ kind: 'fields', rows });
  if (blocks.length === 0) blocks.push({ kind: 'paragraph', text: w.report.emptyEntry });
  return blocks;
}

function codeBlocks(w: DocumentWording, codes: { items: LineCode[]; final: LineCode }): Block[] {
  const r = w.report;
  const rows = [
    ...codes.items.map((item, i) => [r.itemCode(i + 1), item] as const),
    [r.finalCode, codes.final] as const,
  ];
  // Labels and line ranges padded to one width, so the codes line up in the fixed-width font.
  const labelWidth = Math.max(...rows.map(([label]) => label.length));
  const linesWidth = Math.max(...rows.map(([, { span }]) => r.lines(span.from, span.to).length));
  const example = codes.items[0] ?? codes.final;
  return [
    { kind: 'heading', level: 2, text: r.codesHeading },
    ...r.codesExplained.map((text): Block => ({ kind: 'paragraph', text })),
    {
      kind: 'code',
      lines: rows.map(
        ([label, { span, code }]) =>
          `${label.padEnd(labelWidth)}  ${r.lines(span.from, span.to).padEnd(linesWidth)}  ${code}`,
      ),
    },
    { kind: 'paragraph', text: r.howToCheck },
    { kind: 'code', lines: [checkCommand(example.span)] },
    { kind: 'heading', level: 2, text: r.limitsHeading },
    { kind: 'list', items: r.limits },
  ];
}
