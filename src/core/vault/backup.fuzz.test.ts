import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { openBackup, parseBackup } from './backup';
import { fromBase64, toHex } from './bytes';
import { isVaultError } from './errors';
import { type DeriveKey, deriveKeyBytes } from './kdf';
import { noteType, otherType, snapshot, testDeps } from './testing';
import { createVault } from './vault';

/*
 * Import fuzzing: many thousands of malformed backup files, each pushed through
 * the whole import (check → passphrase → replace). Every one must be rejected
 * with one of the backup codes (each has its own message on screen), and the
 * vault must not be written to at all.
 */
const PASS = 'kettle river violet morning';
const BACKUP_CODES = new Set([
  'backup-foreign',
  'backup-too-large',
  'backup-unknown-settings',
  'backup-truncated',
  'backup-corrupt',
  'backup-future-version',
  'backup-wrong-passphrase',
]);

// Same answers as deriveKeyBytes, remembered, so thousands of cases stay fast.
function rememberingDerive(): DeriveKey {
  const memo = new Map<string, Uint8Array<ArrayBuffer>>();
  return async (passphrase, salt, params) => {
    const key = `${passphrase}|${toHex(salt)}|${JSON.stringify(params)}`;
    let value = memo.get(key);
    if (!value) {
      value = await deriveKeyBytes(passphrase, salt, params);
      memo.set(key, value);
    }
    return value.slice();
  };
}

type Json = { [key: string]: unknown };

/** A malformed file and the one code it must be rejected with. */
interface Case {
  readonly text: string;
  readonly code: string;
}

const isCount = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 0;

/** The code for a base64 field of the file's key set to `value`: right length opens nothing. */
function keyFieldCode(value: string, bytes: number): string {
  try {
    return fromBase64(value).length === bytes ? 'backup-wrong-passphrase' : 'backup-corrupt';
  } catch {
    return 'backup-corrupt';
  }
}

/**
 * Edits of the parsed file that always break something a valid file must have, each
 * with the code it must get: what is wrong decides which message the person reads.
 */
function structural(file: Json): fc.Arbitrary<Case> {
  const records = file.records as Json[];
  const b64 = fc.string({
    unit: fc.constantFrom(
      ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/='.split(''),
    ),
    maxLength: 80,
  });
  const anyJson = fc.jsonValue({ maxDepth: 2 });
  type Edit = readonly [(f: Json) => void, string];
  const topLevelCode = (k: string, v: unknown): string => {
    if (k === 'format') return 'backup-foreign';
    if (k === 'version') {
      return Number.isInteger(v) && (v as number) > 1 ? 'backup-future-version' : 'backup-corrupt';
    }
    if (k === 'count' && isCount(v)) return 'backup-truncated';
    if (k === 'records' && Array.isArray(v) && v.length === 0) return 'backup-truncated';
    return 'backup-corrupt';
  };
  const edits: fc.Arbitrary<Edit>[] = [
    fc
      .constantFrom('format', 'version', 'kdf', 'key', 'records', 'count')
      .map((k): Edit => [(f) => delete f[k], k === 'format' ? 'backup-foreign' : 'backup-corrupt']),
    fc
      .tuple(fc.constantFrom('format', 'version', 'kdf', 'key', 'records', 'count'), anyJson)
      .map(([k, v]): Edit => [(f) => (f[k] = v), topLevelCode(k, v)]),
    fc
      .integer({ min: -5, max: 1000 })
      .filter((n) => n !== 1)
      .map(
        (n): Edit => [(f) => (f.version = n), n > 1 ? 'backup-future-version' : 'backup-corrupt'],
      ),
    // A record's label no longer matches what was sealed, or is not a label at all.
    fc
      .tuple(
        fc.nat(records.length - 1),
        fc.constantFrom('id', 'type', 'version', 'envelope', 'iv', 'ciphertext'),
        anyJson,
      )
      .map(
        ([i, k, v]): Edit => [
          (f) => {
            const r = (f.records as Json[])[i] as Json;
            if (JSON.stringify(r[k]) === JSON.stringify(v)) r[k] = `${String(v)}x`;
            else r[k] = v;
          },
          'backup-corrupt',
        ],
      ),
    fc.tuple(fc.nat(records.length - 1), fc.constantFrom('iv', 'ciphertext'), b64).map(
      ([i, k, v]): Edit => [
        (f) => {
          const r = (f.records as Json[])[i] as Json;
          r[k] = v === r[k] ? `${v}A` : v;
        },
        'backup-corrupt',
      ],
    ),
    // Key settings: a whole number is settings no release made; anything else is damage.
    fc
      .tuple(fc.constantFrom('salt', 'memoryKiB', 'iterations', 'parallelism', 'set'), anyJson)
      .map(([k, v]): Edit => {
        const same = JSON.stringify((file.kdf as Json)[k]) === JSON.stringify(v);
        const value = same ? 'changed' : v;
        const valid = k === 'set' ? isCount(value) : Number.isInteger(value);
        return [
          (f) => ((f.kdf as Json)[k] = value),
          k !== 'salt' && valid ? 'backup-unknown-settings' : 'backup-corrupt',
        ];
      }),
    fc.tuple(fc.constantFrom('iv', 'ciphertext'), b64).map(([k, v]): Edit => {
      const value = v === (file.key as Json)[k] ? `${v}A` : v;
      return [(f) => ((f.key as Json)[k] = value), keyFieldCode(value, k === 'iv' ? 12 : 48)];
    }),
    fc
      .integer({ min: -3, max: 50 })
      .filter((n) => n !== records.length)
      .map((n): Edit => [(f) => (f.count = n), n < 0 ? 'backup-corrupt' : 'backup-truncated']),
    // The same record twice.
    fc.nat(records.length - 1).map(
      (i): Edit => [
        (f) => {
          (f.records as Json[]).push({ ...((f.records as Json[])[i] as Json) });
          f.count = (f.records as Json[]).length;
        },
        'backup-corrupt',
      ],
    ),
    fc
      .tuple(fc.nat(records.length - 1), fc.nat(records.length - 1))
      .filter(([i, j]) => i !== j)
      .map(
        ([i, j]): Edit => [
          (f) => {
            const list = f.records as Json[];
            const a = list[i] as Json;
            const b = list[j] as Json;
            [a.ciphertext, b.ciphertext] = [b.ciphertext, a.ciphertext];
          },
          'backup-corrupt',
        ],
      ),
    fc
      .tuple(fc.string({ minLength: 1, maxLength: 10 }), anyJson)
      .map(([k, v]): Edit => [(f) => (f[`extra-${k}`] = v), 'backup-corrupt']),
  ];
  return fc.oneof(...edits).map(([edit, code]) => {
    const copy = structuredClone(file);
    edit(copy);
    return { text: JSON.stringify(copy), code };
  });
}

/** Edits of the raw text: flipped bits, cuts, insertions, deletions, and strangers. */
function textual(text: string): fc.Arbitrary<string> {
  const at = fc.nat(text.length - 1);
  return fc.oneof(
    fc
      .tuple(at, fc.integer({ min: 0, max: 6 }))
      .map(
        ([i, bit]) =>
          text.slice(0, i) +
          String.fromCharCode(text.charCodeAt(i) ^ (1 << bit)) +
          text.slice(i + 1),
      ),
    at.map((i) => text.slice(0, i)),
    fc
      .tuple(at, fc.integer({ min: 1, max: 40 }))
      .map(([i, n]) => text.slice(0, i) + text.slice(i + n)),
    fc
      .tuple(at, fc.string({ minLength: 1, maxLength: 8 }))
      .map(([i, s]) => text.slice(0, i) + s + text.slice(i)),
    fc.string({ maxLength: 300 }),
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc.uint8Array({ maxLength: 300 }).map((bytes) => new TextDecoder('latin1').decode(bytes)),
  );
}

describe('importing malformed backup files', () => {
  it('rejects every one of over 10,000, never writing to the vault: each edit of the file with its own code, any damage to the text with a backup code', async () => {
    const derive = rememberingDerive();
    const sourceDeps = testDeps({ derive });
    const source = await createVault(sourceDeps, PASS);
    await source.put(noteType, { text: 'first', tags: [] }, 'note-1');
    await source.put(noteType, { text: 'second', tags: ['x'] }, 'note-2');
    await source.put(otherType, { n: 1 }, 'other-1');
    const text = await source.exportBackup();
    const canonical = JSON.stringify(JSON.parse(text));

    const deps = testDeps({ derive });
    const target = await createVault(deps, PASS);
    await target.put(noteType, { text: 'already here', tags: [] }, 'note-here');
    const before = await snapshot(deps.storage);
    const write = vi.spyOn(deps.storage, 'write');
    const create = vi.spyOn(deps.storage, 'create');

    let rejected = 0;
    const seen = new Set<string>();
    // A structural edit knows its code. Flipped bits, cuts and strangers in the raw text can
    // land anywhere (in a key, a value, the format name), so for those any backup code is right.
    const cases = fc.oneof(
      structural(JSON.parse(text) as Json),
      textual(text).map((malformed): Case => ({ text: malformed, code: 'any' })),
    );
    await fc.assert(
      fc.asyncProperty(cases, async ({ text: malformed, code }) => {
        // A mutation that only moved whitespace or reordered keys is still the same, valid file.
        let same = false;
        try {
          same = JSON.stringify(JSON.parse(malformed)) === canonical;
        } catch {
          same = false;
        }
        fc.pre(!same);
        let error: unknown = null;
        try {
          await target.importBackup(
            await openBackup(parseBackup(malformed), PASS, deps),
            'replace',
          );
        } catch (caught) {
          error = caught;
        }
        const got = isVaultError(error) ? error.code : String(error);
        const context = `${got} for ${malformed.slice(0, 200)}`;
        if (code === 'any') expect(BACKUP_CODES.has(got), context).toBe(true);
        else expect(got, context).toBe(code);
        rejected += 1;
        seen.add(got);
      }),
      { numRuns: 11_000 },
    );

    expect(rejected).toBeGreaterThanOrEqual(10_000);
    // Oversized files are checked in backup.test.ts: a 64 MiB string per case would make this slow.
    expect(seen).toEqual(new Set([...BACKUP_CODES].filter((c) => c !== 'backup-too-large')));
    expect(write).not.toHaveBeenCalled();
    expect(create).not.toHaveBeenCalled();
    expect(await snapshot(deps.storage)).toEqual(before);
    expect(target.list(noteType).map((r) => r.data.text)).toEqual(['already here']);
  }, 300_000);
});
