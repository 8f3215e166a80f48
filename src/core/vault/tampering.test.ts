import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isVaultError } from './errors';
import { noteType, otherType, testDeps } from './testing';
import { createVault, unlockVault, type VaultDeps } from './vault';

/*
 * Rows edited behind the vault's back, the way someone with access to the
 * browser's files could: each change is named at unlock by kind, type and
 * date, and nothing else is lost.
 */
const PASS = 'kettle river violet morning';

function clock() {
  let t = Date.parse('2025-03-01T00:00:00Z');
  return () => {
    t += 86_400_000;
    return new Date(t);
  };
}

async function vaultWithNotes(deps: VaultDeps = testDeps({ now: clock() })) {
  const vault = await createVault(deps, PASS);
  const a = await vault.put(noteType, { text: 'first version', tags: [] });
  const b = await vault.put(noteType, { text: 'another note', tags: [] });
  const c = await vault.put(otherType, { n: 3 });
  return { deps, vault, a, b, c };
}

const rowOf = async (deps: VaultDeps, id: string) => {
  const row = (await deps.storage.readRecords()).find((r) => r.id === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
};

describe('tampering noticed at unlock', () => {
  it('names a record set back to an older copy, and shows that copy', async () => {
    const { deps, vault, a, b, c } = await vaultWithNotes();
    const old = await rowOf(deps, a.id);
    const latest = await vault.put(noteType, { text: 'second version', tags: [] }, a.id);
    vault.lock();
    await deps.storage.write({ put: [old] });
    const opened = await unlockVault(deps, PASS);
    expect(opened.tampering).toEqual([
      { id: a.id, kind: 'rolled-back', type: 'test-note', date: latest.updatedAt },
    ]);
    expect(opened.get(noteType, a.id)?.data.text).toBe('first version');
    expect(opened.get(noteType, b.id)).toEqual(b);
    expect(opened.get(otherType, c.id)).toEqual(c);
    expect(opened.problems).toEqual([]);
  });

  it('names a deleted record by type and date', async () => {
    const { deps, vault, a, b, c } = await vaultWithNotes();
    vault.lock();
    await deps.storage.write({ remove: [b.id] });
    const opened = await unlockVault(deps, PASS);
    expect(opened.tampering).toEqual([
      { id: b.id, kind: 'deleted', type: 'test-note', date: b.updatedAt },
    ]);
    expect(opened.get(noteType, a.id)).toEqual(a);
    expect(opened.get(otherType, c.id)).toEqual(c);
  });

  it('names a deleted record that was brought back, and keeps it', async () => {
    const { deps, vault, a, b } = await vaultWithNotes();
    const row = await rowOf(deps, b.id);
    await vault.remove(noteType, b.id);
    vault.lock();
    await deps.storage.write({ put: [row] });
    const opened = await unlockVault(deps, PASS);
    expect(opened.tampering).toEqual([
      { id: b.id, kind: 'resurrected', type: 'test-note', date: b.updatedAt },
    ]);
    expect(opened.get(noteType, b.id)).toEqual(b);
    expect(opened.get(noteType, a.id)).toEqual(a);
  });

  it('names two records whose contents were swapped', async () => {
    const { deps, vault, a, b, c } = await vaultWithNotes();
    vault.lock();
    const [rowA, rowB] = [await rowOf(deps, a.id), await rowOf(deps, b.id)];
    await deps.storage.write({
      put: [
        { ...rowB, id: a.id },
        { ...rowA, id: b.id },
      ],
    });
    const opened = await unlockVault(deps, PASS);
    expect(opened.tampering.map((t) => [t.id, t.kind, t.type]).sort()).toEqual(
      [
        [a.id, 'swapped', 'test-note'],
        [b.id, 'swapped', 'test-note'],
      ].sort(),
    );
    expect(opened.get(otherType, c.id)).toEqual(c);
    // Nothing is deleted or rewritten: the swapped rows stay on disk as they are.
    expect(await rowOf(deps, a.id)).toEqual({ ...rowB, id: a.id });
  });

  it('keeps naming a change at every unlock until the person has read it', async () => {
    const { deps, vault, b } = await vaultWithNotes();
    vault.lock();
    await deps.storage.write({ remove: [b.id] });
    (await unlockVault(deps, PASS)).lock();
    const again = await unlockVault(deps, PASS);
    expect(again.tampering.map((t) => t.kind)).toEqual(['deleted']);
    await again.acceptAsItIs();
    expect(again.tampering).toEqual([]);
    again.lock();
    expect((await unlockVault(deps, PASS)).tampering).toEqual([]);
  });

  it('says when the index itself was replaced, and opens everything', async () => {
    const { deps, vault } = await vaultWithNotes();
    const index = await deps.storage.readIndex();
    await vault.put(noteType, { text: 'later', tags: [] });
    vault.lock();
    // An index from another vault (or an edited one) does not open with this key.
    const other = testDeps({ storage: deps.storage });
    const foreign = await createVault(testDeps(), PASS);
    await foreign.put(noteType, { text: 'x', tags: [] });
    const foreignIndex = await (foreign as unknown as { deps: VaultDeps }).deps.storage.readIndex();
    await deps.storage.write({
      index: { row: foreignIndex ?? never(), expect: (index?.counter ?? 0) + 1 },
    });
    const opened = await unlockVault(other, PASS);
    expect(opened.tampering.map((t) => t.kind)).toEqual(['changed']);
    expect(opened.list(noteType)).toHaveLength(3);
  });
});

function never(): never {
  throw new Error('missing');
}

describe('a vault made before the index existed', () => {
  it('opens cleanly, gets an index at the first unlock, and is watched from then on', async () => {
    const { deps, vault, a } = await vaultWithNotes();
    vault.lock();
    const meta = await deps.storage.readMeta();
    const rows = await deps.storage.readRecords();
    const legacy = testDeps({ now: clock() });
    await legacy.storage.create(meta ?? never(), rows);
    expect(await legacy.storage.readIndex()).toBeUndefined();
    const first = await unlockVault(legacy, PASS);
    expect(first.tampering).toEqual([]);
    expect(first.list(noteType)).toHaveLength(2);
    expect(await legacy.storage.readIndex()).toBeDefined();
    first.lock();
    await legacy.storage.write({ remove: [a.id] });
    expect((await unlockVault(legacy, PASS)).tampering.map((t) => [t.id, t.kind])).toEqual([
      [a.id, 'deleted'],
    ]);
  });
});

describe('two tabs, one vault', () => {
  it('keeps every save from two tabs, interleaved, with no false tampering report', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.boolean(), fc.constantFrom('add', 'edit', 'remove')), {
          minLength: 1,
          maxLength: 12,
        }),
        async (steps) => {
          const { deps, vault: one } = await vaultWithNotes(testDeps());
          const two = await unlockVault(deps, PASS);
          const expected = new Map<string, string>(
            one.list(noteType).map((r) => [r.id, r.data.text]),
          );
          let n = 0;
          for (const [alsoRemove, action] of steps) {
            // Both tabs save at the same moment, each without having seen the other's last save.
            const known = [...expected.keys()];
            await Promise.all(
              [one, two].map(async (tab, t) => {
                const text = `note ${n++}`;
                const id = action === 'edit' ? known[t] : undefined;
                const saved = await tab.put(noteType, { text, tags: [] }, id);
                expected.set(saved.id, text);
              }),
            );
            if (alsoRemove || action === 'remove') {
              const id = [...expected.keys()][0] as string;
              // A tab can only remove what it has in memory: take in the other's saves first.
              await two.refresh();
              await two.remove(noteType, id);
              expected.delete(id);
            }
          }
          one.lock();
          two.lock();
          const after = await unlockVault(deps, PASS);
          expect(after.tampering).toEqual([]);
          expect(after.problems).toEqual([]);
          expect(new Map(after.list(noteType).map((r) => [r.id, r.data.text]))).toEqual(expected);
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);

  it('takes in what the other tab saved', async () => {
    const { deps, vault: one } = await vaultWithNotes(testDeps());
    const two = await unlockVault(deps, PASS);
    const saved = await one.put(noteType, { text: 'from tab one', tags: [] });
    expect(two.get(noteType, saved.id)).toBeUndefined();
    await two.refresh();
    expect(two.get(noteType, saved.id)?.data.text).toBe('from tab one');
  });

  it('locks the other tab when the passphrase changes, and its late save is refused, not corrupted', async () => {
    const { deps, vault: one } = await vaultWithNotes(testDeps());
    const two = await unlockVault(deps, PASS);
    await one.changePassphrase(PASS, 'a brand new long passphrase');
    let caught: unknown;
    try {
      await two.put(noteType, { text: 'from the stale tab', tags: [] });
    } catch (error) {
      caught = error;
    }
    expect(isVaultError(caught, 'locked')).toBe(true);
    expect(two.locked).toBe(true);
    one.lock();
    const after = await unlockVault(deps, 'a brand new long passphrase');
    expect(after.problems).toEqual([]);
    expect(after.tampering).toEqual([]);
    expect(after.list(noteType).map((r) => r.data.text)).not.toContain('from the stale tab');
  });
});
