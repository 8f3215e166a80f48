/**
 * Tabs of Terrarium in one browser share one vault. Locking (or leaving with
 * "Exit this page") in one tab locks them all; a save in one tab tells the
 * others to take it in. BroadcastChannel only reaches this origin's pages.
 */
export type TabMessage = { readonly kind: 'lock' } | { readonly kind: 'changed' };

const NAME = 'terrarium-vault';
let channel: BroadcastChannel | null = null;
const listeners = new Set<(message: TabMessage) => void>();

function open(): BroadcastChannel | null {
  if (channel || typeof BroadcastChannel === 'undefined') return channel;
  channel = new BroadcastChannel(NAME);
  channel.onmessage = (event: MessageEvent<TabMessage>) => {
    const kind = (event.data as { kind?: unknown } | null)?.kind;
    if (kind !== 'lock' && kind !== 'changed') return;
    for (const listener of [...listeners]) listener(event.data);
  };
  return channel;
}

export function tellOtherTabs(message: TabMessage): void {
  open()?.postMessage(message);
}

export function listenToOtherTabs(listener: (message: TabMessage) => void): () => void {
  open();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
