import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromHex, toHex, utf8 } from './bytes';
import { openRecord, type RecordContent, type SealedRecord, sealRecord } from './envelope';

const RUNS = { numRuns: 1000 };
// A thousand encryptions take a few seconds, more on a busy machine than Vitest's default 5 s.
const SLOW = 60_000;

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

// A record sealed by this envelope format, as it would rest on disk: AES-256-GCM with the key
// and IV of McGrew & Viega's GCM test case 16, associated data
// ["terrarium/record",1,"r1","note",3] and the record's content as JSON. Stored vaults and
// backups hold such bytes, so any change to how a record is sealed must keep opening them.
const KNOWN = {
  key: 'feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308',
  header: { id: 'r1', type: 'note', version: 3 },
  iv: 'cafebabefacedbaddecaf888',
  ciphertext:
    'f03e90a704b30f8735674a44bf5356d7d0a908bf9bfc07220fe4a2ba9f5461e8a0a2b2edfc3f9042aa0af550' +
    '7e50587935e8d1ac1b85ac6f3287bd6abe1ff5ac549f4166d0d74d7a66a5be2dacdacccdb8ff9ad5c92cd22b' +
    '2c186fb22be623d70f9ef8e47556ee0e9540cc5e8abc5af6c21965217c9e9d66',
  content: {
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-02T00:00:00.000Z',
    data: { words: 'hello' },
  },
} as const;

async function knownKey(): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', fromHex(KNOWN.key), 'AES-GCM', false, [
    'encrypt',
    'decrypt',
  ]);
}

describe('the record envelope, byte for byte', () => {
  it('opens a record sealed in the stored format', async () => {
    const sealed: SealedRecord = {
      ...KNOWN.header,
      envelope: 1,
      iv: fromHex(KNOWN.iv),
      ciphertext: fromHex(KNOWN.ciphertext),
    };
    expect(await openRecord(await knownKey(), sealed)).toEqual(KNOWN.content);
  });

  it('seals the content as JSON, bound to the header as that associated data', async () => {
    const key = await knownKey();
    const sealed = await sealRecord(key, KNOWN.header, KNOWN.content);
    expect(sealed).toMatchObject({ ...KNOWN.header, envelope: 1 });
    expect(sealed.iv.length).toBe(12);
    const plain = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: sealed.iv,
        additionalData: utf8('["terrarium/record",1,"r1","note",3]'),
      },
      key,
      sealed.ciphertext,
    );
    expect(new TextDecoder().decode(plain)).toBe(JSON.stringify(KNOWN.content));
  });
});

describe('content that is not the shape of a record', () => {
  const header = { id: 'x', type: 't', version: 1 };
  const shapes: [string, unknown][] = [
    ['no createdAt', { updatedAt: 'b', data: 1 }],
    ['a createdAt that is not text', { createdAt: 5, updatedAt: 'b', data: 1 }],
    ['no updatedAt', { createdAt: 'a', data: 1 }],
    ['an updatedAt that is not text', { createdAt: 'a', updatedAt: null, data: 1 }],
    ['no data', { createdAt: 'a', updatedAt: 'b' }],
    ['null', null],
    ['a string', 'words'],
    ['a number', 7],
    ['an array', ['a', 'b', 1]],
  ];

  it.each(shapes)('is refused when it has %s, though it decrypts', async (_, shape) => {
    const key = await newKey();
    const sealed = await sealRecord(key, header, shape as RecordContent);
    await expect(openRecord(key, sealed)).rejects.toThrow('record content has the wrong shape');
  });

  it('opens content whose data is null or falsy: only a missing data is wrong', async () => {
    const key = await newKey();
    for (const data of [null, 0, '', false]) {
      const c = { createdAt: 'a', updatedAt: 'b', data };
      expect(await openRecord(key, await sealRecord(key, header, c))).toEqual(c);
    }
  });
});

describe('the record envelope', () => {
  it(
    'opens what it sealed, for any record',
    async () => {
      const key = await newKey();
      await fc.assert(
        fc.asyncProperty(header, content, async (h, c) => {
          const sealed = await sealRecord(key, h, c);
          expect(await openRecord(key, sealed)).toEqual(c);
          expect(sealed).toMatchObject({ ...h, envelope: 1 });
        }),
        RUNS,
      );
    },
    SLOW,
  );

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

  it(
    'rejects every single-bit flip in the ciphertext or IV',
    async () => {
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
    },
    SLOW,
  );

  it(
    'rejects every truncation of the ciphertext',
    async () => {
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
    },
    SLOW,
  );

  it(
    'rejects a record whose id, type or version was changed, or whose content was swapped with another record',
    async () => {
      const key = await newKey();
      await fc.assert(
        fc.asyncProperty(header, header, content, content, async (a, b, ca, cb) => {
          fc.pre(a.id !== b.id || a.type !== b.type || a.version !== b.version);
          const first = await sealRecord(key, a, ca);
          const second = await sealRecord(key, b, cb);
          // Second's content under first's label, and first relabelled as second.
          expect(
            await rejects(key, { ...first, iv: second.iv, ciphertext: second.ciphertext }),
          ).toBe(true);
          expect(await rejects(key, { ...first, id: b.id, type: b.type, version: b.version })).toBe(
            true,
          );
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    'rejects every record under a wrong key',
    async () => {
      const key = await newKey();
      await fc.assert(
        fc.asyncProperty(header, content, async (h, c) => {
          const sealed = await sealRecord(key, h, c);
          expect(await rejects(await newKey(), sealed)).toBe(true);
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it('rejects an envelope version it does not know', async () => {
    const key = await newKey();
    const sealed = await sealRecord(
      key,
      { id: 'x', type: 't', version: 1 },
      { createdAt: 'a', updatedAt: 'b', data: 1 },
    );
    await expect(openRecord(key, { ...sealed, envelope: 2 as 1 })).rejects.toThrow(
      'unknown envelope version',
    );
  });
});
