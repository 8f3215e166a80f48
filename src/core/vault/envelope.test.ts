import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromHex, toHex, utf8 } from './bytes';
import { openRecord, type RecordContent, type SealedRecord, sealRecord } from './envelope';

const RUNS = { numRuns: 1000 };

async function newKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

const header = fc.record({
  id: fc.string({ minLength: 1, maxLength: 40 }),
  type: fc.string({ minLength: 1, maxLength: 20 }),
  version: fc.integer({ min: 1, max: 50 }),
});

const content: fc.Arbitrary<RecordContent> = fc.record({
  createdAt: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  updatedAt: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  // What JSON can carry (-0 becomes 0 in any JSON store).
  data: fc.jsonValue().map((value) => JSON.parse(JSON.stringify(value)) as unknown),
});

async function rejects(key: CryptoKey, sealed: SealedRecord): Promise<boolean> {
  try {
    await openRecord(key, sealed);
    return false;
  } catch {
    return true;
  }
}

describe('AES-256-GCM through WebCrypto', () => {
  // McGrew & Viega, "The Galois/Counter Mode of Operation", test case 16 (AES-256, 96-bit IV, with AAD),
  // the vector NIST SP 800-38D's validation suite reproduces.
  it('produces the published ciphertext and tag for GCM test case 16', async () => {
    const key = await crypto.subtle.importKey(
      'raw',
      fromHex('feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308'),
      'AES-GCM',
      false,
      ['encrypt', 'decrypt'],
    );
    const iv = fromHex('cafebabefacedbaddecaf888');
    const additionalData = fromHex('feedfacedeadbeeffeedfacedeadbeefabaddad2');
    const plain = fromHex(
      'd9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39',
    );
    const sealed = new Uint8Array(
      await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData }, key, plain),
    );
    expect(toHex(sealed)).toBe(
      '522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662' +
        '76fc6ece0f4e1768cddf8853bb2d551b',
    );
    const opened = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData },
      key,
      sealed,
    );
    expect(toHex(new Uint8Array(opened))).toBe(toHex(plain));
  });
});

describe('the record envelope', () => {
  it('opens what it sealed, for any record', async () => {
    const key = await newKey();
    await fc.assert(
      fc.asyncProperty(header, content, async (h, c) => {
        const sealed = await sealRecord(key, h, c);
        expect(await openRecord(key, sealed)).toEqual(c);
        expect(sealed).toMatchObject({ ...h, envelope: 1 });
      }),
      RUNS,
    );
  });

  it('uses a fresh IV on every write, even for the same record', async () => {
    const key = await newKey();
    const c = { createdAt: 'a', updatedAt: 'b', data: 'same words' };
    const ivs = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      ivs.add(toHex((await sealRecord(key, { id: 'x', type: 't', version: 1 }, c)).iv));
    }
    expect(ivs.size).toBe(1000);
  });

  it('keeps the words out of the stored bytes', async () => {
    const key = await newKey();
    const sealed = await sealRecord(
      key,
      { id: 'x', type: 't', version: 1 },
      {
        createdAt: '2024-01-01T00:00:00.000Z',
        updatedAt: '2024-01-01T00:00:00.000Z',
        data: 'my secret crush',
      },
    );
    const stored = new TextDecoder('latin1').decode(sealed.ciphertext);
    expect(stored).not.toContain('secret');
    expect(toHex(sealed.ciphertext)).not.toContain(toHex(utf8('secret')));
  });

  it('rejects every single-bit flip in the ciphertext or IV', async () => {
    const key = await newKey();
    await fc.assert(
      fc.asyncProperty(
        header,
        content,
        fc.boolean(),
        fc.nat(),
        fc.integer({ min: 0, max: 7 }),
        async (h, c, inIv, at, bit) => {
          const sealed = await sealRecord(key, h, c);
          const field = inIv ? sealed.iv : sealed.ciphertext;
          const flipped = field.slice();
          const index = at % flipped.length;
          flipped[index] = (flipped[index] ?? 0) ^ (1 << bit);
          const tampered = inIv ? { ...sealed, iv: flipped } : { ...sealed, ciphertext: flipped };
          expect(await rejects(key, tampered)).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('rejects every truncation of the ciphertext', async () => {
    const key = await newKey();
    await fc.assert(
      fc.asyncProperty(header, content, fc.nat(), async (h, c, cut) => {
        const sealed = await sealRecord(key, h, c);
        const length = cut % sealed.ciphertext.length;
        expect(
          await rejects(key, { ...sealed, ciphertext: sealed.ciphertext.slice(0, length) }),
        ).toBe(true);
      }),
      RUNS,
    );
  });

  it('rejects a record whose id, type or version was changed, or whose content was swapped with another record', async () => {
    const key = await newKey();
    await fc.assert(
      fc.asyncProperty(header, header, content, content, async (a, b, ca, cb) => {
        fc.pre(a.id !== b.id || a.type !== b.type || a.version !== b.version);
        const first = await sealRecord(key, a, ca);
        const second = await sealRecord(key, b, cb);
        // Second's content under first's label, and first relabelled as second.
        expect(await rejects(key, { ...first, iv: second.iv, ciphertext: second.ciphertext })).toBe(
          true,
        );
        expect(await rejects(key, { ...first, id: b.id, type: b.type, version: b.version })).toBe(
          true,
        );
      }),
      RUNS,
    );
  });

  it('rejects every record under a wrong key', async () => {
    const key = await newKey();
    await fc.assert(
      fc.asyncProperty(header, content, async (h, c) => {
        const sealed = await sealRecord(key, h, c);
        expect(await rejects(await newKey(), sealed)).toBe(true);
      }),
      RUNS,
    );
  });

  it('rejects an envelope version it does not know', async () => {
    const key = await newKey();
    const sealed = await sealRecord(
      key,
      { id: 'x', type: 't', version: 1 },
      { createdAt: 'a', updatedAt: 'b', data: 1 },
    );
    expect(await rejects(key, { ...sealed, envelope: 2 as 1 })).toBe(true);
  });
});
