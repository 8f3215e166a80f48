/*
 * The integrity manifest of an evidence report.
 *
 * Each item is written out in one fixed way (canonical JSON: keys sorted, no
 * spaces) and hashed with SHA-256. The hashes are then chained:
 *
 *   link_0 = SHA-256(GENESIS || itemHash_0)
 *   link_i = SHA-256(link_(i-1) || itemHash_i)
 *
 * where || joins the raw 32-byte digests. The last link (the "head") depends
 * on every item, on their order and on how many there are, so changing one
 * character of one item, swapping two, or dropping one gives a different head.
 *
 * What this can and cannot show is said to the person in the report itself:
 * it makes later changes detectable by anyone holding a copy of the printed
 * codes; it does not prove when anything was written, nor that it is true.
 */

export const HASH_ALGORITHM = 'SHA-256';

/** 32 zero bytes: the link before the first item, so an empty chain is well defined. */
export const GENESIS = '0'.repeat(64);

export interface ChainLink {
  /** SHA-256 of the item's canonical form, as 64 lowercase hex digits. */
  readonly itemHash: string;
  /** SHA-256 of the previous link and this item's hash. */
  readonly link: string;
}

export interface Manifest {
  readonly algorithm: typeof HASH_ALGORITHM;
  readonly links: readonly ChainLink[];
  /** The last link, or GENESIS when there are no items. */
  readonly head: string;
}

export type Verification =
  | { readonly ok: true }
  | {
      readonly ok: false;
      /** The first position whose hash or link does not match, or the count when lengths differ. */
      readonly at: number;
      readonly reason: 'item-changed' | 'link-changed' | 'count-changed' | 'head-changed';
    };

/**
 * One fixed text for a value: object keys sorted by code point, no spaces,
 * undefined properties left out (as JSON.stringify does). Two equal values
 * always give the same text, whatever order their keys were built in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    if (text === undefined) throw new TypeError(`cannot serialise ${typeof value}`);
    return text;
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
}

const encoder = new TextEncoder();

async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest(HASH_ALGORITHM, bytes as BufferSource));
}

function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

function fromHex(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++)
    bytes[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}

/** SHA-256 of an item's canonical form (UTF-8), as hex. */
export async function hashItem(item: unknown): Promise<string> {
  return toHex(await sha256(encoder.encode(canonicalJson(item))));
}

async function nextLink(previous: string, itemHash: string): Promise<string> {
  const joined = new Uint8Array(64);
  joined.set(fromHex(previous), 0);
  joined.set(fromHex(itemHash), 32);
  return toHex(await sha256(joined));
}

/** Hashes every item and chains the hashes, in the order given. */
export async function buildManifest(items: readonly unknown[]): Promise<Manifest> {
  const hashes = await Promise.all(items.map(hashItem));
  const links: ChainLink[] = [];
  let previous = GENESIS;
  for (const itemHash of hashes) {
    previous = await nextLink(previous, itemHash);
    links.push({ itemHash, link: previous });
  }
  return { algorithm: HASH_ALGORITHM, links, head: previous };
}

/**
 * Checks items against a manifest made earlier: recomputes every hash and
 * link and reports the first place they differ.
 */
export async function verifyChain(
  items: readonly unknown[],
  manifest: Manifest,
): Promise<Verification> {
  const fresh = await buildManifest(items);
  const shared = Math.min(fresh.links.length, manifest.links.length);
  for (let i = 0; i < shared; i++) {
    const now = fresh.links[i] as ChainLink;
    const then = manifest.links[i] as ChainLink;
    if (now.itemHash !== then.itemHash) return { ok: false, at: i, reason: 'item-changed' };
    if (now.link !== then.link) return { ok: false, at: i, reason: 'link-changed' };
  }
  if (fresh.links.length !== manifest.links.length) {
    return { ok: false, at: shared, reason: 'count-changed' };
  }
  if (fresh.head !== manifest.head) return { ok: false, at: shared, reason: 'head-changed' };
  return { ok: true };
}
