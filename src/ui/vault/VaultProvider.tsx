import type { ComponentChildren } from 'preact';
import { createContext, Fragment } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { VaultError } from '../../core/vault/errors';
import type { UnlockedVault } from '../../core/vault/record-type';
import type { RecordProblem, Vault } from '../../core/vault/vault';
import { withPageCatalogs } from '../i18n/catalog';
import { onExit } from '../safety/exit';
import { hasUnsavedWords, sealDrafts } from './drafts';
import { forgetEverything } from './forget';
import { type LockSettings, readLockSettings, saveLockSettings } from './lock-settings';
import { listenToOtherTabs, tellOtherTabs } from './tabs';

type Dialog = typeof import('./VaultDialog').VaultDialog;
type Notices = typeof import('./VaultNotices');

/** How long before an idle lock the person is warned, when a form holds unsaved words. */
const IDLE_WARNING_MS = 45_000;

export type VaultStatus = 'unavailable' | 'none' | 'locked' | 'unlocked';

export interface VaultState {
  /** 'unavailable': this browser cannot store anything. 'none': nothing saved yet. */
  status: VaultStatus;
  /** The open vault while unlocked, otherwise null. */
  vault: UnlockedVault | null;
  /**
   * Shows the setup dialog (no vault yet) or the unlock dialog (locked) and
   * resolves with the open vault. Rejects with a VaultError ('cancelled' when
   * the person closes the dialog, 'unavailable' without IndexedDB).
   */
  requestUnlock(): Promise<UnlockedVault>;
}

type Session = typeof import('./session');

/** What the vault's own screens (dialogs, settings, the Lock button) need beyond VaultState. */
export interface VaultControl extends VaultState {
  /** False until the first look at storage has finished. */
  ready: boolean;
  fullVault: Vault | null;
  problems: readonly RecordProblem[];
  lockSettings: LockSettings;
  session(): Promise<Session>;
  create(passphrase: string): Promise<Vault>;
  unlock(passphrase: string): Promise<Vault>;
  /** Takes over a vault opened elsewhere (a restore from backup). */
  adopt(vault: Vault): void;
  lock(): void;
  setLockSettings(settings: LockSettings): void;
  /** Starts the first look at storage (once); resolves when it has finished. */
  lookAtStorage(): Promise<unknown>;
}

const rejectUnavailable = () => Promise.reject(new VaultError('unavailable'));

const VaultContext = createContext<VaultControl>({
  status: 'unavailable',
  vault: null,
  requestUnlock: rejectUnavailable,
  ready: false,
  fullVault: null,
  problems: [],
  lockSettings: { idleMinutes: 5, lockWhenHidden: false },
  session: () => import('./session'),
  create: rejectUnavailable,
  unlock: rejectUnavailable,
  adopt: () => undefined,
  lock: () => undefined,
  setLockSettings: () => undefined,
  lookAtStorage: () => Promise.resolve(),
});

/**
 * The vault, for a page that works with private data. Using it is what makes the
 * app look at storage: pages that never do (the start page, the guide) never
 * load the vault's code at all.
 */
export function useVault(): VaultState {
  return useVaultControl();
}

export function useVaultControl(): VaultControl {
  const control = useContext(VaultContext);
  useEffect(() => {
    control.lookAtStorage();
  }, [control]);
  return control;
}

/** Only whether the vault is open, and how to lock it (the Lock button): never looks at storage. */
export function useVaultLock(): Pick<VaultControl, 'status' | 'lock'> {
  return useContext(VaultContext);
}

interface Waiter {
  resolve(vault: UnlockedVault): void;
  reject(error: unknown): void;
}

/** Holds the vault for the whole app. Wraps the router in src/app.tsx. */
export function VaultProvider({ children }: { children: ComponentChildren }) {
  const [status, setStatus] = useState<VaultStatus>('locked');
  const [ready, setReady] = useState(false);
  const [vault, setVault] = useState<Vault | null>(null);
  const [lockSettings, setLockSettingsState] = useState<LockSettings>(() =>
    typeof window === 'undefined' ? { idleMinutes: 5, lockWhenHidden: false } : readLockSettings(),
  );
  // Bumped at every lock: the whole page below remounts, so no component keeps a decrypted value in its state.
  const [epoch, setEpoch] = useState(0);
  const [revision, setRevision] = useState(0);
  const [dialog, setDialog] = useState<'setup' | 'unlock' | null>(null);
  // The passphrase dialog (its forms, strength hint and sentences) loads only when first needed.
  const [VaultDialog, setVaultDialog] = useState<Dialog | null>(null);
  useEffect(() => {
    if (dialog && !VaultDialog) {
      withPageCatalogs(import('./VaultDialog')).then((m) => setVaultDialog(() => m.VaultDialog));
    }
  }, [dialog, VaultDialog]);
  const waiters = useRef<Waiter[]>([]);
  const vaultRef = useRef<Vault | null>(null);
  // The status as of now (state lags a render behind), and the first look at storage.
  const known = useRef<VaultStatus>('locked');
  const lookup = useRef<Promise<unknown> | null>(null);
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );
  const changeStatus = useCallback((next: VaultStatus) => {
    known.current = next;
    setStatus(next);
  }, []);

  const session = useCallback(() => import('./session'), []);

  const lookAtStorage = useCallback(() => {
    if (lookup.current) return lookup.current;
    if (typeof indexedDB === 'undefined' || indexedDB === null) {
      changeStatus('unavailable');
      setReady(true);
      lookup.current = Promise.resolve();
      return lookup.current;
    }
    lookup.current = import('./presence')
      .then((p) => p.findVault())
      .then(
        (found) => alive.current && !vaultRef.current && changeStatus(found),
        // Anything but a missing IndexedDB still shows the unlock screen, which then names the problem.
        (error) =>
          alive.current &&
          changeStatus(
            error instanceof VaultError && error.code === 'unavailable' ? 'unavailable' : 'locked',
          ),
      )
      .finally(() => alive.current && setReady(true));
    return lookup.current;
  }, [changeStatus]);

  const lockHere = useCallback((tell: boolean) => {
    const open = vaultRef.current;
    // Unsaved words are sealed first, while the key is still in memory; the lock never waits for the disk.
    if (open && !open.locked) sealDrafts(open);
    // Unsaved answers held by pages go even when no vault is open (e.g. Decide before any save).
    forgetEverything();
    if (tell) tellOtherTabs({ kind: 'lock' });
    if (!open) return;
    vaultRef.current = null;
    open.lock();
    setVault(null);
    changeStatus('locked');
    setEpoch((n) => n + 1);
  }, []);
  const lock = useCallback(() => lockHere(true), [lockHere]);

  const adopt = useCallback(
    (opened: Vault) => {
      vaultRef.current?.lock();
      vaultRef.current = opened;
      opened.subscribe(() => {
        // The vault locked itself: another tab changed the passphrase, so this tab's key is stale.
        if (opened.locked && vaultRef.current === opened) lockHere(false);
        else setRevision((n) => n + 1);
      });
      setVault(opened);
      changeStatus('unlocked');
      setDialog(null);
      for (const waiter of waiters.current.splice(0)) waiter.resolve(opened);
    },
    [lockHere],
  );

  const create = useCallback(
    async (passphrase: string) => {
      const s = await session();
      try {
        const opened = await s.createVault(s.deps, passphrase);
        adopt(opened);
        askForPersistence();
        return opened;
      } catch (error) {
        // Another tab set it up meanwhile: from now on this one unlocks instead.
        if (error instanceof VaultError && error.code === 'exists') {
          changeStatus('locked');
          setDialog((d) => (d ? 'unlock' : d));
        }
        throw error;
      }
    },
    [adopt, session],
  );

  const unlock = useCallback(
    async (passphrase: string) => {
      const s = await session();
      const opened = await s.unlockVault(s.deps, passphrase);
      adopt(opened);
      return opened;
    },
    [adopt, session],
  );

  const requestUnlock = useCallback(async (): Promise<UnlockedVault> => {
    // Asked for before the first look at storage finished: wait, so the right dialog opens.
    await lookAtStorage();
    if (vaultRef.current) return vaultRef.current;
    if (known.current === 'unavailable') throw new VaultError('unavailable');
    return new Promise<UnlockedVault>((resolve, reject) => {
      waiters.current.push({ resolve, reject });
      setDialog(known.current === 'none' ? 'setup' : 'unlock');
    });
  }, [lookAtStorage]);

  const cancel = useCallback(() => {
    setDialog(null);
    for (const waiter of waiters.current.splice(0)) waiter.reject(new VaultError('cancelled'));
  }, []);

  const setLockSettings = useCallback((settings: LockSettings) => {
    saveLockSettings(settings);
    setLockSettingsState(settings);
  }, []);

  useEffect(() => onExit(lock), [lock]);
  useEffect(
    () =>
      listenToOtherTabs((message) => {
        if (message.kind === 'lock') lockHere(false);
        else vaultRef.current?.refresh().catch(() => undefined);
      }),
    [lockHere],
  );
  const idle = useAutoLock(status === 'unlocked', lockSettings, lock);
  // The idle warning loads only when first needed.
  const [notices, setNotices] = useState<Notices | null>(null);
  useEffect(() => {
    if (idle.warning && !notices) withPageCatalogs(import('./VaultNotices')).then(setNotices);
  }, [idle.warning, notices]);

  const value = useMemo<VaultControl>(
    () => ({
      status,
      vault,
      requestUnlock,
      ready,
      fullVault: vault,
      problems: vault?.problems ?? [],
      lockSettings,
      session,
      create,
      unlock,
      adopt,
      lock,
      setLockSettings,
      lookAtStorage,
    }),
    // `revision` is not read, but every change in the vault must give consumers a new value so they re-render.
    [
      status,
      vault,
      revision,
      requestUnlock,
      ready,
      lockSettings,
      session,
      create,
      unlock,
      adopt,
      lock,
      setLockSettings,
      lookAtStorage,
    ],
  );

  return (
    <VaultContext.Provider value={value}>
      <Fragment key={epoch}>{children}</Fragment>
      {dialog && VaultDialog && <VaultDialog mode={dialog} onCancel={cancel} />}
      {notices && idle.warning && <notices.IdleWarning onKeepWorking={idle.keepWorking} />}
    </VaultContext.Provider>
  );
}

/**
 * Locks after the chosen idle time, and (if chosen) as soon as the page is
 * hidden. When a form holds unsaved words, warns shortly before the idle lock;
 * "Keep working" counts as activity.
 */
function useAutoLock(
  active: boolean,
  settings: LockSettings,
  lock: () => void,
): { warning: boolean; keepWorking: () => void } {
  const [warning, setWarning] = useState(false);
  const touchRef = useRef<() => void>(() => undefined);
  useEffect(() => {
    if (!active) {
      setWarning(false);
      return;
    }
    let lastActivity = Date.now();
    const idleMs = settings.idleMinutes * 60_000;
    const touch = () => {
      lastActivity = Date.now();
      setWarning(false);
    };
    touchRef.current = touch;
    // An interval that compares clock times, not one long timer: timers pause while a phone sleeps.
    const check = () => {
      const idle = Date.now() - lastActivity;
      if (idle >= idleMs) {
        setWarning(false);
        lock();
      } else if (idle >= idleMs - IDLE_WARNING_MS && hasUnsavedWords()) setWarning(true);
    };
    const onVisibility = () => {
      if (document.hidden && settings.lockWhenHidden) lock();
      else check();
    };
    const events = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input'] as const;
    for (const name of events)
      document.addEventListener(name, touch, { capture: true, passive: true });
    document.addEventListener('visibilitychange', onVisibility);
    const timer = setInterval(check, 5_000);
    return () => {
      for (const name of events) document.removeEventListener(name, touch, { capture: true });
      document.removeEventListener('visibilitychange', onVisibility);
      clearInterval(timer);
    };
  }, [active, settings, lock]);
  const keepWorking = useCallback(() => touchRef.current(), []);
  return { warning, keepWorking };
}

/** Asks the browser not to clear the vault under storage pressure. The settings page shows the answer. */
function askForPersistence() {
  navigator.storage?.persist?.().catch(() => undefined);
}
