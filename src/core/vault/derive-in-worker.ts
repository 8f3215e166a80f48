import type { DeriveKey } from './kdf';
import type { KdfRequest } from './kdf.worker';

/**
 * The browser's DeriveKey: one short-lived worker per derivation, terminated
 * afterwards so its 64 MiB are returned at once rather than held while unlocked.
 */
export const deriveInWorker: DeriveKey = (passphrase, salt, params) =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./kdf.worker.ts', import.meta.url), { type: 'module' });
    const done = () => worker.terminate();
    worker.onmessage = (event: MessageEvent<{ key?: Uint8Array<ArrayBuffer>; error?: string }>) => {
      done();
      if (event.data.key) resolve(event.data.key);
      else reject(new Error(event.data.error ?? 'key derivation failed'));
    };
    worker.onerror = (event) => {
      done();
      reject(new Error(event.message || 'key derivation worker failed'));
    };
    const request: KdfRequest = { passphrase, salt, params };
    worker.postMessage(request);
  });
