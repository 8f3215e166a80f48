import { useId, useState } from 'preact/hooks';
import { localizePath } from '../../../core/i18n/lang';
import { backupDateRecord } from '../../../core/record-keys';
import { useCatalog, useLang } from '../../i18n';
import { vaultSettings } from '../../i18n/vault-settings';
import { markErased } from '../../vault/erased-flag';
import { useVaultControl } from '../../vault/VaultProvider';
import { SettingPage } from './SettingPage';

/**
 * Erase everything, after the person types the confirmation word (in any
 * letter case). Says what is erased, what the browser may keep, and whether a
 * backup file exists. Ends on /erased, which the host serves with
 * Clear-Site-Data so the browser clears what the app cannot reach.
 */
export function EraseSection() {
  const m = useCatalog(vaultSettings);
  const { lock, status, vault: open } = useVaultControl();
  const lang = useLang();
  const id = useId();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const lastBackup = open?.list(backupDateRecord).at(-1)?.data.at;
  const backupNote =
    status === 'unlocked'
      ? lastBackup
        ? m.eraseLastBackup(new Date(lastBackup).toLocaleDateString(lang, { dateStyle: 'long' }))
        : m.eraseNoBackup
      : status === 'locked'
        ? m.eraseUnknownBackup
        : null;

  const erase = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (typed.trim().toLocaleUpperCase(lang) !== m.eraseWord.toLocaleUpperCase(lang)) {
      setError(m.eraseMismatch);
      // Back to the word, so it can be typed again at once.
      document.getElementById(`${id}-word`)?.focus();
      return;
    }
    setError(null);
    setBusy(true);
    lock();
    const { eraseEverything } = await import('../../vault/erase');
    if (await eraseEverything()) {
      markErased();
      // A full load, not a client-side route: nothing from this session stays in memory.
      // In the page's language: the remembered language choice was erased too.
      location.replace(localizePath('/erased', lang));
    } else {
      setError(m.erasePartial);
      setBusy(false);
    }
  };

  return (
    <>
      <p>{m.eraseBody}</p>
      {backupNote && <p class="notice">{backupNote}</p>}
      <h2>{m.eraseKeepsHeading}</h2>
      <ul>
        {m.eraseKeeps.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <form autoComplete="off" onSubmit={erase} noValidate aria-busy={busy}>
        <div class={`field${error ? ' field--error' : ''}`}>
          <label for={`${id}-word`}>{m.eraseLabel}</label>
          {error && (
            <p id={`${id}-error`} class="error-message" role="alert">
              {error}
            </p>
          )}
          <input
            id={`${id}-word`}
            type="text"
            autoComplete="off"
            spellcheck={false}
            autoCapitalize="characters"
            aria-describedby={error ? `${id}-error` : undefined}
            value={typed}
            onInput={(event) => setTyped(event.currentTarget.value)}
          />
        </div>
        {busy && (
          <p role="status" class="hint">
            {m.erasing}
          </p>
        )}
        <button type="submit" class="button button--warning" disabled={busy}>
          {m.eraseButton}
        </button>
      </form>
    </>
  );
}

/** /settings/erase: this setting on its own page. */
export function EraseSettingPage() {
  return (
    <SettingPage slug="erase">
      <EraseSection />
    </SettingPage>
  );
}
