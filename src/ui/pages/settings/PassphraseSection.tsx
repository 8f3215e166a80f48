import { useId, useState } from 'preact/hooks';
import { MIN_PASSPHRASE_LENGTH, passphraseStrength } from '../../../core/vault/passphrase-strength';
import { useCatalog } from '../../i18n';
import { vault } from '../../i18n/vault';
import { vaultSettings } from '../../i18n/vault-settings';
import {
  ErrorSummary,
  type FormError,
  PassphraseInput,
  vaultErrorText,
} from '../../vault/PassphraseFields';
import { useVaultControl } from '../../vault/VaultProvider';

type Field = 'current' | 'next' | 'confirm';

/** Changing the passphrase makes a new data key and seals everything again; it needs the current passphrase. */
export function PassphraseSection() {
  const all = useCatalog(vault);
  const m = useCatalog(vaultSettings);
  const { status, fullVault, unlock } = useVaultControl();
  const id = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<(FormError & { at: Field }) | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  if (status === 'none' || status === 'unavailable') {
    return (
      <section aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>{m.passphraseHeading}</h2>
        <p>{status === 'none' ? m.passphraseNeedsVault : all.errors.unavailable}</p>
      </section>
    );
  }

  const fail = (at: Field, text: string) => setError({ field: null, at, text });

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setDone(false);
    if (!current) return fail('current', all.unlock.empty);
    if ([...next.normalize('NFC')].length < MIN_PASSPHRASE_LENGTH)
      return fail('next', all.setup.tooShort);
    if (next !== confirm) return fail('confirm', all.setup.mismatch);
    setError(null);
    setBusy(true);
    try {
      // Locked: the current passphrase unlocks first, so one form does both.
      const vault = fullVault ?? (await unlock(current));
      await vault.changePassphrase(current, next);
      setCurrent('');
      setNext('');
      setConfirm('');
      setDone(true);
    } catch (failure) {
      fail('current', vaultErrorText(all.errors, failure));
    } finally {
      setBusy(false);
    }
  };

  const strength = next ? passphraseStrength(next) : null;
  const errorFor = (field: Field) => (error?.at === field ? error.text : undefined);

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{m.passphraseHeading}</h2>
      <p>{m.passphraseBody}</p>
      <form autoComplete="off" onSubmit={submit} noValidate aria-busy={busy}>
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
        >
          {strength && (
            <p class={`strength strength--${strength}`} aria-live="polite">
              {all.setup.strength[strength]}
            </p>
          )}
        </PassphraseInput>
        <PassphraseInput
          id={`${id}-confirm`}
          label={m.confirmNewLabel}
          value={confirm}
          error={errorFor('confirm')}
          autoComplete="new-password"
          onInput={setConfirm}
        />
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
    </section>
  );
}
