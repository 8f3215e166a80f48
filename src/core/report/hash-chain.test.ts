import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildManifest, canonicalJson, GENESIS, hashItem, verifyChain } from './hash-chain';

const item = fc.record({
  id: fc.uuid(),
  body: fc.string({ unit: 'grapheme', maxLength: 30 }),
  at: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
});
/** Items with distinct ids, as evidence items always are. */
const items = fc.uniqueArray(item, { selector: (x) => x.id, minLength: 1, maxLength: 8 });

function nodeSha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

describe('canonical JSON', () => {
  it('writes the same text whatever order the keys were added in', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 'x'], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, 'x'] }, b: 1 }),
    );
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });

  it('leaves out undefined properties, as JSON does', () => {
    expect(canonicalJson({ a: undefined, b: 'x' })).toBe('{"b":"x"}');
  });

  it('keeps accents, emoji and right-to-left text exactly', () => {
    const text = 'Zoë 😀 שלום مرحبا';
    expect(JSON.parse(canonicalJson({ text }))).toEqual({ text });
  });
});

describe('the hash chain', () => {
  it('hashes an item as SHA-256 of its canonical UTF-8 text', async () => {
    expect(await hashItem({ name: 'Zoë' })).toBe(nodeSha256(Buffer.from('{"name":"Zoë"}', 'utf8')));
  });

  it('links each item to the one before, starting from 32 zero bytes', async () => {
    const manifest = await buildManifest([{ n: 1 }, { n: 2 }]);
    const [first, second] = manifest.links;
    const h1 = nodeSha256('{"n":1}');
    const h2 = nodeSha256('{"n":2}');
    const l1 = nodeSha256(Buffer.from(GENESIS + h1, 'hex'));
    const l2 = nodeSha256(Buffer.from(l1 + h2, 'hex'));
    expect(first).toEqual({ itemHash: h1, link: l1 });
    expect(second).toEqual({ itemHash: h2, link: l2 });
    expect(manifest.head).toBe(l2);
  });

  it('has the genesis link as its head when there are no items, and verifies', async () => {
    const manifest = await buildManifest([]);
    expect(manifest).toEqual({ algorithm: 'SHA-256', links: [], head: GENESIS });
    expect(await verifyChain([], manifest)).toEqual({ ok: true });
  });

  it('verifies the very items it was built from', async () => {
    await fc.assert(
      fc.asyncProperty(items, async (list) => {
        expect(await verifyChain(list, await buildManifest(list))).toEqual({ ok: true });
      }),
      { numRuns: 50 },
    );
  });

  it('breaks when any one item changes, and says which', async () => {
    await fc.assert(
      fc.asyncProperty(
        items,
        fc.nat(),
        fc.string({ minLength: 1, maxLength: 3 }),
        async (list, n, extra) => {
          const manifest = await buildManifest(list);
          const at = n % list.length;
          const changed = list.map((x, i) => (i === at ? { ...x, body: x.body + extra } : x));
          expect(await verifyChain(changed, manifest)).toEqual({
            ok: false,
            at,
            reason: 'item-changed',
          });
        },
      ),
      { numRuns: 50 },
    );
  });

  it('breaks when two items swap places', async () => {
    await fc.assert(
      fc.asyncProperty(
        items.filter((list) => list.length >= 2),
        fc.nat(),
        async (list, n) => {
          const manifest = await buildManifest(list);
          const i = n % (list.length - 1);
          const swapped = [...list.slice(0, i), list[i + 1], list[i], ...list.slice(i + 2)];
          const result = await verifyChain(swapped, manifest);
          expect(result.ok).toBe(false);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('breaks when an item is dropped or added', async () => {
    await fc.assert(
      fc.asyncProperty(items, fc.nat(), item, async (list, n, added) => {
        const manifest = await buildManifest(list);
        const dropped = list.filter((_, i) => i !== n % list.length);
        expect((await verifyChain(dropped, manifest)).ok).toBe(false);
        expect(await verifyChain([...list, added], manifest)).toEqual({
          ok: false,
          at: list.length,
          reason: 'count-changed',
        });
      }),
      { numRuns: 50 },
    );
  });

  it('breaks when a printed link or the head is altered', async () => {
    const list = [{ n: 1 }, { n: 2 }, { n: 3 }];
    const manifest = await buildManifest(list);
    const links = manifest.links.map((l, i) => (i === 1 ? { ...l, link: GENESIS } : l));
    expect(await verifyChain(list, { ...manifest, links })).toEqual({
      ok: false,
      at: 1,
      reason: 'link-changed',
    });
    expect(await verifyChain(list, { ...manifest, head: GENESIS })).toEqual({
      ok: false,
      at: 3,
      reason: 'head-changed',
    });
  });
});
