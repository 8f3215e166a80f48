import { useCatalog } from '../i18n';
import { drafts } from '../i18n/drafts';
import './vault.css';

/** Shown shortly before an idle lock while a form holds unsaved words. */
export function IdleWarning({ onKeepWorking }: { onKeepWorking: () => void }) {
  const m = useCatalog(drafts);
  return (
    <div class="vault-toast" role="alert">
      <p>{m.idleWarning}</p>
      <button type="button" class="button" onClick={onKeepWorking}>
        {m.keepWorking}
      </button>
    </div>
  );
}
