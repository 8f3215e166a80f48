import type { Page } from '@playwright/test';
import { expect, open } from './fixtures';

/** What the vault journeys share: a passphrase, words found nowhere in the app, and a raw look at storage. */
export const PASSPHRASE = 'lantern orchard velvet spoon';
// Words that appear nowhere in the app, so finding them anywhere in storage means plaintext leaked.
export const SECRET_WORDS = ['zebrafinch', 'Quillomancy', 'marigoldvortex'];
export const SECRET_TEXT = `My zebrafinch notes: Quillomancy at the marigoldvortex session.`;

/** Saving something private: the first time, this is what sets up the vault. */
export async function writeEntry(page: Page, text: string) {
  await open(page, '/reflect/new');
  await page.getByLabel('What is on your mind?').fill(text);
  await page.getByRole('button', { name: 'Save to my journal' }).click();
}

export async function choosePassphrase(page: Page, passphrase = PASSPHRASE) {
  const dialog = page.getByRole('dialog', { name: 'Choose a passphrase' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await dialog.getByRole('button', { name: 'Set passphrase and continue' }).click();
  await expect(dialog).toBeHidden({ timeout: 20_000 });
}

export async function unlockInPage(page: Page, passphrase = PASSPHRASE) {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
}

export async function createVaultWithEntry(page: Page) {
  await writeEntry(page, SECRET_TEXT);
  await choosePassphrase(page);
  await expect(page.getByText(SECRET_TEXT)).toBeVisible();
}

/**
 * Everything this origin has stored, as text: every IndexedDB store, both web storages and (unless
 * left out because the service worker may still be filling them) every cache.
 */
export async function rawStorage(page: Page, withCaches = true): Promise<string> {
  return page.evaluate(async (withCaches) => {
    const out: string[] = [];
    const bytesAsText = (value: unknown): unknown => {
      if (value instanceof ArrayBuffer) return new TextDecoder('latin1').decode(value);
      if (ArrayBuffer.isView(value)) return new TextDecoder('latin1').decode(value);
      if (Array.isArray(value)) return value.map(bytesAsText);
      if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, bytesAsText(v)]));
      }
      return value;
    };
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await request(indexedDB.open(name));
      for (const store of Array.from(db.objectStoreNames)) {
        const tx = db.transaction(store);
        out.push(`idb ${name}/${store}`);
        out.push(JSON.stringify(bytesAsText(await request(tx.objectStore(store).getAllKeys()))));
        out.push(JSON.stringify(bytesAsText(await request(tx.objectStore(store).getAll()))));
      }
      db.close();
    }
    for (const storage of [localStorage, sessionStorage]) {
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i) ?? '';
        out.push(key, storage.getItem(key) ?? '');
      }
    }
    for (const name of withCaches ? await caches.keys() : []) {
      const cache = await caches.open(name);
      for (const req of await cache.keys()) {
        out.push(req.url, (await (await cache.match(req))?.text()) ?? '');
      }
    }
    return out.join('\n');
  }, withCaches);
}
