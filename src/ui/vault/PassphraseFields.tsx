import { useEffect, useId, useState } from 'preact/hooks';
import { isVaultError, type VaultErrorCode } from '../../core/vault/errors';
import { verdictOf } from '../../core/vault/passphrase-strength';
import { Disclosure } from '../components/disclosure/Disclosure';
import { useCatalog } from '../i18n';
import { vault } from '../i18n/vault';
import { offerBackup } from './backup-offer';
import { loadGuessEstimate } from './guess-estimate-loader';
import { useStrength } from './use-strength';
import { useVaultControl } from './VaultProvider';
import './passphrase.css';

/** A field's error, or a whole-form error (which links to the first field). */
export interface FormError {
  field: 'passphrase' | null;
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
  /** Offer Show and Hide (GOV.UK password input), where a new passphrase is chosen. */
  revealable?: boolean;
  children?: preact.ComponentChildren;
}

/** One passphrase field, GOV.UK style: label, hint, error, input, and Show where asked. */
export function PassphraseInput({
  id,
  label,
  hint,
  value,
  error,
  autoComplete,
  onInput,
  revealable = false,
  children,
}: PassphraseInputProps) {
  const m = useCatalog(vault);
  const [shown, setShown] = useState(false);
  // Hidden again before the form is sent, so no browser offers to keep it as ordinary text.
  useEffect(() => {
    if (!revealable) return;
    const form = document.getElementById(id)?.closest('form');
    const hide = () => setShown(false);
    form?.addEventListener('submit', hide);
    return () => form?.removeEventListener('submit', hide);
  }, [id, revealable]);
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
      <div class={revealable ? 'reveal' : undefined}>
        <input
          id={id}
          // Preact's types tie each input type to its own props, and cannot take a union here.
          type={(shown ? 'text' : 'password') as 'text'}
          // Shown as text, the browser would keep it in its form history without this.
          autoComplete={shown ? 'off' : autoComplete}
          spellcheck={false}
          autoCapitalize="off"
          aria-describedby={described || undefined}
          aria-invalid={error ? true : undefined}
          value={value}
          onInput={(event) => onInput(event.currentTarget.value)}
        />
        {revealable && (
          <button
            type="button"
            class="button button--secondary reveal__button"
            aria-controls={id}
            onClick={() => setShown((now) => !now)}
          >
            {shown ? m.reveal.hide : m.reveal.show}{' '}
            <span class="visually-hidden">{m.reveal.what}</span>
          </button>
        )}
      </div>
      {revealable && (
        <p class="visually-hidden" aria-live="polite">
          {shown ? m.reveal.shown : m.reveal.hidden}
        </p>
      )}
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

/** Choosing the passphrase: one field with Show, strength in plain words, one sentence of warning. */
export function SetupForm({ onCancel }: { onCancel?: () => void }) {
  const m = useCatalog(vault);
  const { create } = useVaultControl();
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<FormError | null>(null);
  const [busy, setBusy] = useState(false);
  const strength = useStrength(passphrase);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const fail = (problem: FormError) => {
      setError(problem);
      setBusy(false);
      focusSoon(`${id}-summary`);
    };
    setBusy(true);
    // Without the dictionaries (a failed download offline), only the length can be checked.
    const guesses = await loadGuessEstimate()
      .then((estimate) => estimate(passphrase))
      .catch(() => Number.POSITIVE_INFINITY);
    const verdict = verdictOf(passphrase, guesses);
    if (verdict === 'empty') return fail({ field: 'passphrase', text: m.setup.empty });
    if (verdict === 'too-short') return fail({ field: 'passphrase', text: m.setup.tooShort });
    if (verdict === 'too-easy') return fail({ field: 'passphrase', text: m.setup.tooEasy });
    setError(null);
    try {
      await create(passphrase);
      offerBackup();
    } catch (failure) {
      fail({ field: null, text: vaultErrorText(m.errors, failure) });
    }
  };

  return (
    <form
      autoComplete="off"
      onSubmit={submit}
      noValidate
      aria-busy={busy}
      // The dictionaries (about 1 MB) start loading when the person comes to the field: the dialog
      // focuses it as it opens, while a page that shows this form inline costs nothing until used.
      onFocusIn={() => loadGuessEstimate().catch(() => undefined)}
    >
      <ErrorSummary id={`${id}-summary`} error={error} fieldId={`${id}-passphrase`} />
      <p>{m.setup.lead}</p>
      <PassphraseInput
        id={`${id}-passphrase`}
        label={m.setup.passphraseLabel}
        hint={m.setup.passphraseHint}
        value={passphrase}
        error={error?.field === 'passphrase' ? error.text : undefined}
        autoComplete="new-password"
        onInput={setPassphrase}
        revealable
      >
        {strength && !(strength === 'too-short' && error?.field === 'passphrase') && (
          <p class={`strength strength--${strength}`} aria-live="polite">
            {m.setup.strength[strength]}
          </p>
        )}
      </PassphraseInput>
      <p class="warning-line">{m.setup.warning}</p>
      <Disclosure summary={m.setup.forgotSummary}>
        {m.setup.forgotBody.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </Disclosure>
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
      <Disclosure summary={m.unlock.forgotSummary}>
        <p>{m.unlock.forgotBody}</p>
      </Disclosure>
    </form>
  );
}
