import { useEffect, useRef, useState } from 'preact/hooks';
import { useCatalog } from '../../i18n';
import { pages } from '../../i18n/pages';
import { exitDestination, saveExitDestination } from '../../safety/exit';
import { SettingPage } from './SettingPage';

/** The ordinary site "Exit this page" opens; only https addresses are taken. */
export function ExitSection() {
  const m = useCatalog(pages).settings;
  const [destination, setDestination] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const errorSummary = useRef<HTMLDivElement>(null);

  // Shown once the page runs; anything typed before that is kept.
  useEffect(() => setDestination((typed) => typed || exitDestination()), []);

  const save = (event: Event) => {
    event.preventDefault();
    const url = saveExitDestination(destination);
    setStatus(url ? { ok: true, text: m.exitSaved(url) } : { ok: false, text: m.exitInvalid });
    if (url) setDestination(url);
    else requestAnimationFrame(() => errorSummary.current?.focus());
  };

  return (
    <form autoComplete="off" onSubmit={save} noValidate>
      {status && !status.ok && (
        <div class="error-summary" role="alert" tabIndex={-1} ref={errorSummary}>
          <h2>{m.errorSummary}</h2>
          <a href="#exit-destination">{status.text}</a>
        </div>
      )}
      <div class={`field${status && !status.ok ? ' field--error' : ''}`}>
        <label for="exit-destination">{m.exitLabel}</label>
        <p id="exit-destination-hint" class="hint">
          {m.exitHint}
        </p>
        {status && !status.ok && (
          <p id="exit-destination-error" class="error-message">
            {status.text}
          </p>
        )}
        <input
          id="exit-destination"
          type="url"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          aria-describedby={`exit-destination-hint${status && !status.ok ? ' exit-destination-error' : ''}`}
          value={destination}
          onInput={(event) => setDestination(event.currentTarget.value)}
        />
      </div>
      <button type="submit" class="button">
        {m.exitSave}
      </button>
      {status?.ok && (
        <p role="status" class="success">
          {status.text}
        </p>
      )}
    </form>
  );
}

/** /settings/exit: this setting on its own page. */
export function ExitSettingPage() {
  return (
    <SettingPage slug="exit">
      <ExitSection />
    </SettingPage>
  );
}
