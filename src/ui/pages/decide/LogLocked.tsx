import { useCatalog } from '../../i18n';
import { decide } from '../../i18n/decide';
import { SaveStatus, useSave } from './use-save';

/**
 * The session log is locked: say so in words that fit the page (what the result
 * could not read, or what the check page cannot show) and offer to unlock.
 */
export function LogLocked({ message }: { message: string }) {
  const m = useCatalog(decide).check;
  const [unlocked, unlock] = useSave();
  return (
    <div class="notice">
      <p>{message}</p>
      <button type="button" class="button button--secondary" onClick={() => unlock(async () => '')}>
        {m.logUnlock}
      </button>
      {unlocked && !unlocked.ok && <SaveStatus message={unlocked} />}
    </div>
  );
}
