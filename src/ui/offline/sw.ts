/**
 * The service worker: keeps an offline copy of the app. The install fetches only what a first
 * offline visit needs, several files at once; the rest is filled after activation, while pages
 * load, so a person who moves on quickly still gets offline use, and a fill cut short by a
 * closed tab continues on the next page load. Nothing here ever leaves the app's origin.
 */
import { cacheKey, entryPath, type OfflineEntry, splitEntries } from '../../core/offline/plan';

// The WebWorker library's types clash with the DOM ones the rest of src uses: the few this
// file needs are declared here.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  data: unknown;
  ports: readonly MessagePort[];
}
interface WorkerScope {
  __WB_MANIFEST: OfflineEntry[];
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}
declare const self: WorkerScope;

const CACHE = 'terrarium-offline';
/** A few requests at a time: one at a time made the full install take 15–35 s in WebKit. */
const PARALLEL = 6;

const entries = self.__WB_MANIFEST;
const { install, fill } = splitEntries(entries);
const origin = self.location.origin;
const byPath = new Map(entries.map((entry) => [entry.url, entry]));
const currentKeys = new Set(entries.map((entry) => cacheKey(entry, origin)));

/** A copy without the redirect mark, which browsers refuse to use for a page load. */
async function storable(response: Response): Promise<Response> {
  if (!response.redirected) return response;
  return new Response(await response.blob(), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

async function fetchAndStore(cache: Cache, entry: OfflineEntry): Promise<void> {
  const key = cacheKey(entry, origin);
  if (await cache.match(key)) return;
  // Pages keep their address across builds: ask the server, not the HTTP cache.
  const response = await fetch(`/${entry.url}`, {
    cache: entry.revision ? 'no-cache' : 'default',
    credentials: 'same-origin',
  });
  if (!response.ok) throw new Error(`offline copy: ${response.status}`);
  await cache.put(key, await storable(response));
}

/** Stores every file not stored yet; what is already there is kept, so this can resume. */
async function storeAll(list: readonly OfflineEntry[]): Promise<void> {
  const cache = await caches.open(CACHE);
  const queue = [...list];
  const failures: unknown[] = [];
  const worker = async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      await fetchAndStore(cache, entry).catch((error: unknown) => failures.push(error));
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  if (failures.length) throw failures[0];
}

/** Copies from an earlier build, and the Workbox worker's cache before it, go once this one runs. */
async function dropOutdated(): Promise<void> {
  const workbox = (await caches.keys()).filter((name) => name.startsWith('workbox-precache'));
  await Promise.all(workbox.map((name) => caches.delete(name)));
  const cache = await caches.open(CACHE);
  const stale = (await cache.keys()).filter((request) => !currentKeys.has(request.url));
  await Promise.all(stale.map((request) => cache.delete(request)));
}

let filling: Promise<void> | null = null;
/** Set once this worker has the whole copy; a restarted worker checks again. */
let filled = false;
function fillRest(): Promise<void> {
  filling ??= storeAll([...install, ...fill])
    .then(() => {
      filled = true;
    })
    .finally(() => {
      filling = null;
    });
  return filling;
}

/** The stored copy; else the network's answer, stored on the way for the next offline visit. */
async function respond(event: FetchEvent, entry: OfflineEntry): Promise<Response> {
  const cache = await caches.open(CACHE);
  const key = cacheKey(entry, origin);
  const stored = await cache.match(key);
  if (stored) return stored;
  const response = await fetch(event.request);
  if (response.ok) {
    const copy = response.clone();
    event.waitUntil(storable(copy).then((clean) => cache.put(key, clean)));
  }
  return response;
}

self.addEventListener('install', (event) => {
  // A new worker takes over at once, so the first visit's pages are served offline without
  // waiting for every tab to close.
  void self.skipWaiting();
  event.waitUntil(storeAll(install));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(dropOutdated().then(() => self.clients.claim()));
  // The fill cannot extend activation, which would hold back every request until it ends;
  // started here it may be cut short, and the next page load continues it.
  void Promise.resolve()
    .then(fillRest)
    .catch(() => undefined);
});

/** The cross-engine journeys ask, then wait for the whole copy before stopping the server. */
self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type !== 'fill') return;
  const reply = event.ports[0];
  event.waitUntil(
    fillRest().then(
      () => reply?.postMessage({ filled: true }),
      () => reply?.postMessage({ filled: false }),
    ),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== origin) return;
  // Only the build's own files: anything else, the page after erasing above all (its
  // Clear-Site-Data header must reach the browser), goes to the network untouched.
  const entry = byPath.get(entryPath(url.pathname));
  if (!entry) return;
  event.respondWith(respond(event, entry).catch(() => fetch(request)));
  // Each page load while the copy is incomplete keeps the fill going: no page code is needed,
  // and the browser keeps the worker alive until it ends.
  if (!filled && request.mode === 'navigate') event.waitUntil(fillRest().catch(() => undefined));
});
