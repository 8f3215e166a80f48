import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isVaultError, type VaultErrorCode } from './errors';
import { noteType, noteTypeV1, otherType, snapshot, testDeps } from './testing';
import { createVault, findVault, unlockVault, type VaultDeps } from './vault';

const PASS = 'kettle river violet morning';

async function failsWith(code: VaultErrorCode, work: () => unknown): Promise<void> {
  let caught: unknown;
  try {
    await work();
  } catch (error) {
    caught = error;
  }
  expect(isVaultError(caught) ? caught.code : caught).toBe(code);
}

/** Every string reachable from the vault object, apart from the storage and types it was given. */
function reachableText(root: unknown): string {
  const seen = new Set<unknown>();
  const parts: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') parts.push(value);
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    if (value instanceof Map) {
      for (const [k, v] of value) {
        walk(k);
        walk(v);
      }
    } else if (value instanceof Set) {
      for (const v of value) walk(v);
    } else {
      for (const [k, v] of Object.entries(value)) if (k !== 'deps' && k !== 'types') walk(v);
    }
  };
  walk(root);
  return parts.join('\n');
}

async function vaultWithNotes(deps: VaultDeps = testDeps()) {
  const vault = await createVault(deps, PASS);
  const a = await vault.put(noteType, { text: 'I think about them all week', tags: ['feelings'] });
  const b = await vault.put(noteType, { text: 'Session ran long again', tags: [] });
  const c = await vault.put(otherType, { n: 3 });
  return { deps, vault, a, b, c };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('setting up a vault', () => {
  it('writes nothing to disk until the passphrase is chosen', async () => {
    const deps = testDeps();
    expect(await findVault(deps.storage)).toBe('none');
    const names = (await indexedDB.databases()).map((db) => db.name);
    expect(names).not.toContain(deps.storage.name);
    await createVault(deps, PASS);
    expect(await findVault(deps.storage)).toBe('locked');
  });

  it('refuses to set up a second vault over an existing one', async () => {
    const deps = testDeps();
    await createVault(deps, PASS);
    const before = await snapshot(deps.storage);
    await failsWith('exists', () => createVault(deps, 'another passphrase'));
    expect(await snapshot(deps.storage)).toEqual(before);
  });

  it('keeps the KDF parameters and salt with the vault, and no key bytes in clear', async () => {
    const deps = testDeps();
    await createVault(deps, PASS);
    const meta = await deps.storage.readMeta();
    expect(meta?.kdf).toMatchObject({ set: 0, memoryKiB: 8, iterations: 1, parallelism: 1 });
    expect(meta?.kdf.salt).toHaveLength(16);
    expect(meta?.key.ciphertext).toHaveLength(48);
  });
});

describe('saving and reading', () => {
  it('lists, gets and re-reads after a fresh unlock exactly what was saved', async () => {
    const { deps, vault, a, b, c } = await vaultWithNotes();
    expect(vault.list(noteType).map((r) => r.data.text)).toEqual([a.data.text, b.data.text]);
    expect(vault.get(otherType, c.id)?.data).toEqual({ n: 3 });
    vault.lock();
    const again = await unlockVault(deps, PASS);
    expect(again.list(noteType)).toEqual([a, b]);
    expect(again.list(otherType)).toEqual([c]);
    expect(again.problems).toEqual([]);
  });

  it('replaces a record by id, keeping when it was created', async () => {
    let now = new Date('2024-03-01T10:00:00Z');
    const { vault, a } = await vaultWithNotes(testDeps({ now: () => now }));
    now = new Date('2024-03-02T10:00:00Z');
    const changed = await vault.put(noteType, { text: 'changed', tags: [] }, a.id);
    expect(changed).toMatchObject({
      id: a.id,
      createdAt: '2024-03-01T10:00:00.000Z',
      updatedAt: '2024-03-02T10:00:00.000Z',
    });
    expect(vault.list(noteType)).toHaveLength(2);
  });

  it('removes a record from memory and disk', async () => {
    const { deps, vault, a } = await vaultWithNotes();
    await vault.remove(noteType, a.id);
    expect(vault.get(noteType, a.id)).toBeUndefined();
    vault.lock();
    expect((await unlockVault(deps, PASS)).get(noteType, a.id)).toBeUndefined();
  });

  it('tells subscribers about every change, and stops after unsubscribing', async () => {
    const { vault } = await vaultWithNotes();
    const listener = vi.fn();
    const stop = vault.subscribe(listener);
    await vault.put(noteType, { text: 'x', tags: [] });
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    await vault.put(noteType, { text: 'y', tags: [] });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('rejects data that does not match its type, and a type that is not registered, writing nothing', async () => {
    const { deps, vault } = await vaultWithNotes();
    const before = await snapshot(deps.storage);
    await failsWith('invalid-record', () => vault.put(noteType, { text: 5 } as never));
    await failsWith('invalid-record', () =>
      vault.put({ ...otherType, name: 'nobody-registered-me' }, { n: 1 }),
    );
    await failsWith('invalid-record', () => vault.put(noteTypeV1, { body: 'old shape' }));
    expect(await snapshot(deps.storage)).toEqual(before);
  });

  it('does not let one type overwrite a record of another type by id', async () => {
    const { vault, c } = await vaultWithNotes();
    await failsWith('invalid-record', () => vault.put(noteType, { text: 'x', tags: [] }, c.id));
    expect(vault.get(otherType, c.id)?.data).toEqual({ n: 3 });
  });

  it('keeps writes in call order, so the last call wins on disk and in memory', async () => {
    const { deps, vault, a } = await vaultWithNotes();
    await Promise.all(
      ['1', '2', '3', '4', '5'].map((text) => vault.put(noteType, { text, tags: [] }, a.id)),
    );
    expect(vault.get(noteType, a.id)?.data.text).toBe('5');
    vault.lock();
    expect((await unlockVault(deps, PASS)).get(noteType, a.id)?.data.text).toBe('5');
  });
});

describe('a full disk or a failed write', () => {
  it('says the disk is full and keeps memory and disk as they were', async () => {
    const { deps, vault, a } = await vaultWithNotes();
    const before = await snapshot(deps.storage);
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const { IDBObjectStore } = await import('fake-indexeddb');
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quota;
    });
    await failsWith('storage-full', () => vault.put(noteType, { text: 'new words', tags: [] }));
    await failsWith('storage-full', () =>
      vault.put(noteType, { text: 'changed words', tags: [] }, a.id),
    );
    vi.restoreAllMocks();
    expect(vault.list(noteType)).toHaveLength(2);
    expect(vault.get(noteType, a.id)?.data.text).toBe(a.data.text);
    expect(await snapshot(deps.storage)).toEqual(before);
  });

  it('applies a batch of writes all together or not at all, as when a tab closes mid-save', async () => {
    const { deps } = await vaultWithNotes();
    const before = await snapshot(deps.storage);
    const rows = await deps.storage.readRecords();
    // The last row cannot be stored (a function is not cloneable): the clear and the earlier puts must roll back.
    const broken = { ...rows[0], id: 'broken', ciphertext: (() => 0) as never };
    await failsWith('write-failed', () =>
      deps.storage.write({
        clear: true,
        put: [...rows.map((r) => ({ ...r, id: `${r.id}-copy` })), broken as never],
      }),
    );
    expect(await snapshot(deps.storage)).toEqual(before);
  });
});

describe('unlocking', () => {
  it('says a wrong passphrase is wrong, and changes and destroys nothing', async () => {
    const { deps, vault, a } = await vaultWithNotes();
    vault.lock();
    const before = await snapshot(deps.storage);
    for (const attempt of ['', 'kettle river violet', 'Kettle river violet morning', `${PASS} `]) {
      await failsWith('wrong-passphrase', () => unlockVault(deps, attempt));
    }
    expect(await snapshot(deps.storage)).toEqual(before);
    expect((await unlockVault(deps, PASS)).get(noteType, a.id)).toEqual(a);
  });

  it('says there is nothing to unlock on a device where nothing was saved', async () => {
    await failsWith('missing', () => unlockVault(testDeps(), PASS));
  });

  it('migrates records written by an earlier version of their type', async () => {
    const deps = testDeps({ types: [noteTypeV1] });
    const old = await createVault(deps, PASS);
    const written = await old.put(noteTypeV1, { body: 'written by release 1' });
    old.lock();
    const now = await unlockVault({ ...deps, types: [noteType] }, PASS);
    expect(now.get(noteType, written.id)).toEqual({
      ...written,
      data: { text: 'written by release 1', tags: [] },
    });
  });

  it('keeps records of unknown types or newer versions sealed and untouched, and still backs them up', async () => {
    const { deps, c } = await vaultWithNotes();
    const newer = {
      ...noteType,
      version: 3,
      migrations: { ...noteType.migrations, 2: (x: unknown) => x },
    };
    const fromNewer = await unlockVault({ ...deps, types: [newer, otherType] }, PASS);
    const future = await fromNewer.put(newer, { text: 'from the future', tags: [] });
    fromNewer.lock();
    const before = await snapshot(deps.storage);
    const older = await unlockVault({ ...deps, types: [noteType] }, PASS);
    expect(older.list(noteType).map((r) => r.id)).not.toContain(future.id);
    expect(older.problems).toEqual([]);
    const file = JSON.parse(await older.exportBackup()) as { records: { id: string }[] };
    expect(file.records.map((r) => r.id)).toEqual(expect.arrayContaining([future.id, c.id]));
    await failsWith('invalid-record', () =>
      older.put(noteType, { text: 'x', tags: [] }, future.id),
    );
    expect(await snapshot(deps.storage)).toEqual(before);
  });

  it('opens every record that is intact when one is damaged, names the damaged one, and leaves it on disk', async () => {
    const { deps, vault, a, b } = await vaultWithNotes();
    vault.lock();
    const rows = await deps.storage.readRecords();
    const victim = rows.find((r) => r.id === a.id);
    if (!victim) throw new Error('missing row');
    const damaged = victim.ciphertext.slice();
    damaged[0] = (damaged[0] ?? 0) ^ 1;
    await deps.storage.write({ put: [{ ...victim, ciphertext: damaged }] });
    const before = await snapshot(deps.storage);
    const opened = await unlockVault(deps, PASS);
    expect(opened.problems).toEqual([{ id: a.id, type: 'test-note' }]);
    expect(opened.list(noteType)).toEqual([b]);
    const file = JSON.parse(await opened.exportBackup()) as { records: { id: string }[] };
    expect(file.records.map((r) => r.id)).not.toContain(a.id);
    expect(await snapshot(deps.storage)).toEqual(before);
  });

  it('rejects any single flipped bit in a stored record without changing what is stored (1,000 cases)', async () => {
    const { deps, vault, a } = await vaultWithNotes();
    vault.lock();
    const rows = await deps.storage.readRecords();
    const original = rows.find((r) => r.id === a.id);
    if (!original) throw new Error('missing row');
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.nat(),
        fc.integer({ min: 0, max: 7 }),
        async (inIv, at, bit) => {
          const field = (inIv ? original.iv : original.ciphertext).slice();
          const index = at % field.length;
          field[index] = (field[index] ?? 0) ^ (1 << bit);
          const tampered = inIv ? { ...original, iv: field } : { ...original, ciphertext: field };
          await deps.storage.write({ put: [tampered] });
          const before = await snapshot(deps.storage);
          const opened = await unlockVault(deps, PASS);
          expect(opened.problems.map((p) => p.id)).toEqual([a.id]);
          expect(opened.get(noteType, a.id)).toBeUndefined();
          opened.lock();
          expect(await snapshot(deps.storage)).toEqual(before);
        },
      ),
      { numRuns: 1000 },
    );
  }, 120_000);
});

describe('locking', () => {
  it('drops the key and every decrypted record, and refuses reads and writes afterwards', async () => {
    const { vault, a } = await vaultWithNotes();
    const listener = vi.fn();
    vault.subscribe(listener);
    expect(reachableText(vault)).toContain('I think about them');
    vault.lock();
    expect(vault.locked).toBe(true);
    expect(listener).toHaveBeenCalledTimes(1);
    await failsWith('locked', () => vault.list(noteType));
    await failsWith('locked', () => vault.get(noteType, a.id));
    await failsWith('locked', () => vault.put(noteType, { text: 'x', tags: [] }));
    await failsWith('locked', () => vault.exportBackup());
    // Nothing decrypted is reachable from the object any more.
    expect(reachableText(vault)).not.toContain('I think about them');
  });

  it('finishes a save started just before locking, without putting it back into memory', async () => {
    const { deps, vault } = await vaultWithNotes();
    expect(reachableText(vault)).toContain('I think about them');
    const saving = vault.put(noteType, { text: 'saved as it locked', tags: [] });
    vault.lock();
    const saved = await saving;
    expect(reachableText(vault)).not.toContain('saved as it locked');
    expect((await unlockVault(deps, PASS)).get(noteType, saved.id)?.data.text).toBe(
      'saved as it locked',
    );
  });
});

describe('changing the passphrase', () => {
  it('seals every record again under a new data key; the old passphrase stops working', async () => {
    const { deps, vault, a } = await vaultWithNotes();
    const before = new Map((await deps.storage.readRecords()).map((r) => [r.id, r]));
    await vault.changePassphrase(PASS, 'a brand new long passphrase');
    const after = await deps.storage.readRecords();
    expect(after.map((r) => r.id).sort()).toEqual([...before.keys()].sort());
    for (const row of after) expect(row.ciphertext).not.toEqual(before.get(row.id)?.ciphertext);
    expect(vault.get(noteType, a.id)).toEqual(a);
    await vault.put(noteType, { text: 'written with the new key', tags: [] });
    vault.lock();
    await failsWith('wrong-passphrase', () => unlockVault(deps, PASS));
    const reopened = await unlockVault(deps, 'a brand new long passphrase');
    expect(reopened.get(noteType, a.id)).toEqual(a);
    expect(reopened.list(noteType)).toHaveLength(3);
    expect(reopened.tampering).toEqual([]);
    expect(reopened.problems).toEqual([]);
  });

  it('leaves the old key and every record as they were when the write fails', async () => {
    const { deps, vault, a } = await vaultWithNotes();
    const before = await snapshot(deps.storage);
    const write = deps.storage.write.bind(deps.storage);
    const spy = vi.spyOn(deps.storage, 'write').mockImplementation(async (batch) => {
      // The whole batch goes into one transaction; a failure in the middle of it undoes all of it.
      await write({ ...batch, put: [...(batch.put ?? []), { broken: true } as never] });
    });
    await failsWith('write-failed', () =>
      vault.changePassphrase(PASS, 'a brand new long passphrase'),
    );
    spy.mockRestore();
    expect(await snapshot(deps.storage)).toEqual(before);
    expect(vault.get(noteType, a.id)).toEqual(a);
    await vault.put(noteType, { text: 'still the old key', tags: [] });
    vault.lock();
    expect((await unlockVault(deps, PASS)).list(noteType)).toHaveLength(3);
  });

  it('needs the current passphrase, and changes nothing when it is wrong', async () => {
    const { deps, vault } = await vaultWithNotes();
    const before = await snapshot(deps.storage);
    await failsWith('wrong-passphrase', () =>
      vault.changePassphrase('not it at all', 'a brand new long passphrase'),
    );
    expect(await snapshot(deps.storage)).toEqual(before);
    expect(vault.list(noteType)).toHaveLength(2);
  });
});

describe('a damaged lock', () => {
  it('is reported as damaged, and the records are left as they were', async () => {
    const { deps, vault } = await vaultWithNotes();
    vault.lock();
    const meta = await deps.storage.readMeta();
    const records = await deps.storage.readRecords();
    await deps.storage.write({ meta: { ...meta, key: { iv: new Uint8Array(3) } } as never });
    await failsWith('damaged', () => unlockVault(deps, PASS));
    expect(await deps.storage.readRecords()).toEqual(records);
  });
});

describe('a vault from a newer Terrarium', () => {
  it('is left alone with a clear code', async () => {
    const { deps, vault } = await vaultWithNotes();
    vault.lock();
    const meta = await deps.storage.readMeta();
    await deps.storage.write({ meta: { ...meta, format: 2 } as never });
    await failsWith('future-version', () => unlockVault(deps, PASS));
  });
});
