import type { BoardRecord, BoardSource, FactField, OtherBoard } from './schema';

/** The facts a person acts on, each shown with how sure we are of it. */
export const checkedFields = ['complaintUrl', 'lookupUrl', 'phone', 'site'] as const;
export type CheckedField = (typeof checkedFields)[number];

/**
 * How sure we are of one address: confirmed on the board's own site (with the
 * day that copy was read), or not confirmed.
 */
export type Confidence =
  | { readonly confirmed: true; readonly seen: string }
  | { readonly confirmed: false };

/** A host compared without case, a leading "www." or a trailing dot, which all serve the same site. */
export function siteHost(url: string): string | null {
  try {
    return new URL(url).hostname
      .toLowerCase()
      .replace(/^www\./, '')
      .replace(/\.$/, '');
  } catch {
    return null;
  }
}

/**
 * Whether a source confirms a field: it is official, it lists the field, and
 * for an address it was seen on the same site as the address itself. A phone
 * has no host, so an official page listing it is enough.
 */
/**
 * Hosts the audit of the directory (issue 13) found outdated: the boards have
 * moved to new sites. An address there is never called confirmed, even from a
 * copy of the old site, until someone checks where it leads today.
 */
export const movedHosts: readonly string[] = ['ok.gov', 'mbp.state.md.us', 'tmb.state.tx.us'];

function confirms(
  source: BoardSource,
  field: CheckedField | 'otherBoards',
  value: string | undefined,
): boolean {
  if (!source.official || !source.fields.includes(field) || value === undefined) return false;
  if (field === 'phone') return true;
  const host = siteHost(value);
  return host !== null && host === siteHost(source.url) && !movedHosts.includes(host);
}

function newestConfirming(
  record: BoardRecord,
  field: CheckedField | 'otherBoards',
  value: string | undefined,
): Confidence {
  const seen = record.sources
    .filter((s) => confirms(s, field, value))
    .map((s) => s.seen)
    .sort();
  const newest = seen[seen.length - 1];
  return newest === undefined ? { confirmed: false } : { confirmed: true, seen: newest };
}

/** How sure we are of a field the record holds; the newest confirming copy gives the date. */
export function confidenceOf(record: BoardRecord, field: CheckedField): Confidence {
  return newestConfirming(record, field, record[field]);
}

/** The same rule for another board's complaint page, which is backed under `otherBoards`. */
export function confidenceOfOther(record: BoardRecord, other: OtherBoard): Confidence {
  return newestConfirming(record, 'otherBoards', other.complaintUrl);
}

/** Only the fields that hold an address or a number a person would use; board names are not listed. */
const addressFields = ['site', 'complaintUrl', 'lookupUrl', 'phone', 'otherBoards'] as const;

/**
 * The addresses in a record that rest only on pages other than the board's
 * own: a dataset, a law firm, a mirror. The UI never calls them confirmed;
 * maintainers read the list to know what to re-source first.
 */
export function unofficialOnly(record: BoardRecord): FactField[] {
  return addressFields.filter(
    (field) =>
      record[field] !== undefined &&
      !record.sources.some((s) => s.official && s.fields.includes(field)),
  );
}
