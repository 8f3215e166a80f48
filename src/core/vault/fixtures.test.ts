import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openBackup, parseBackup } from './backup';
import { fromBase64 } from './bytes';
import type { SealedRecord } from './envelope';
import type { VaultMeta } from './meta';
import { noteType, otherType, testDeps } from './testing';
import { restoreVault, unlockVault } from './vault';

/*
 * Data written by release 1 (vault format 1, envelope 1, KDF set 1 — the real
 * 64 MiB parameters), with "test-note" records at schema version 1. Committed,
 * never regenerated: each later release must still open them. Today's
 * "test-note" is at version 2, so opening them runs the v1 → v2 migration.
 */
const PASS = 'fixture passphrase one';
const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

interface Dumped {
  meta: {
    format: 1;
    kdf: VaultMeta['kdf'] & { salt: string };
    key: { iv: string; ciphertext: string };
  };
  records: (Omit<SealedRecord, 'iv' | 'ciphertext'> & { iv: string; ciphertext: string })[];
}

describe('data from earlier versions', () => {
  it('opens a release-1 vault and migrates its notes to the current version', async () => {
    const dump = JSON.parse(fixture('vault-v1.json')) as Dumped;
    const deps = testDeps();
    const meta: VaultMeta = {
      format: dump.meta.format,
      kdf: { ...dump.meta.kdf, salt: fromBase64(dump.meta.kdf.salt) },
      key: { iv: fromBase64(dump.meta.key.iv), ciphertext: fromBase64(dump.meta.key.ciphertext) },
    };
    const rows = dump.records.map((r) => ({
      ...r,
      iv: fromBase64(r.iv),
      ciphertext: fromBase64(r.ciphertext),
    }));
    await deps.storage.create(meta, rows);
    const vault = await unlockVault(deps, PASS);
    expect(vault.problems).toEqual([]);
    expect(vault.list(noteType).map((r) => r.data)).toEqual([
      { text: 'First note, written by release 1.', tags: [] },
      { text: 'Second note — with “quotes” and ünïcode.', tags: [] },
    ]);
    expect(vault.list(otherType).map((r) => r.data)).toEqual([{ n: 42 }]);
    expect(vault.list(noteType)[0]?.createdAt).toBe('2021-05-10T18:00:00.000Z');
  }, 20_000);

  it('opens a release-1 backup file, summarises it, and restores it migrated', async () => {
    const deps = testDeps();
    const opened = await openBackup(parseBackup(fixture('backup-v1.json')), PASS, deps);
    expect(opened.summary).toMatchObject({
      total: 3,
      byType: new Map([
        ['test-note', 2],
        ['test-other', 1],
      ]),
    });
    const vault = await restoreVault(deps, opened, PASS);
    expect(vault.list(noteType).map((r) => r.data.text)).toEqual([
      'First note, written by release 1.',
      'Second note — with “quotes” and ünïcode.',
    ]);
  }, 20_000);
});
