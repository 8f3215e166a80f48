import { deps } from './session';

/**
 * "Erase everything": the vault's database, every cache the service worker
 * filled, the service worker itself, and this app's small settings. Runs each
 * step even if an earlier one fails, then reports whether all of them worked.
 */
export async function eraseEverything(): Promise<boolean> {
  const steps = [
    () => deps.storage.erase(),
    async () => {
      if (typeof caches === 'undefined') return;
      await Promise.all((await caches.keys()).map((name) => caches.delete(name)));
    },
    async () => {
      if (!('serviceWorker' in navigator)) return;
      const registrations = await navigator.serviceWorker.getRegistrations();
      await Promise.all(registrations.map((registration) => registration.unregister()));
    },
    async () => {
      localStorage.clear();
      sessionStorage.clear();
    },
  ];
  const results = await Promise.allSettled(steps.map((step) => step()));
  return results.every((result) => result.status === 'fulfilled');
}
