import { afterEach, describe, expect, it } from 'vitest';
import { DB_NAME } from '../../core/vault/names';
import { VaultStorage } from '../../core/vault/storage';
import { testDeps } from '../../core/vault/testing';
import { createVault } from '../../core/vault/vault';
import { findVault } from './presence';

const databases = async () => (await indexedDB.databases()).map((db) => db.name);

afterEach(async () => {
  await new VaultStorage().erase();
});

describe('findVault', () => {
  it('says "none" on a fresh browser and leaves no database behind', async () => {
    expect(await findVault()).toBe('none');
    expect(await databases()).not.toContain(DB_NAME);
  });

  it('says "locked" once a vault was set up, and lets it be deleted right after', async () => {
    const storage = new VaultStorage();
    const vault = await createVault(testDeps({ storage }), 'kettle river violet morning');
    vault.lock();
    storage.close();
    expect(await findVault()).toBe('locked');
    // The look closed its connection: deleting the database is not blocked.
    await storage.erase();
    expect(await findVault()).toBe('none');
  });

  it('says "none" for a database whose vault row is missing', async () => {
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore('meta');
        request.result.createObjectStore('records', { keyPath: 'id' });
      };
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    expect(await findVault()).toBe('none');
  });
});
