import { useId, useState } from 'preact/hooks';
import { isVaultError, type VaultErrorCode } from '../../core/vault/errors';
import { MIN_PASSPHRASE_LENGTH, passphraseStrength } from '../../core/vault/passphrase-strength';
import { useCatalog } from '../i18n';
import { vault } from '../i18n/vault';
import { useVaultControl } from './VaultProvider';

/** A field's error, or a whole-form error (which links to the first field). */
export interface FormError {
  field: 'passphrase' | 'confirm' | null;
  text: string;
}

interface PassphraseInputProps {
  id: string;
  label: string;
  hint?: string;
  value: string;
  error?: string | undefined;
  autoComplete: 'new-password' | 'current-password';
  onInput(value: string): void;
  children?: preact.ComponentChildren;
}

/** One passphrase field, GOV.UK style: label, hint, error, input. */
export function PassphraseInput({
  id,
  label,
  hint,
  value,
  error,
  autoComplete,
  onInput,
  children,
}: PassphraseInputProps) {
  const described = [hint || children ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <label for={id}>{label}</label>
      {(hint || children) && (
        <div id={`${id}-hint`} class="hint">
          {hint && <p>{hint}</p>}
          {children}
        </div>
      )}
      {error && (
        <p id={`${id}-error`} class="error-message">
          {error}
        </p>
      )}
      <input
        id={id}
        type="password"
        autoComplete={autoComplete}
        spellcheck={false}
        autoCapitalize="off"
        aria-describedby={described || undefined}
        aria-invalid={error ? true : undefined}
        value={value}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </div>
  );
}

/** The GOV.UK error summary: announced at once, linking to the field. */
export function ErrorSummary({
  error,
  fieldId,
  id,
}: {
  error: FormError | null;
  fieldId: string;
  id?: string;
}) {
  const m = useCatalog(vault);
  if (!error) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} id={id}>
      <h3>{m.errorSummary}</h3>
      <a href={`#${fieldId}`}>{error.text}</a>
    </div>
  );
}

/** After the form re-renders with its error: move focus there, as every form in the app does. */
function focusSoon(id: string, select = false) {
  requestAnimationFrame(() => {
    const element = document.getElementById(id);
    element?.focus();
    if (select && element instanceof HTMLInputElement) element.select();
  });
}

export function vaultErrorText(errors: Record<VaultErrorCode, string>, error: unknown): string {
  return isVaultError(error) ? errors[error.code] : errors['write-failed'];
}

/** Choosing the passphrase: strength in plain words, the no-recovery warning, confirm by typing twice. */
export function SetupForm({ onCancel }: { onCancel?: () => void }) {
  const m = useCatalog(vault);
  const { create } = useVaultControl();
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<FormError | null>(null);
  const [busy, setBusy] = useState(false);
  const strength = passphrase ? passphraseStrength(passphrase) : null;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const fail = (problem: FormError) => {
      setError(problem);
      focusSoon(`${id}-summary`);
    };
    if (!passphrase) return fail({ field: 'passphrase', text: m.setup.empty });
    if ([...passphrase.normalize('NFC')].length < MIN_PASSPHRASE_LENGTH) {
      return fail({ field: 'passphrase', text: m.setup.tooShort });
    }
    if (passphrase !== confirm) return fail({ field: 'confirm', text: m.setup.mismatch });
    setError(null);
    setBusy(true);
    try {
      await create(passphrase);
    } catch (failure) {
      setBusy(false);
      fail({ field: null, text: vaultErrorText(m.errors, failure) });
    }
  };

  return (
    <form autoComplete="off" onSubmit={submit} noValidate aria-busy={busy}>
      <ErrorSummary
        id={`${id}-summary`}
        error={error}
        fieldId={error?.field === 'confirm' ? `${id}-confirm` : `${id}-passphrase`}
      />
      <p>{m.setup.lead}</p>
      <section class="notice" aria-labelledby={`${id}-warning`}>
        <h3 id={`${id}-warning`}>{m.setup.warningHeading}</h3>
        {m.setup.warning.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </section>
      <PassphraseInput
        id={`${id}-passphrase`}
        label={m.setup.passphraseLabel}
        hint={m.setup.passphraseHint}
        value={passphrase}
        error={error?.field === 'passphrase' ? error.text : undefined}
        autoComplete="new-password"
        onInput={setPassphrase}
      >
        {strength && !(strength === 'too-short' && error?.field === 'passphrase') && (
          <p class={`strength strength--${strength}`} aria-live="polite">
            {m.setup.strength[strength]}
          </p>
        )}
      </PassphraseInput>
      <PassphraseInput
        id={`${id}-confirm`}
        label={m.setup.confirmLabel}
        value={confirm}
        error={error?.field === 'confirm' ? error.text : undefined}
        autoComplete="new-password"
        onInput={setConfirm}
      />
      {busy && (
        <p role="status" class="hint">
          {m.setup.busy}
        </p>
      )}
      <div class="button-row">
        <button type="submit" class="button" disabled={busy}>
          {m.setup.submit}
        </button>
        {onCancel && (
          <button type="button" class="button button--secondary" onClick={onCancel}>
            {m.setup.cancel}
          </button>
        )}
      </div>
    </form>
  );
}

/** Unlocking. A wrong passphrase says so plainly and changes nothing. */
export function UnlockForm({
  onCancel,
  showLead = true,
}: {
  onCancel?: () => void;
  /** Off where the page already says what unlocking is for. */
  showLead?: boolean;
}) {
  const m = useCatalog(vault);
  const { unlock, session } = useVaultControl();
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<FormError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (!passphrase) {
      setError({ field: 'passphrase', text: m.unlock.empty });
      return focusSoon(`${id}-passphrase`);
    }
    setError(null);
    setBusy(true);
    try {
      await unlock(passphrase);
    } catch (failure) {
      setError({ field: 'passphrase', text: vaultErrorText(m.errors, failure) });
      setBusy(false);
      // The button was disabled while checking, which dropped focus: bring it back to
      // the field, selected, so the passphrase can simply be typed again.
      focusSoon(`${id}-passphrase`, true);
    }
  };

  return (
    // The vault's code is not part of a page's first load: it starts loading while the person types.
    <form
      autoComplete="off"
      onSubmit={submit}
      onFocusIn={() => session()}
      noValidate
      aria-busy={busy}
    >
      <ErrorSummary error={error} fieldId={`${id}-passphrase`} />
      {showLead && <p>{m.unlock.lead}</p>}
      <PassphraseInput
        id={`${id}-passphrase`}
        label={m.unlock.label}
        value={passphrase}
        error={error?.text}
        autoComplete="current-password"
        onInput={setPassphrase}
      />
      {busy && (
        <p role="status" class="hint">
          {m.unlock.busy}
        </p>
      )}
      <div class="button-row">
        <button type="submit" class="button" disabled={busy}>
          {m.unlock.submit}
        </button>
        {onCancel && (
          <button type="button" class="button button--secondary" onClick={onCancel}>
            {m.unlock.cancel}
          </button>
        )}
      </div>
      <details>
        <summary>{m.unlock.forgotSummary}</summary>
        <p>{m.unlock.forgotBody}</p>
      </details>
    </form>
  );
}
