import * as v from 'valibot';
import type { RecordType } from '../vault/record-type';
import type { JournalEntry } from './entry';
import { comfortOptions, drawOptions, gutOptions, suggestiveOptions } from './prompts';

const timestamp = v.pipe(v.string(), v.isoTimestamp());
const day = v.union([v.literal(''), v.pipe(v.string(), v.isoDate())]);

function choiceAnswer<const O extends readonly [string, ...string[]]>(options: O) {
  return v.strictObject({
    choices: v.array(v.picklist(options)),
    date: v.literal(''),
    text: v.string(),
  });
}

const textAnswer = v.strictObject({
  choices: v.array(v.never()),
  date: v.literal(''),
  text: v.string(),
});

const answers = v.strictObject({
  draws: v.optional(choiceAnswer(drawOptions)),
  'first-moment': v.optional(
    v.strictObject({ choices: v.array(v.never()), date: day, text: v.string() }),
  ),
  suggestive: v.optional(choiceAnswer(suggestiveOptions)),
  comfort: v.optional(choiceAnswer(comfortOptions)),
  gut: v.optional(choiceAnswer(gutOptions)),
  notes: v.optional(textAnswer),
});

// Texts have no length limit: a long entry is the person's to write, and it is stored as written.
const content = { body: v.string(), answers };

const schema = v.strictObject({
  kind: v.picklist(['guided', 'free']),
  ...content,
  createdAt: timestamp,
  updatedAt: timestamp,
  evidence: v.boolean(),
  revisions: v.array(v.strictObject({ ...content, writtenAt: timestamp })),
});

/** Journal entries in the vault. Version 1 is the first stored shape: no migrations yet. */
export const journalEntryRecord: RecordType<JournalEntry> = {
  name: 'journal-entry',
  version: 1,
  schema,
  migrations: {},
};
