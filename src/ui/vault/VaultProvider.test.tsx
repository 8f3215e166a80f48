// @vitest-environment jsdom
import {
  act,
  cleanup,
  configure,
  fireEvent,
  render,
  screen,
  waitFor,
  within,
} from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isVaultError } from '../../core/vault/errors';
import type { UnlockedVault } from '../../core/vault/record-type';
import { noteType, testDeps } from '../../core/vault/testing';
import { createVault } from '../../core/vault/vault';
import { exitNow } from '../safety/exit';
import { LOCK_SETTINGS_KEY } from './lock-settings';
import { Unlocked } from './Unlocked';
import { useVault, useVaultControl, VaultProvider } from './VaultProvider';

const session = vi.hoisted(() => ({ deps: null as unknown }));

vi.mock('./session', async () => {
  const vault = await import('../../core/vault/vault');
  const backup = await import('../../core/vault/backup');
  return {
    ...vault,
    ...backup,
    get deps() {
      return session.deps;
    },
  };
});

// The first look at storage reads the same test database as the mocked session.
vi.mock('./presence', async () => {
  const { findVault } = await import('../../core/vault/vault');
  type Storage = Parameters<typeof findVault>[0];
  return { findVault: () => findVault((session.deps as { storage: Storage }).storage) };
});

const PASS = 'kettle river violet morning';
// The passphrase dialog loads on first use; on a busy machine that takes more than a second.
configure({ asyncUtilTimeout: 5_000 });

// jsdom has <dialog> but not its modal methods.
beforeEach(() => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
  // jsdom has no matchMedia; the setup dialog asks whether the app runs from a Home Screen.
  window.matchMedia ??= (() => ({ matches: false })) as unknown as typeof window.matchMedia;
  session.deps = testDeps({ types: [noteType] });
  localStorage.clear();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

let request: (() => Promise<UnlockedVault>) | null = null;
let lastStatus = '';

/** A page that saves on demand and lists notes through <Unlocked>, with some typed state of its own. */
function Probe() {
  const vault = useVault();
  const { lock } = useVaultControl();
  const [draft, setDraft] = useState('');
  request = vault.requestUnlock;
  lastStatus = vault.status;
  return (
    <div>
      <p>status: {vault.status}</p>
      <label>
        Draft
        <input value={draft} onInput={(e) => setDraft(e.currentTarget.value)} />
      </label>
      <button type="button" onClick={lock}>
        lock
      </button>
      <Unlocked>
        {(v) => (
          <ul>
            {v.list(noteType).map((r) => (
              <li key={r.id}>{r.data.text}</li>
            ))}
          </ul>
        )}
      </Unlocked>
    </div>
  );
}

async function show(): Promise<void> {
  render(
    <VaultProvider>
      <Probe />
    </VaultProvider>,
  );
  // Ready once the in-page prompt shows: setup (nothing saved) or unlock.
  await screen.findByRole('heading', { name: /Nothing saved yet|Your notes are locked/ });
}

async function seed(text: string) {
  const vault = await createVault(session.deps as never, PASS);
  await vault.put(noteType, { text, tags: [] });
  vault.lock();
}

async function unlockInPage(passphrase = PASS) {
  fireEvent.input(screen.getByLabelText('Passphrase'), { target: { value: passphrase } });
  fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
}

/** Unlocks and waits until the page shows the note and every effect (the auto-lock watchers) has run. */
async function unlockAndSettle() {
  await unlockInPage();
  await screen.findByText('the words I wrote');
  // Preact runs effects after the next frame; wait for it outside act().
  await act(() => new Promise<void>((resolve) => setTimeout(resolve, 100)));
}

describe('the vault provider', () => {
  it('says "none" and writes nothing before anything is saved', async () => {
    await show();
    expect(screen.getByText('status: none')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Nothing saved yet' })).toBeTruthy();
  });

  it('shows the setup dialog on the first request, and resolves with the vault once a passphrase is chosen', async () => {
    await show();
    let opened: UnlockedVault | null = null;
    act(() => {
      request?.().then((v) => {
        opened = v;
      });
    });
    const dialog = within(await screen.findByRole('dialog', { name: 'Choose a passphrase' }));
    fireEvent.input(dialog.getByLabelText('Passphrase'), { target: { value: PASS } });
    fireEvent.click(dialog.getByRole('button', { name: 'Set passphrase and continue' }));
    await waitFor(() => expect(opened).not.toBeNull());
    expect(await screen.findByText('status: unlocked')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('rejects the request with "cancelled" when the person closes the dialog', async () => {
    await seed('x');
    await show();
    let failure: unknown = null;
    act(() => {
      request?.().catch((error) => {
        failure = error;
      });
    });
    await screen.findByRole('dialog', { name: 'Unlock your notes' });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(isVaultError(failure, 'cancelled')).toBe(true));
    expect(screen.getByText('status: locked')).toBeTruthy();
  });

  it('unlocks in the page, says plainly when the passphrase is wrong, and then lists the notes', async () => {
    await seed('the words I wrote');
    await show();
    await unlockInPage('wrong words entirely');
    await screen.findAllByText(/That passphrase does not match/);
    expect(screen.queryByText('the words I wrote')).toBeNull();
    await unlockInPage();
    await screen.findByText('the words I wrote');
  });

  it('on lock, drops every decrypted value from the page and the state of the components below', async () => {
    await seed('the words I wrote');
    await show();
    await unlockInPage();
    await screen.findByText('the words I wrote');
    fireEvent.input(screen.getByLabelText('Draft'), { target: { value: 'half-typed secret' } });
    fireEvent.click(screen.getByRole('button', { name: 'lock' }));
    await screen.findByText('status: locked');
    expect(document.body.textContent).not.toContain('the words I wrote');
    expect((screen.getByLabelText('Draft') as HTMLInputElement).value).toBe('');
  });

  it('locks on "Exit this page"', async () => {
    await seed('the words I wrote');
    await show();
    await unlockInPage();
    await screen.findByText('the words I wrote');
    const replace = vi.fn();
    vi.stubGlobal('location', { ...location, replace });
    try {
      act(() => exitNow());
    } finally {
      vi.unstubAllGlobals();
    }
    expect(replace).toHaveBeenCalled();
    expect(lastStatus).toBe('locked');
  });

  it('locks after the chosen idle time, and not before', async () => {
    localStorage.setItem(
      LOCK_SETTINGS_KEY,
      JSON.stringify({ idleMinutes: 2, lockWhenHidden: false }),
    );
    await seed('the words I wrote');
    await show();
    // The idle check is an interval started at unlock; Date is what it compares.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    await unlockAndSettle();
    act(() => {
      vi.advanceTimersByTime(110_000);
    });
    expect(screen.getByText('status: unlocked')).toBeTruthy();
    act(() => {
      fireEvent.keyDown(document, { key: 'a' });
    });
    act(() => {
      vi.advanceTimersByTime(110_000);
    });
    expect(screen.getByText('status: unlocked')).toBeTruthy();
    act(() => {
      vi.advanceTimersByTime(15_000);
    });
    expect(screen.getByText('status: locked')).toBeTruthy();
  });

  it('locks when the page is hidden only if the person chose that', async () => {
    await seed('the words I wrote');
    for (const lockWhenHidden of [false, true]) {
      cleanup();
      localStorage.setItem(LOCK_SETTINGS_KEY, JSON.stringify({ idleMinutes: 5, lockWhenHidden }));
      await show();
      await unlockAndSettle();
      Object.defineProperty(document, 'hidden', { configurable: true, value: true });
      act(() => {
        document.dispatchEvent(new Event('visibilitychange'));
      });
      Object.defineProperty(document, 'hidden', { configurable: true, value: false });
      expect(screen.getByText(`status: ${lockWhenHidden ? 'locked' : 'unlocked'}`)).toBeTruthy();
    }
  });
});
