import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { UnlockedVault } from '../../core/vault/record-type';
import { ChunkFailed } from '../components/chunk-retry/ChunkFailed';
import { loadWithRetry } from '../components/chunk-retry/load-with-retry';
import { withPageCatalogs } from '../i18n/catalog';
import { useVaultControl } from './VaultProvider';
import './vault.css';

type InPage = typeof import('./InPageLock');

// Kept once loaded: every lock remounts the page, and the form must not flicker in again.
let inPage: InPage | null = null;
const loadInPage = loadWithRetry<InPage | 'failed'>(
  () => withPageCatalogs(import('./InPageLock')),
  'failed',
);

/** The in-page forms and notes, fetched the first time a page needs them. */
function useInPage(needed: boolean): InPage | 'failed' | null {
  const [loaded, setLoaded] = useState<InPage | 'failed' | null>(inPage);
  useEffect(() => {
    if (!needed || loaded) return;
    let live = true;
    loadInPage().then((m) => {
      if (m !== 'failed') inPage = m;
      if (live) setLoaded(m);
    });
    return () => {
      live = false;
    };
  }, [needed, loaded]);
  return loaded;
}

interface UnlockedProps {
  /** Rendered only while the vault is unlocked. */
  children: (vault: UnlockedVault) => ComponentChildren;
  /** Shown instead of the setup form when nothing has been saved yet (e.g. an empty list with a "Write" button). */
  whenEmpty?: ComponentChildren;
}

/** For pages that list private data: an unlock form in the page while locked, the children while unlocked. */
export function Unlocked({ children, whenEmpty }: UnlockedProps) {
  const { status, vault, ready, problems } = useVaultControl();
  const unlocked = status === 'unlocked' && vault !== null;
  const empty = status === 'none' && whenEmpty !== undefined;
  const parts = useInPage(unlocked || (ready && !empty));
  // The in-page form disappears once it has done its work, taking focus with it.
  // Put focus back on the page's heading, as after any change of page.
  const formShown = useRef(false);
  useEffect(() => {
    if (status === 'locked' || status === 'none') formShown.current = true;
    else if (status === 'unlocked' && formShown.current) {
      formShown.current = false;
      const active = document.activeElement;
      if (!active || active === document.body) {
        document.querySelector<HTMLElement>('main h1')?.focus();
      }
    }
  }, [status]);
  if (unlocked) {
    return (
      <>
        {parts && parts !== 'failed' && <parts.UnlockedNotes problems={problems.length} />}
        {children(vault)}
      </>
    );
  }
  if (!ready) return null;
  if (empty) return <>{whenEmpty}</>;
  if (parts === 'failed') return <ChunkFailed />;
  if (!parts) return null;
  return <parts.InPageLock status={status === 'unlocked' ? 'locked' : status} />;
}
