import { useId, useState } from 'preact/hooks';
import type { OpenedBackup, ParsedBackup } from '../../../core/vault/backup';
import { VaultError } from '../../../core/vault/errors';
import type { Vault } from '../../../core/vault/vault';
import { useCatalog, useLang } from '../../i18n';
import { vault } from '../../i18n/vault';
import { vaultSettings } from '../../i18n/vault-settings';
import { ErrorSummary, PassphraseInput, vaultErrorText } from '../../vault/PassphraseFields';
import { lastBackupAt, saveBackupFile } from '../../vault/save-backup-file';
import { useVaultControl } from '../../vault/VaultProvider';
import { SettingPage } from './SettingPage';

type Step =
  | { at: 'choose' }
  | { at: 'passphrase'; parsed: ParsedBackup }
  // The passphrase stays only until the restore, to lock the restored data with today's settings.
  | { at: 'confirm'; opened: OpenedBackup; passphrase: string }
  | { at: 'done'; count: number };

/** Export one encrypted file; import checks everything, shows what the file holds, then merges or replaces. */
export function BackupSection() {
  const all = useCatalog(vault);
  const m = useCatalog(vaultSettings);
  const lang = useLang();
  const control = useVaultControl();
  const { status, session } = control;
  const id = useId();
  const [exportNote, setExportNote] = useState<{ ok: boolean; text: string } | null>(null);
  const [step, setStep] = useState<Step>({ at: 'choose' });
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (status === 'unavailable') return <p>{all.errors.unavailable}</p>;

  const openVault = async (): Promise<Vault> =>
    control.fullVault ?? ((await control.requestUnlock()) as Vault);

  const exportFile = async () => {
    setExportNote(null);
    if (status === 'none') return setExportNote({ ok: false, text: m.exportNothing });
    try {
      const open = await openVault();
      await saveBackupFile(open);
      setExportNote({ ok: true, text: m.exported });
    } catch (failure) {
      if (failure instanceof VaultError && failure.code === 'cancelled') return;
      setExportNote({ ok: false, text: vaultErrorText(all.errors, failure) });
    }
  };

  const run = async (work: () => Promise<void>) => {
    if (busy) return;
    setError(null);
    setBusy(true);
    try {
      await work();
    } catch (failure) {
      if (!(failure instanceof VaultError && failure.code === 'cancelled')) {
        setError(vaultErrorText(all.errors, failure));
      }
    } finally {
      setBusy(false);
    }
  };

  const check = (event: Event) => {
    event.preventDefault();
    if (!file) return setError(m.importChooseFile);
    return run(async () => {
      const s = await session();
      // Before reading a byte: a huge file must not freeze or crash the page.
      s.checkBackupSize(file.size);
      setStep({ at: 'passphrase', parsed: s.parseBackup(await file.text()) });
    });
  };

  const open = (event: Event) => {
    event.preventDefault();
    if (step.at !== 'passphrase') return;
    if (!passphrase) return setError(all.unlock.empty);
    return run(async () => {
      const s = await session();
      const opened = await s.openBackup(step.parsed, passphrase, s.deps);
      setPassphrase('');
      setMode('merge');
      setStep({ at: 'confirm', opened, passphrase });
    });
  };

  const restore = (event: Event) => {
    event.preventDefault();
    if (step.at !== 'confirm') return;
    const { opened } = step;
    return run(async () => {
      if (status === 'none') {
        const s = await session();
        control.adopt(await s.restoreVault(s.deps, opened, step.passphrase));
      } else {
        await (await openVault()).importBackup(opened, mode);
      }
      setFile(null);
      setStep({ at: 'done', count: opened.summary.total });
    });
  };

  const reset = () => {
    setStep({ at: 'choose' });
    setError(null);
    setPassphrase('');
    setFile(null);
  };

  const day = (iso: string) => new Date(iso).toLocaleDateString(lang, { dateStyle: 'long' });
  const last = control.fullVault ? lastBackupAt(control.fullVault) : null;
  const lastLine =
    status === 'unlocked'
      ? last
        ? all.backup.last(day(last))
        : all.backup.lastNever
      : status === 'locked'
        ? m.backupValue.locked
        : m.backupValue.none;
  const fieldId =
    step.at === 'passphrase'
      ? `${id}-passphrase`
      : step.at === 'confirm'
        ? `${id}-restore`
        : `${id}-file`;

  return (
    <>
      <p>{m.backupBody}</p>
      <p data-testid="last-backup">{lastLine}</p>
      <button type="button" class="button" onClick={exportFile}>
        {m.exportButton}
      </button>
      {exportNote && (
        <p
          role={exportNote.ok ? 'status' : 'alert'}
          class={exportNote.ok ? 'success' : 'error-message'}
        >
          {exportNote.text}
        </p>
      )}

      <h2>{m.importHeading}</h2>
      <ErrorSummary error={error ? { field: null, text: error } : null} fieldId={fieldId} />
      {step.at === 'choose' && (
        <form autoComplete="off" onSubmit={check} noValidate aria-busy={busy}>
          <div class={`field${error ? ' field--error' : ''}`}>
            <label for={`${id}-file`}>{m.importLabel}</label>
            <p id={`${id}-file-hint`} class="hint">
              {m.importHint}
            </p>
            <input
              autoComplete="off"
              id={`${id}-file`}
              type="file"
              accept=".json,application/json"
              aria-describedby={`${id}-file-hint`}
              onChange={(event) => {
                setFile(event.currentTarget.files?.[0] ?? null);
                setError(null);
              }}
            />
          </div>
          <button type="submit" class="button button--secondary" disabled={busy}>
            {m.importCheck}
          </button>
        </form>
      )}
      {step.at === 'passphrase' && (
        <form autoComplete="off" onSubmit={open} noValidate aria-busy={busy}>
          <PassphraseInput
            id={`${id}-passphrase`}
            label={m.importPassphraseLabel}
            value={passphrase}
            error={error ?? undefined}
            autoComplete="current-password"
            onInput={setPassphrase}
          />
          {busy && (
            <p role="status" class="hint">
              {m.importBusy}
            </p>
          )}
          <div class="button-row">
            <button type="submit" class="button" disabled={busy}>
              {m.importOpen}
            </button>
            <button type="button" class="button button--secondary" onClick={reset}>
              {m.cancelRestore}
            </button>
          </div>
        </form>
      )}
      {step.at === 'confirm' && (
        <form autoComplete="off" onSubmit={restore} noValidate aria-busy={busy}>
          <section class="notice" aria-labelledby={`${id}-summary`}>
            <h3 id={`${id}-summary`}>{m.summaryHeading}</h3>
            <p>{m.summaryTotal(step.opened.summary.total)}</p>
            {step.opened.summary.from && step.opened.summary.to && (
              <p>{m.summaryRange(day(step.opened.summary.from), day(step.opened.summary.to))}</p>
            )}
            <ul>
              {typeCounts(step.opened.summary.byType, all.typeNames, all.otherType).map(
                ([label, n]) => (
                  <li key={label}>{m.summaryType(label, n)}</li>
                ),
              )}
            </ul>
          </section>
          {status === 'none' ? (
            <p id={`${id}-restore`}>{m.restoreIntoEmpty}</p>
          ) : (
            <fieldset id={`${id}-restore`}>
              <legend>{m.modeLegend}</legend>
              <div class="choice">
                <input
                  autoComplete="off"
                  id={`${id}-merge`}
                  type="radio"
                  name={`${id}-mode`}
                  checked={mode === 'merge'}
                  onChange={() => setMode('merge')}
                />
                <label for={`${id}-merge`}>{m.modeMerge}</label>
              </div>
              <div class="choice">
                <input
                  autoComplete="off"
                  id={`${id}-replace`}
                  type="radio"
                  name={`${id}-mode`}
                  checked={mode === 'replace'}
                  aria-describedby={`${id}-replace-hint`}
                  onChange={() => setMode('replace')}
                />
                <label for={`${id}-replace`}>{m.modeReplace}</label>
              </div>
              <p id={`${id}-replace-hint`} class="hint">
                {m.modeReplaceHint}
              </p>
            </fieldset>
          )}
          <div class="button-row">
            <button
              type="submit"
              class={`button${mode === 'replace' ? ' button--warning' : ''}`}
              disabled={busy}
            >
              {m.confirmRestore}
            </button>
            <button type="button" class="button button--secondary" onClick={reset}>
              {m.cancelRestore}
            </button>
          </div>
        </form>
      )}
      {step.at === 'done' && (
        <>
          <p role="status" class="success">
            {m.restored(step.count)}
          </p>
          <button type="button" class="button button--secondary" onClick={reset}>
            {m.importCheck}
          </button>
        </>
      )}
    </>
  );
}

/** Counts per type under plain names; types without a name are counted together. */
function typeCounts(
  byType: ReadonlyMap<string, number>,
  names: Readonly<Record<string, string>>,
  other: string,
): [string, number][] {
  const counts = new Map<string, number>();
  for (const [type, n] of byType) {
    const label = Object.hasOwn(names, type) ? (names[type] as string) : other;
    counts.set(label, (counts.get(label) ?? 0) + n);
  }
  return [...counts];
}

/** /settings/backup: this setting on its own page. */
export function BackupSettingPage() {
  return (
    <SettingPage slug="backup">
      <BackupSection />
    </SettingPage>
  );
}
