import * as v from 'valibot';
import { type Profession, professions } from './professions';
import { type StateCode, stateCodes } from './states';

/**
 * The shape of directory.json. The data is versioned so a later release can
 * migrate it; every fact carries the address where it was seen; a field that
 * could not be verified is absent, never guessed.
 */

/** Only https addresses that parse: the app must never send anyone to a plain-http or malformed page. */
export function isHttpsUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && url.hostname.includes('.') && !url.username && !url.password;
}

const httpsUrl = v.pipe(
  v.string(),
  v.check(isHttpsUrl, 'The address must be a well-formed https URL.'),
);

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1));

/** US numbers written one way, so the UI can format and dial them: 555-123-4567, 1-800-123-4567. */
export const phonePattern = /^(1-\d{3}|\d{3})-\d{3}-\d{4}$/;

const isoDate = v.pipe(v.string(), v.isoDate());

/** The facts a record can hold; each one present must be backed by a source. */
export const factFields = [
  'board',
  'agency',
  'site',
  'complaintUrl',
  'lookupUrl',
  'phone',
  'otherBoards',
] as const;
export type FactField = (typeof factFields)[number];

const sourceSchema = v.strictObject({
  /** The stored page's address, or the dataset file's address at a fixed commit. */
  url: httpsUrl,
  fields: v.pipe(v.array(v.picklist(factFields)), v.minLength(1)),
});

export type BoardSource = v.InferOutput<typeof sourceSchema>;

export interface OtherBoard {
  readonly board: string;
  readonly complaintUrl?: string;
}

export interface BoardRecord {
  readonly state: StateCode;
  readonly profession: Profession;
  /** The board (or the agency, where no separate board name was seen) that licenses the profession. */
  readonly board?: string;
  /** The umbrella department the board sits in, when there is one. */
  readonly agency?: string;
  readonly site?: string;
  readonly complaintUrl?: string;
  readonly lookupUrl?: string;
  readonly phone?: string;
  /**
   * Boards that share the profession in this state, e.g. a separate board for
   * osteopathic physicians (DO), with their complaint page when it was seen.
   */
  readonly otherBoards?: readonly OtherBoard[];
  /** True when nothing about this pair could be verified: the app shows the national directory. */
  readonly seeNationalDirectory?: true;
  /** For maintainers only (never shown): why a fact was reused or left out. */
  readonly note?: string;
  readonly sources: readonly BoardSource[];
  readonly checkedOn: string;
}

const recordObject = v.strictObject({
  state: v.picklist(stateCodes),
  profession: v.picklist(professions),
  board: v.optional(nonEmpty),
  agency: v.optional(nonEmpty),
  site: v.optional(httpsUrl),
  complaintUrl: v.optional(httpsUrl),
  lookupUrl: v.optional(httpsUrl),
  phone: v.optional(v.pipe(v.string(), v.regex(phonePattern))),
  otherBoards: v.optional(
    v.pipe(
      v.array(v.strictObject({ board: nonEmpty, complaintUrl: v.optional(httpsUrl) })),
      v.minLength(1),
    ),
  ),
  seeNationalDirectory: v.optional(v.literal(true)),
  note: v.optional(nonEmpty),
  sources: v.array(sourceSchema),
  checkedOn: isoDate,
});

/** The facts present in a record that no source vouches for. */
export function unsourcedFields(record: BoardRecord): FactField[] {
  const vouched = new Set(record.sources.flatMap((s) => s.fields));
  return factFields.filter((f) => record[f] !== undefined && !vouched.has(f));
}

export const boardRecordSchema = v.pipe(
  recordObject,
  v.check(
    (r) => (r.board === undefined) === (r.seeNationalDirectory === true),
    'A record names its board, or says to see the national directory — exactly one of the two.',
  ),
  v.check(
    (r) => unsourcedFields(r).length === 0,
    'Every fact in a record must be backed by a source.',
  ),
) satisfies v.GenericSchema<unknown, BoardRecord>;

export interface BoardDirectory {
  readonly version: 1;
  readonly checkedOn: string;
  readonly records: readonly BoardRecord[];
}

export const boardDirectorySchema = v.pipe(
  v.strictObject({
    version: v.literal(1),
    checkedOn: isoDate,
    records: v.array(boardRecordSchema),
  }),
  v.check((d) => {
    const keys = d.records.map((r) => `${r.state}/${r.profession}`);
    return new Set(keys).size === keys.length;
  }, 'Each state and profession appears once.'),
  v.check(
    (d) => d.records.length === stateCodes.length * professions.length,
    'Every state and profession has a record.',
  ),
) satisfies v.GenericSchema<unknown, BoardDirectory>;
