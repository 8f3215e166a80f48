// @vitest-environment jsdom
import {
  act,
  cleanup,
  configure,
  fireEvent,
  render,
  screen,
  waitFor,
} from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { draftRecord } from '../../core/vault/draft-record';
import { noteType, testDeps } from '../../core/vault/testing';
import { createVault, unlockVault, type VaultDeps } from '../../core/vault/vault';
import { holdsWords } from './drafts';
import { useSealedDraft } from './SealedDraft';
import { useVaultControl, VaultProvider } from './VaultProvider';

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
// The machine running the suite may be busy: give each wait room.
configure({ asyncUtilTimeout: 10_000 });

// Load the mocked session before any database is made, as the app does before any unlock.
beforeAll(async () => {
  await import('./session');
});

beforeEach(() => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
  session.deps = testDeps({ types: [noteType, draftRecord] });
  localStorage.clear();
});

afterEach(cleanup);

/** A form with one text field whose unsaved words are kept through a lock. */
function Form() {
  const [text, setText] = useState('');
  const { status, lock, unlock } = useVaultControl();
  const draft = useSealedDraft('test/form', text, setText);
  return (
    <div>
      <p>status: {status}</p>
      {draft.notice}
      <label>
        Words
        <input value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <button type="button" onClick={() => unlock(PASS)}>
        open
      </button>
      <button type="button" onClick={lock}>
        lock
      </button>
      <button type="button" onClick={draft.saved}>
        saved
      </button>
    </div>
  );
}

async function showUnlocked() {
  (await createVault(session.deps as VaultDeps, PASS)).lock();
  render(
    <VaultProvider>
      <Form />
    </VaultProvider>,
  );
  // As on screen: the unlock form is there once the first look at storage has finished.
  await screen.findByText('status: locked');
  fireEvent.click(await screen.findByRole('button', { name: 'open' }));
  await screen.findByText('status: unlocked');
}

const field = () => screen.getByLabelText('Words') as HTMLInputElement;
const storedDrafts = async () =>
  (await (session.deps as VaultDeps).storage.readRecords()).filter((r) => r.type === 'draft');

describe('a draft sealed at lock', { timeout: 60_000 }, () => {
  it('empties the form at lock, keeps the words sealed, and brings them back after unlock', async () => {
    await showUnlocked();
    fireEvent.input(field(), { target: { value: 'half a sentence' } });
    fireEvent.click(screen.getByRole('button', { name: 'lock' }));
    await screen.findByText('status: locked');
    expect(field().value).toBe('');
    await screen.findByText('Your draft is kept, locked. Unlock to get it back.');
    await waitFor(async () => expect(await storedDrafts()).toHaveLength(1));
    const [row] = await storedDrafts();
    expect(new TextDecoder().decode(row?.ciphertext)).not.toContain('half a sentence');

    fireEvent.click(screen.getByRole('button', { name: 'open' }));
    await waitFor(() => expect(field().value).toBe('half a sentence'));
    expect(screen.getByText('Your draft is kept.')).toBeTruthy();
  });

  it('seals nothing for an empty form', async () => {
    await showUnlocked();
    fireEvent.input(field(), { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'lock' }));
    await screen.findByText('status: locked');
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 50)));
    expect(await storedDrafts()).toHaveLength(0);
  });

  it('deletes the draft once the words are saved, and Discard empties the form', async () => {
    await showUnlocked();
    fireEvent.input(field(), { target: { value: 'to be saved' } });
    fireEvent.click(screen.getByRole('button', { name: 'lock' }));
    await waitFor(async () => expect(await storedDrafts()).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'open' }));
    await waitFor(() => expect(field().value).toBe('to be saved'));
    fireEvent.click(screen.getByRole('button', { name: 'Discard this draft' }));
    expect(field().value).toBe('');
    await waitFor(async () => expect(await storedDrafts()).toHaveLength(0));
    const reopened = await unlockVault(session.deps as VaultDeps, PASS);
    expect(reopened.list(draftRecord)).toEqual([]);
  });
});

describe('words in a form', () => {
  it('counts only non-blank text, at any depth', () => {
    expect(holdsWords('')).toBe(false);
    expect(holdsWords(' \n')).toBe(false);
    expect(holdsWords({ a: '', b: [null, 3, { c: '  ' }] })).toBe(false);
    expect(holdsWords({ a: '', b: [{ c: 'x' }] })).toBe(true);
  });
});
