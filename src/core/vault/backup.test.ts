import { describe, expect, it, vi } from 'vitest';
import { checkBackupSize, endsEarly, MAX_BACKUP_BYTES, openBackup, parseBackup } from './backup';
import { toBase64 } from './bytes';
import { openRecord } from './envelope';
import { isVaultError, type VaultErrorCode } from './errors';
import { KDF_V1 } from './kdf';
import { noteType, otherType, snapshot, TEST_KDF, testDeps } from './testing';
import { createVault, restoreVault, unlockVault, type VaultDeps } from './vault';

const PASS = 'kettle river violet morning';
const OTHER = 'a different long passphrase';

function clock(start: string) {
  let t = Date.parse(start);
  return () => {
    t += 86_400_000;
    return new Date(t);
  };
}

async function source(deps: VaultDeps = testDeps({ now: clock('2022-01-01T00:00:00Z') })) {
  const vault = await createVault(deps, PASS);
  // Fixed ids: a new record's id is random, and the file's layout must not depend on it.
  const a = await vault.put(noteType, { text: 'I keep thinking about them', tags: [] }, 'note-a');
  const b = await vault.put(
    noteType,
    { text: 'Hug at the end of the session', tags: ['touch'] },
    'note-b',
  );
  const c = await vault.put(otherType, { n: 7 }, 'other-c');
  return { deps, vault, a, b, c, file: await vault.exportBackup() };
}

async function code(work: () => unknown): Promise<VaultErrorCode | unknown> {
  try {
    await work();
    return 'no error';
  } catch (error) {
    return isVaultError(error) ? error.code : error;
  }
}

describe('exporting a backup', () => {
  it('writes one file holding every record still sealed, and none of the words', async () => {
    const { file } = await source();
    const parsed = JSON.parse(file) as {
      format: string;
      version: number;
      records: unknown[];
      count: number;
    };
    expect(parsed).toMatchObject({ format: 'terrarium-backup', version: 1, count: 3 });
    expect(parsed.records).toHaveLength(3);
    expect(file).not.toMatch(/thinking|Hug|session|touch/);
  });
});

describe('checking a backup before anything is written', () => {
  it('shows how many records of each type it holds and the dates they span', async () => {
    const { deps, file } = await source();
    const opened = await openBackup(parseBackup(file), PASS, deps);
    expect(opened.summary).toEqual({
      total: 3,
      byType: new Map([
        ['test-note', 2],
        ['test-other', 1],
      ]),
      from: '2022-01-02T00:00:00.000Z',
      to: '2022-01-04T00:00:00.000Z',
    });
  });

  it('says a file that is not a Terrarium backup is foreign', async () => {
    for (const text of [
      '',
      'hello',
      '{"format":"something-else"}',
      '[1,2,3]',
      '\u0089PNG\r\n\u001a\n',
      'null',
      '{"version":1}',
    ]) {
      expect(await code(() => parseBackup(text)), JSON.stringify(text)).toBe('backup-foreign');
    }
  });

  it('says a file cut short is incomplete, wherever the cut falls', async () => {
    const { file } = await source();
    for (let cut = 30; cut < file.length - 1; cut += 7) {
      expect(await code(() => parseBackup(file.slice(0, cut))), `cut at ${cut}`).toBe(
        'backup-truncated',
      );
    }
  });

  it('says a file that lost records but is otherwise whole is incomplete', async () => {
    const { file } = await source();
    const json = JSON.parse(file) as { records: unknown[] };
    json.records.pop();
    expect(await code(() => parseBackup(JSON.stringify(json)))).toBe('backup-truncated');
  });

  it('says a file from a newer Terrarium needs a newer version', async () => {
    const { file } = await source();
    const json = JSON.parse(file) as { version: number };
    json.version = 2;
    expect(await code(() => parseBackup(JSON.stringify(json)))).toBe('backup-future-version');
  });

  it('says a file with a damaged field or record is damaged', async () => {
    const { deps, file } = await source();
    const json = JSON.parse(file) as {
      records: { ciphertext: string; id: string }[];
      kdf: { memoryKiB: number };
    };
    const badBase64 = structuredClone(json);
    (badBase64.records[0] as { ciphertext: string }).ciphertext = '***';
    expect(await code(() => parseBackup(JSON.stringify(badBase64)))).toBe('backup-corrupt');
    const hugeMemory = structuredClone(json);
    hugeMemory.kdf.memoryKiB = 1 << 30;
    expect(await code(() => openBackup(parseBackup(JSON.stringify(hugeMemory)), PASS, deps))).toBe(
      'backup-unknown-settings',
    );
    const swapped = structuredClone(json);
    const [first, second] = swapped.records as unknown as [{ id: string }, { id: string }];
    [first.id, second.id] = [second.id, first.id];
    expect(await code(() => openBackup(parseBackup(JSON.stringify(swapped)), PASS, deps))).toBe(
      'backup-corrupt',
    );
  });

  it('says the passphrase does not open the backup when it is wrong', async () => {
    const { deps, file } = await source();
    expect(await code(() => openBackup(parseBackup(file), OTHER, deps))).toBe(
      'backup-wrong-passphrase',
    );
  });

  it('tells an interrupted copy from damage', () => {
    expect(endsEarly('{"a":[1,2')).toBe(true);
    expect(endsEarly('{"a":"unfinished')).toBe(true);
    expect(endsEarly('{"a":"has \\" quote and } brace"')).toBe(true);
    expect(endsEarly('{"a":1}}')).toBe(false);
    expect(endsEarly('{"a":1,,}')).toBe(false);
    // An escaped quote does not end the string, so the brace after it is text.
    expect(endsEarly('{"a":"q\\"}"}')).toBe(false);
  });

  it('reads a file that starts with a byte-order mark or blank lines as the same file', async () => {
    const { deps, file } = await source();
    const plain = await openBackup(parseBackup(file), PASS, deps);
    for (const text of [`\uFEFF${file}`, `\n\n  ${file}\n`, `\uFEFF\r\n${file}`]) {
      const opened = await openBackup(parseBackup(text), PASS, deps);
      expect(opened.entries).toEqual(plain.entries);
    }
  });

  it('tells a cut-short backup from a foreign file whatever the spacing, BOM or indentation', async () => {
    const { file } = await source();
    const pretty = JSON.stringify(JSON.parse(file), null, 2);
    for (const text of [
      pretty.slice(0, 200),
      `\uFEFF${file.slice(0, 200)}`,
      `\n  ${file.slice(0, 200)}`,
      `{ "format" : "terrarium-backup", "version": 1, "kdf": {`,
    ]) {
      expect(await code(() => parseBackup(text)), JSON.stringify(text.slice(0, 40))).toBe(
        'backup-truncated',
      );
    }
    // Whole but broken JSON that starts like a backup is damaged, not foreign.
    expect(await code(() => parseBackup(`${file.slice(0, -1)},,}`))).toBe('backup-corrupt');
    // Broken JSON that only mentions the format somewhere, or spells it otherwise, is foreign.
    for (const text of [
      `x${file.slice(0, 200)}`,
      `["format", ${file.slice(0, 200)}`,
      '{"format":"terrarium-backups",',
      '{"format":"Terrarium-backup",',
      '{"formats":"terrarium-backup",',
      '{format:"terrarium-backup",',
    ]) {
      expect(await code(() => parseBackup(text)), JSON.stringify(text.slice(0, 40))).toBe(
        'backup-foreign',
      );
    }
  });

  it('says a version that is not a whole number is damaged, not from a newer Terrarium', async () => {
    const { file } = await source();
    for (const version of [1.5, '2', 0, null]) {
      const json = JSON.parse(file) as { version: unknown };
      json.version = version;
      expect(await code(() => parseBackup(JSON.stringify(json))), String(version)).toBe(
        'backup-corrupt',
      );
    }
  });

  it('says a file holding one record twice is damaged', async () => {
    const { file } = await source();
    const json = JSON.parse(file) as { records: unknown[]; count: number };
    json.records.push(json.records[0]);
    json.count = json.records.length;
    expect(await code(() => parseBackup(JSON.stringify(json)))).toBe('backup-corrupt');
  });

  it('checks the length of every binary field, to the byte', async () => {
    const { file } = await source();
    const bytes = (n: number) => toBase64(new Uint8Array(n).fill(7));
    const record = (json: Record<string, unknown>) =>
      (json.records as Record<string, unknown>[])[0] as Record<string, unknown>;
    const fields: [
      string,
      number,
      number,
      (json: Record<string, unknown>, value: string) => void,
    ][] = [
      [
        'kdf.salt',
        16,
        16,
        (json, value) => {
          (json.kdf as Record<string, unknown>).salt = value;
        },
      ],
      [
        'key.iv',
        12,
        12,
        (json, value) => {
          (json.key as Record<string, unknown>).iv = value;
        },
      ],
      [
        'key.ciphertext',
        48,
        48,
        (json, value) => {
          (json.key as Record<string, unknown>).ciphertext = value;
        },
      ],
      [
        'record iv',
        12,
        12,
        (json, value) => {
          record(json).iv = value;
        },
      ],
      [
        'record ciphertext',
        16,
        100_000,
        (json, value) => {
          record(json).ciphertext = value;
        },
      ],
    ];
    for (const [field, min, max, set] of fields) {
      const at = (n: number) => {
        const json = JSON.parse(file) as Record<string, unknown>;
        set(json, bytes(n));
        return code(() => parseBackup(JSON.stringify(json)));
      };
      expect(await at(min - 1), `${field} of ${min - 1} bytes`).toBe('backup-corrupt');
      expect(await at(min), `${field} of ${min} bytes`).toBe('no error');
      expect(await at(max), `${field} of ${max} bytes`).toBe('no error');
      if (max === min)
        expect(await at(max + 1), `${field} of ${max + 1} bytes`).toBe('backup-corrupt');
    }
  });

  it('keeps a record id as it is, even one holding a byte-order mark', async () => {
    const deps = testDeps({ now: clock('2022-01-01T00:00:00Z') });
    const vault = await createVault(deps, PASS);
    const odd = await vault.put(noteType, { text: 'odd id', tags: [] }, 'a\uFEFFb');
    const opened = await openBackup(parseBackup(await vault.exportBackup()), PASS, deps);
    expect(opened.entries.map((e) => e.header.id)).toEqual([odd.id]);
  });
});

describe('what an error says, for whoever reads a bug report', () => {
  async function message(work: () => unknown): Promise<string> {
    try {
      await work();
      return 'no error';
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }

  it('names the field, count, duplicate or record that failed, never the words', async () => {
    const { deps, file } = await source();
    const json = () => JSON.parse(file) as { records: Record<string, unknown>[]; count: number };
    const badBase64 = json();
    (badBase64.records[0] as Record<string, unknown>).iv = '***';
    expect(await message(() => parseBackup(JSON.stringify(badBase64)))).toBe(
      'backup-corrupt: bad base64 field',
    );
    const short = json();
    short.count = 2;
    expect(await message(() => parseBackup(JSON.stringify(short)))).toBe(
      'backup-truncated: record count',
    );
    const twice = json();
    twice.records.push(twice.records[0] as Record<string, unknown>);
    twice.count = 4;
    expect(await message(() => parseBackup(JSON.stringify(twice)))).toBe(
      'backup-corrupt: duplicate record id',
    );
    const relabelled = json();
    (relabelled.records[1] as Record<string, unknown>).version = 9;
    const error = await openBackup(parseBackup(JSON.stringify(relabelled)), PASS, deps).catch(
      (caught: unknown) => caught,
    );
    const id = (relabelled.records[1] as { id: string }).id;
    expect(error).toMatchObject({ message: `backup-corrupt: record ${id}` });
    // The decryption error is kept as the cause, for a developer; its text holds no words.
    expect((error as Error).cause).toBeInstanceOf(Error);
  });

  it('says key settings outside what any key derivation accepts are damage', async () => {
    const odd = { ...TEST_KDF, memoryKiB: 8, parallelism: 2 };
    const { deps, file } = await source();
    const json = JSON.parse(file) as { kdf: Record<string, unknown> };
    json.kdf = { ...json.kdf, memoryKiB: 8, parallelism: 2 };
    expect(
      await code(() => openBackup(parseBackup(JSON.stringify(json)), PASS, { ...deps, kdf: odd })),
    ).toBe('backup-corrupt');
  });

  it('finds the earliest creation and latest change wherever their records sit in the file', async () => {
    const deps = testDeps({ now: clock('2022-01-01T00:00:00Z') });
    const vault = await createVault(deps, PASS);
    // Ids in the opposite order to the dates: the file lists records by id.
    await vault.put(noteType, { text: 'oldest', tags: [] }, 'z-oldest');
    await vault.put(noteType, { text: 'middle', tags: [] }, 'm-middle');
    await vault.put(noteType, { text: 'changed last', tags: [] }, 'a-newest');
    await vault.put(noteType, { text: 'changed again', tags: [] }, 'm-middle');
    const parsed = parseBackup(await vault.exportBackup());
    const summary = (await openBackup(parsed, PASS, deps)).summary;
    expect(summary.from).toBe('2022-01-02T00:00:00.000Z');
    expect(summary.to).toBe('2022-01-05T00:00:00.000Z');
    // The dates do not follow the file's order, or the check above would prove nothing.
    expect(parsed.rows.map((r) => r.id)).not.toEqual(['z-oldest', 'm-middle', 'a-newest']);
  });
});

describe('importing a backup', () => {
  it('restores onto an empty device exactly as it was, unlocking with the backup’s passphrase', async () => {
    const { a, b, c, file, deps: sourceDeps } = await source();
    const deps = testDeps();
    const restored = await restoreVault(
      deps,
      await openBackup(parseBackup(file), PASS, sourceDeps),
    );
    expect(restored.list(noteType)).toEqual([a, b]);
    restored.lock();
    const again = await unlockVault(deps, PASS);
    expect(again.list(noteType)).toEqual([a, b]);
    expect(again.list(otherType)).toEqual([c]);
  });

  it('merges by keeping the newer copy of each record and adding the rest', async () => {
    const { file, a, b, c, deps } = await source();
    // The same vault, later: one record changed, one removed, one added.
    const vault = await unlockVault({ ...deps, now: clock('2023-01-01T00:00:00Z') }, PASS);
    const changed = await vault.put(noteType, { text: 'changed after the backup', tags: [] }, a.id);
    await vault.remove(noteType, b.id);
    const added = await vault.put(otherType, { n: 99 }, 'other-added');
    await vault.importBackup(await openBackup(parseBackup(file), PASS, deps), 'merge');
    expect(vault.get(noteType, a.id)).toEqual(changed);
    expect(vault.get(noteType, b.id)).toEqual(b);
    expect(vault.list(otherType)).toEqual([c, added]);
  });

  it('merges a backup made under another passphrase, re-sealing its records under this vault’s key', async () => {
    const other = await source(testDeps({ now: clock('2020-01-01T00:00:00Z') }));
    await other.vault.changePassphrase(PASS, OTHER);
    const file = await other.vault.exportBackup();
    const deps = testDeps();
    const vault = await createVault(deps, 'this device passphrase');
    await vault.importBackup(await openBackup(parseBackup(file), OTHER, deps), 'merge');
    vault.lock();
    const again = await unlockVault(deps, 'this device passphrase');
    expect(again.list(noteType)).toEqual([other.a, other.b]);
  });

  it('replaces everything with the backup when asked', async () => {
    const { file, a, b, c, deps } = await source();
    const vault = await unlockVault(deps, PASS);
    await vault.put(noteType, { text: 'not in the backup', tags: [] }, 'note-extra');
    await vault.importBackup(await openBackup(parseBackup(file), PASS, deps), 'replace');
    expect(vault.list(noteType)).toEqual([a, b]);
    vault.lock();
    const again = await unlockVault(deps, PASS);
    expect(again.list(noteType)).toEqual([a, b]);
    expect(again.list(otherType)).toEqual([c]);
  });

  it('says the disk is full and keeps the vault as it was when an import cannot be written', async () => {
    const { file, deps } = await source();
    const vault = await unlockVault(deps, PASS);
    await vault.put(noteType, { text: 'not in the backup', tags: [] });
    const before = await snapshot(deps.storage);
    const opened = await openBackup(parseBackup(file), PASS, deps);
    const { IDBObjectStore } = await import('fake-indexeddb');
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    // Room for two records, not for the whole import.
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      calls += 1;
      if (calls > 2) throw new DOMException('full', 'QuotaExceededError');
      return put.apply(this, args as Parameters<typeof put>);
    });
    expect(await code(() => vault.importBackup(opened, 'replace'))).toBe('storage-full');
    spy.mockRestore();
    expect(await snapshot(deps.storage)).toEqual(before);
    expect(vault.list(noteType).map((r) => r.data.text)).toContain('not in the backup');
  });
});

describe('limits on what an import may ask for', () => {
  it('refuses a file bigger than any real backup before reading it', async () => {
    expect(await code(() => checkBackupSize(MAX_BACKUP_BYTES + 1))).toBe('backup-too-large');
    expect(await code(() => checkBackupSize(MAX_BACKUP_BYTES))).toBe('no error');
    // Exactly as long as allowed: read, and found to be no backup at all.
    expect(await code(() => parseBackup(' '.repeat(MAX_BACKUP_BYTES)))).toBe('backup-foreign');
    expect(await code(() => parseBackup(' '.repeat(MAX_BACKUP_BYTES + 1)))).toBe(
      'backup-too-large',
    );
    // Two 64 MiB strings take a few seconds, more on a busy machine.
  }, 60_000);

  it('accepts only a released set of key settings, never the test-only set or an edited one', async () => {
    const { deps, file } = await source();
    const production = { derive: deps.derive, types: deps.types };
    // Made with the test-only set: the app itself (no test settings of its own) refuses it.
    expect(await code(() => openBackup(parseBackup(file), PASS, production))).toBe(
      'backup-unknown-settings',
    );
    const derive = vi.fn(deps.derive);
    for (const memoryKiB of [KDF_V1.memoryKiB * 2, KDF_V1.memoryKiB - 1, 1 << 20]) {
      const json = JSON.parse(file) as { kdf: Record<string, unknown> };
      json.kdf = { ...json.kdf, ...KDF_V1, memoryKiB };
      expect(
        await code(() =>
          openBackup(parseBackup(JSON.stringify(json)), PASS, { ...production, derive }),
        ),
      ).toBe('backup-unknown-settings');
    }
    // Refused before any key derivation: no work at all was done for these files.
    expect(derive).not.toHaveBeenCalled();
  });

  it('counts a record type named like a built-in object property as any other', async () => {
    const deps = testDeps({ types: [noteType, { ...otherType, name: 'constructor' }] });
    const vault = await createVault(deps, PASS);
    await vault.put(noteType, { text: 'one', tags: [] }, 'one');
    const odd = deps.types[1] as typeof otherType;
    await vault.put(odd, { n: 1 }, 'odd-1');
    await vault.put(odd, { n: 2 }, 'odd-2');
    const opened = await openBackup(parseBackup(await vault.exportBackup()), PASS, deps);
    expect([...opened.summary.byType]).toEqual(
      expect.arrayContaining([
        ['constructor', 2],
        ['test-note', 1],
      ]),
    );
    expect(opened.summary.total).toBe(3);
  });

  it('locks a restored vault with the settings new vaults use, not the file’s', async () => {
    const older = { ...TEST_KDF, memoryKiB: 16 };
    const { file } = await source(testDeps({ kdf: older }));
    const deps = testDeps();
    const opened = await openBackup(parseBackup(file), PASS, { ...deps, kdf: older });
    const restored = await restoreVault(deps, opened, PASS);
    expect((await deps.storage.readMeta())?.kdf).toMatchObject(TEST_KDF);
    restored.lock();
    expect((await unlockVault(deps, PASS)).list(noteType)).toHaveLength(2);
  });
});

describe('a backup made before the passphrase changed', () => {
  it('opens with the old passphrase, and holds nothing that opens records written after the change', async () => {
    const { deps, vault, a } = await source();
    const oldFile = await vault.exportBackup();
    await vault.changePassphrase(PASS, OTHER);
    const later = await vault.put(
      noteType,
      { text: 'written after the change', tags: [] },
      'note-later',
    );
    const newFile = await vault.exportBackup();
    const old = await openBackup(parseBackup(oldFile), PASS, deps);
    expect(old.admitted.has(a.id)).toBe(true);
    expect(old.admitted.has(later.id)).toBe(false);
    // The old file's key does not open anything in the new file, not even records it also holds.
    const newRows = parseBackup(newFile).rows;
    for (const row of newRows) {
      await expect(openRecord(old.key, row)).rejects.toThrow();
    }
    // Grafting new records onto the old file (old key, old passphrase) makes a file that does not open.
    const grafted = JSON.parse(oldFile) as { records: unknown[]; count: number };
    grafted.records = (JSON.parse(newFile) as { records: unknown[] }).records;
    grafted.count = grafted.records.length;
    expect(await code(() => openBackup(parseBackup(JSON.stringify(grafted)), PASS, deps))).toBe(
      'backup-corrupt',
    );
  });
});
