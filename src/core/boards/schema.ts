import * as v from 'valibot';
import { type Profession, professions } from './professions';
import { type StateCode, stateCodes } from './states';

/**
 * The shape of one state's file, states/XX.json (version 2). Every fact
 * carries the page where it was seen, whether that page is the board's own,
 * how it was read and when; a field that could not be verified is absent,
 * never guessed.
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

/**
 * A source is the address of the page whose stored copy was read; many old
 * copies were served over plain http. It is never shown as a link, so http is
 * allowed here, unlike the addresses a person is sent to.
 */
function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

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

/** How a source was read: a stored copy of the page, or a file in a public repository at a fixed commit. */
export const sourceVias = ['stored copy', 'dataset'] as const;

const sourceSchema = v.strictObject({
  /** The page whose copy was read, or the dataset file's address at a fixed commit. */
  url: v.pipe(v.string(), v.check(isWebUrl, 'A source must be a well-formed web address.')),
  fields: v.pipe(v.array(v.picklist(factFields)), v.minLength(1)),
  /** True only for a page on the board's own site or its hosting department's official site. */
  official: v.boolean(),
  /** The day the copy was read. */
  seen: isoDate,
  via: v.picklist(sourceVias),
});

export type BoardSource = v.InferOutput<typeof sourceSchema>;

export interface OtherBoard {
  readonly board: string;
  readonly complaintUrl?: string;
}

/** What one state's file says about one profession. */
export interface BoardRecord {
  readonly profession: Profession;
  /** The board itself that licenses the profession. */
  readonly board?: string;
  /** The department or agency that hosts the board, when there is one. */
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
  /** True when not even the board could be confirmed: the app shows the national directory. */
  readonly seeNationalDirectory?: true;
  /** For maintainers only (never shown): why a fact was reused or left out. */
  readonly note?: string;
  readonly sources: readonly BoardSource[];
}

const recordObject = v.strictObject({
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
});

/** The facts present in a record that no source vouches for. */
export function unsourcedFields(record: BoardRecord): FactField[] {
  const vouched = new Set(record.sources.flatMap((s) => s.fields));
  return factFields.filter((f) => record[f] !== undefined && !vouched.has(f));
}

/** Fields a source claims to back that the record does not hold: a sign of a typo or a stale source. */
export function citedButAbsent(record: BoardRecord): FactField[] {
  const cited = new Set(record.sources.flatMap((s) => s.fields));
  return factFields.filter((f) => cited.has(f) && record[f] === undefined);
}

/** A record that points to the national directory holds no other facts. */
function onlyPointsAway(record: BoardRecord): boolean {
  return factFields.every((f) => record[f] === undefined);
}

export const boardRecordSchema = v.pipe(
  recordObject,
  v.check(
    (r) => (r.board === undefined) === (r.seeNationalDirectory === true),
    'A record names its board, or says to see the national directory — exactly one of the two.',
  ),
  v.check(
    (r) => r.seeNationalDirectory !== true || onlyPointsAway(r),
    'A record that points to the national directory holds no other facts.',
  ),
  v.check(
    (r) => unsourcedFields(r).length === 0,
    'Every fact in a record must be backed by a source.',
  ),
  v.check((r) => citedButAbsent(r).length === 0, 'A source may back only fields the record holds.'),
) satisfies v.GenericSchema<unknown, BoardRecord>;

export interface StateBoards {
  readonly version: 2;
  readonly state: StateCode;
  /** The day the file was last re-sourced. */
  readonly checkedOn: string;
  readonly records: readonly BoardRecord[];
}

export const stateBoardsSchema = v.pipe(
  v.strictObject({
    version: v.literal(2),
    state: v.picklist(stateCodes),
    checkedOn: isoDate,
    records: v.array(boardRecordSchema),
  }),
  v.check((f) => {
    const listed = f.records.map((r) => r.profession);
    return listed.length === professions.length && new Set(listed).size === professions.length;
  }, 'Each of the six professions appears exactly once.'),
) satisfies v.GenericSchema<unknown, StateBoards>;
