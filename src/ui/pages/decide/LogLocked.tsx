import { useCatalog } from '../../i18n';
import { decide } from '../../i18n/decide';
import { SaveStatus, useSave } from './use-save';

/** While the vault is locked the decision goes by the answers alone; this says so and offers to unlock. */
export function LogLocked() {
  const m = useCatalog(decide).check;
  const [unlocked, unlock] = useSave();
  return (
    <div class="notice">
      <p>{m.logLocked}</p>
      <button type="button" class="button button--secondary" onClick={() => unlock(async () => '')}>
        {m.logUnlock}
      </button>
      {unlocked && !unlocked.ok && <SaveStatus message={unlocked} />}
    </div>
  );
}
