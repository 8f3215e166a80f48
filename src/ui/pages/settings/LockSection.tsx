import { useEffect, useId, useState } from 'preact/hooks';
import { SevenDayNotice } from '../../components/storage-notice/SevenDayNotice';
import { useStorageAdvice } from '../../components/storage-notice/use-storage-advice';
import { useCatalog } from '../../i18n';
import { vaultSettings } from '../../i18n/vault-settings';
import { IDLE_CHOICES } from '../../vault/lock-settings';
import { useVaultControl } from '../../vault/VaultProvider';
import { SettingPage } from './SettingPage';

type Persistence = 'persisted' | 'notPersisted' | 'unknown';

/** Status, auto-lock choices, and whether the browser promised to keep the data. */
export function LockSection() {
  const m = useCatalog(vaultSettings);
  const { status, ready, lock, lockSettings, setLockSettings } = useVaultControl();
  const id = useId();
  const [idle, setIdle] = useState(lockSettings.idleMinutes);
  const [hidden, setHidden] = useState(lockSettings.lockWhenHidden);
  const [saved, setSaved] = useState(false);
  const [persistence, setPersistence] = useState<Persistence>('unknown');
  const advice = useStorageAdvice();

  useEffect(() => {
    setIdle(lockSettings.idleMinutes);
    setHidden(lockSettings.lockWhenHidden);
  }, [lockSettings]);

  useEffect(() => {
    navigator.storage
      ?.persisted?.()
      .then((granted) => setPersistence(granted ? 'persisted' : 'notPersisted'))
      .catch(() => setPersistence('unknown'));
  }, []);

  const askPersist = async () => {
    try {
      const granted = await navigator.storage.persist();
      setPersistence(granted ? 'persisted' : 'notPersisted');
    } catch {
      setPersistence('unknown');
    }
  };

  const save = (event: Event) => {
    event.preventDefault();
    setLockSettings({ idleMinutes: idle, lockWhenHidden: hidden });
    setSaved(true);
  };

  return (
    <>
      {ready && <p>{m.status[status]}</p>}
      {status === 'unlocked' && (
        <p>
          <button type="button" class="button button--secondary" onClick={lock}>
            {m.lockNow}
          </button>
        </p>
      )}
      <form autoComplete="off" onSubmit={save}>
        <div class="field">
          <label for={`${id}-idle`}>{m.idleLabel}</label>
          <select
            autoComplete="off"
            id={`${id}-idle`}
            value={String(idle)}
            onChange={(event) => {
              setIdle(Number(event.currentTarget.value));
              setSaved(false);
            }}
          >
            {IDLE_CHOICES.map((minutes) => (
              <option key={minutes} value={String(minutes)}>
                {m.idleOption(minutes)}
              </option>
            ))}
          </select>
        </div>
        <div class="choice">
          <input
            autoComplete="off"
            id={`${id}-hidden`}
            type="checkbox"
            checked={hidden}
            onChange={(event) => {
              setHidden(event.currentTarget.checked);
              setSaved(false);
            }}
          />
          <label for={`${id}-hidden`}>{m.hiddenLabel}</label>
        </div>
        <div class="button-row">
          <button type="submit" class="button">
            {m.saveLock}
          </button>
        </div>
        {saved && (
          <p role="status" class="success">
            {m.lockSaved}
          </p>
        )}
      </form>
      <h2>{m.storageHeading}</h2>
      <p data-testid="persistence">{m.storage[persistence]}</p>
      <SevenDayNotice />
      {/* Offered only where the browser can be asked: elsewhere the button would do nothing. */}
      {advice?.offerKeepRequest && persistence !== 'persisted' && status !== 'unavailable' && (
        <button type="button" class="button button--secondary" onClick={askPersist}>
          {m.askPersist}
        </button>
      )}
    </>
  );
}

/** /settings/lock: this setting on its own page. */
export function LockSettingPage() {
  return (
    <SettingPage slug="lock">
      <LockSection />
    </SettingPage>
  );
}
