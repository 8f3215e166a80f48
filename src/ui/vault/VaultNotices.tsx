import { useCatalog } from '../i18n';
import { vault as vaultText } from '../i18n/vault';
import './vault.css';

/** Shown shortly before an idle lock while a form holds unsaved words. */
export function IdleWarning({ onKeepWorking }: { onKeepWorking: () => void }) {
  const m = useCatalog(vaultText).drafts;
  return (
    <div class="vault-toast" role="alert">
      <p>{m.idleWarning}</p>
      <button type="button" class="button" onClick={onKeepWorking}>
        {m.keepWorking}
      </button>
    </div>
  );
}
