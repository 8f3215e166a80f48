import { useId, useState } from 'preact/hooks';
import { localizePath } from '../../../core/i18n/lang';
import { useCatalog, useLang } from '../../i18n';
import { vault } from '../../i18n/vault';
import { useVaultControl } from '../../vault/VaultProvider';

/** Erase everything, after the person types the confirmation word. Ends on the start page. */
export function EraseSection() {
  const m = useCatalog(vault).settings;
  const { lock } = useVaultControl();
  const lang = useLang();
  const id = useId();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const erase = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (typed.trim() !== m.eraseWord) {
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
      // A full load, not a client-side route: nothing from this session stays in memory.
      // In the page's language: the remembered language choice was erased too.
      location.replace(localizePath('/', lang));
    } else {
      setError(m.erasePartial);
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{m.eraseHeading}</h2>
      <p>{m.eraseBody}</p>
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
    </section>
  );
}
