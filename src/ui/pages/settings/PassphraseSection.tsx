import { useId, useState } from 'preact/hooks';
import { verdictOf } from '../../../core/vault/passphrase-strength';
import { useCatalog } from '../../i18n';
import { vault } from '../../i18n/vault';
import { vaultSettings } from '../../i18n/vault-settings';
import { loadGuessEstimate } from '../../vault/guess-estimate-loader';
import {
  ErrorSummary,
  type FormError,
  PassphraseInput,
  vaultErrorText,
} from '../../vault/PassphraseFields';
import { useStrength } from '../../vault/use-strength';
import { useVaultControl } from '../../vault/VaultProvider';
import { SettingPage } from './SettingPage';

type Field = 'current' | 'next';

/** Changing the passphrase makes a new data key and seals everything again; it needs the current passphrase. */
export function PassphraseSection() {
  const all = useCatalog(vault);
  const m = useCatalog(vaultSettings);
  const { status, fullVault, unlock } = useVaultControl();
  const id = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [error, setError] = useState<(FormError & { at: Field }) | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  const strength = useStrength(next);

  if (status === 'none' || status === 'unavailable') {
    return <p>{status === 'none' ? m.passphraseNeedsVault : all.errors.unavailable}</p>;
  }

  const fail = (at: Field, text: string) => setError({ field: null, at, text });

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setDone(false);
    if (!current) return fail('current', all.unlock.empty);
    setBusy(true);
    const guesses = await loadGuessEstimate()
      .then((estimate) => estimate(next))
      .catch(() => Number.POSITIVE_INFINITY);
    const verdict = verdictOf(next, guesses);
    if (verdict !== 'ok') {
      setBusy(false);
      return fail(
        'next',
        verdict === 'too-easy'
          ? all.setup.tooEasy
          : verdict === 'empty'
            ? all.setup.empty
            : all.setup.tooShort,
      );
    }
    setError(null);
    try {
      // Locked: the current passphrase unlocks first, so one form does both.
      const vault = fullVault ?? (await unlock(current));
      await vault.changePassphrase(current, next);
      setCurrent('');
      setNext('');
      setDone(true);
    } catch (failure) {
      fail('current', vaultErrorText(all.errors, failure));
    } finally {
      setBusy(false);
    }
  };

  const errorFor = (field: Field) => (error?.at === field ? error.text : undefined);

  return (
    <>
      <p>{m.passphraseBody}</p>
      {/* The strength dictionaries start loading once the person starts on this form, not with the page. */}
      <form
        autoComplete="off"
        onSubmit={submit}
        onFocusIn={() => loadGuessEstimate().catch(() => undefined)}
        noValidate
        aria-busy={busy}
      >
        <ErrorSummary error={error} fieldId={`${id}-${error?.at ?? 'current'}`} />
        <PassphraseInput
          id={`${id}-current`}
          label={m.currentLabel}
          value={current}
          error={errorFor('current')}
          autoComplete="current-password"
          onInput={setCurrent}
        />
        <PassphraseInput
          id={`${id}-next`}
          label={m.newLabel}
          value={next}
          error={errorFor('next')}
          autoComplete="new-password"
          onInput={setNext}
          revealable
        >
          {strength && !(strength === 'too-short' && errorFor('next')) && (
            <p class={`strength strength--${strength}`} aria-live="polite">
              {all.setup.strength[strength]}
            </p>
          )}
        </PassphraseInput>
        {busy && (
          <p role="status" class="hint">
            {m.changeBusy}
          </p>
        )}
        <button type="submit" class="button" disabled={busy}>
          {m.changeSubmit}
        </button>
        {done && (
          <p role="status" class="success">
            {m.changed}
          </p>
        )}
      </form>
    </>
  );
}

/** /settings/passphrase: this setting on its own page. */
export function PassphraseSettingPage() {
  return (
    <SettingPage slug="passphrase">
      <PassphraseSection />
    </SettingPage>
  );
}
