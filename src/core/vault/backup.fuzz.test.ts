import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { openBackup, parseBackup } from './backup';
import { toHex } from './bytes';
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

/** Edits of the parsed file that always break something a valid file must have. */
function structural(file: Json): fc.Arbitrary<string> {
  const records = file.records as Json[];
  const b64 = fc.string({
    unit: fc.constantFrom(
      ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/='.split(''),
    ),
    maxLength: 80,
  });
  const anyJson = fc.jsonValue({ maxDepth: 2 });
  const edits: fc.Arbitrary<(f: Json) => void>[] = [
    fc.constantFrom('format', 'version', 'kdf', 'key', 'records', 'count').map((k) => (f: Json) => {
      delete f[k];
    }),
    fc
      .tuple(fc.constantFrom('format', 'version', 'kdf', 'key', 'records', 'count'), anyJson)
      .map(([k, v]) => (f: Json) => {
        f[k] = v;
      }),
    fc
      .integer({ min: -5, max: 1000 })
      .filter((n) => n !== 1)
      .map((n) => (f: Json) => {
        f.version = n;
      }),
    fc
      .tuple(
        fc.nat(records.length - 1),
        fc.constantFrom('id', 'type', 'version', 'envelope', 'iv', 'ciphertext'),
        anyJson,
      )
      .map(([i, k, v]) => (f: Json) => {
        const r = (f.records as Json[])[i] as Json;
        if (JSON.stringify(r[k]) === JSON.stringify(v)) r[k] = `${String(v)}x`;
        else r[k] = v;
      }),
    fc
      .tuple(fc.nat(records.length - 1), fc.constantFrom('iv', 'ciphertext'), b64)
      .map(([i, k, v]) => (f: Json) => {
        const r = (f.records as Json[])[i] as Json;
        r[k] = v === r[k] ? `${v}A` : v;
      }),
    fc
      .tuple(fc.constantFrom('salt', 'memoryKiB', 'iterations', 'parallelism', 'set'), anyJson)
      .map(([k, v]) => (f: Json) => {
        const kdf = f.kdf as Json;
        kdf[k] = JSON.stringify(kdf[k]) === JSON.stringify(v) ? 'changed' : v;
      }),
    fc.tuple(fc.constantFrom('iv', 'ciphertext'), b64).map(([k, v]) => (f: Json) => {
      const key = f.key as Json;
      key[k] = v === key[k] ? `${v}A` : v;
    }),
    fc
      .integer({ min: -3, max: 50 })
      .filter((n) => n !== records.length)
      .map((n) => (f: Json) => {
        f.count = n;
      }),
    fc.nat(records.length - 1).map((i) => (f: Json) => {
      (f.records as Json[]).push({ ...((f.records as Json[])[i] as Json) });
      f.count = (f.records as Json[]).length;
    }),
    fc
      .tuple(fc.nat(records.length - 1), fc.nat(records.length - 1))
      .filter(([i, j]) => i !== j)
      .map(([i, j]) => (f: Json) => {
        const list = f.records as Json[];
        const a = list[i] as Json;
        const b = list[j] as Json;
        [a.ciphertext, b.ciphertext] = [b.ciphertext, a.ciphertext];
      }),
    fc.tuple(fc.string({ minLength: 1, maxLength: 10 }), anyJson).map(([k, v]) => (f: Json) => {
      f[`extra-${k}`] = v;
    }),
  ];
  return fc.oneof(...edits).map((edit) => {
    const copy = structuredClone(file);
    edit(copy);
    return JSON.stringify(copy);
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
  it('rejects every one of over 10,000 with a specific code and never writes to the vault', async () => {
    const derive = rememberingDerive();
    const sourceDeps = testDeps({ derive });
    const source = await createVault(sourceDeps, PASS);
    await source.put(noteType, { text: 'first', tags: [] });
    await source.put(noteType, { text: 'second', tags: ['x'] });
    await source.put(otherType, { n: 1 });
    const text = await source.exportBackup();
    const canonical = JSON.stringify(JSON.parse(text));

    const deps = testDeps({ derive });
    const target = await createVault(deps, PASS);
    await target.put(noteType, { text: 'already here', tags: [] });
    const before = await snapshot(deps.storage);
    const write = vi.spyOn(deps.storage, 'write');
    const create = vi.spyOn(deps.storage, 'create');

    let rejected = 0;
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(structural(JSON.parse(text) as Json), textual(text)),
        async (malformed) => {
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
          expect(
            isVaultError(error) && BACKUP_CODES.has(error.code),
            `${String(error)} for ${malformed.slice(0, 200)}`,
          ).toBe(true);
          rejected += 1;
          seen.add(isVaultError(error) ? error.code : 'other');
        },
      ),
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
