import { describe, expect, it } from 'vitest';
import * as keys from './record-keys';
import { recordTypes } from './records';
import { TEST_KDF, testDeps } from './vault/testing';
import { createVault } from './vault/vault';

describe('record keys', () => {
  it('name every registered kind of record, each once', () => {
    const names = Object.values(keys).map((key) => key.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(recordTypes.map((type) => type.name).sort());
  });

  it('write through the registered kind: its schema checks the data', async () => {
    const vault = await createVault(
      testDeps({ types: recordTypes, kdf: TEST_KDF }),
      'kettle river violet morning',
    );
    const saved = await vault.put(keys.backupDateRecord, { at: '2026-01-02T03:04:05.000Z' });
    expect(vault.list(keys.backupDateRecord)).toEqual([saved]);
    await expect(vault.put(keys.backupDateRecord, { at: 'yesterday' })).rejects.toMatchObject({
      code: 'invalid-record',
    });
    expect(vault.list(keys.backupDateRecord)).toHaveLength(1);
  });
});
