/// <reference lib="webworker" />
import { deriveKeyBytes, type KdfParams } from './kdf';

/**
 * Argon2id off the main thread, so the page stays responsive while 64 MiB are
 * churned. Loaded only at setup and unlock: hash-wasm never ships with a page.
 */
export interface KdfRequest {
  passphrase: string;
  salt: Uint8Array;
  params: KdfParams;
}

self.onmessage = async (event: MessageEvent<KdfRequest>) => {
  const { passphrase, salt, params } = event.data;
  try {
    const key = await deriveKeyBytes(passphrase, salt, params);
    (self as unknown as Worker).postMessage({ key }, [key.buffer]);
  } catch (error) {
    (self as unknown as Worker).postMessage({ error: String(error) });
  }
};
