import { useCatalog } from '../i18n';
import { vault as vaultText } from '../i18n/vault';
import { SetupForm, UnlockForm } from './PassphraseFields';
import { TamperingReport } from './TamperingReport';
import type { VaultStatus } from './VaultProvider';

/**
 * What a private page shows in place of its records while they cannot be read:
 * the setup or unlock form, or why nothing can be stored. Loaded only when
 * needed (src/ui/vault/Unlocked.tsx), so a first visit with nothing saved does
 * not download the passphrase forms and their sentences.
 */
export function InPageLock({ status }: { status: Exclude<VaultStatus, 'unlocked'> }) {
  const m = useCatalog(vaultText);
  if (status === 'unavailable') return <p class="notice">{m.errors.unavailable}</p>;
  if (status === 'none') {
    return (
      <section aria-labelledby="vault-setup-heading">
        <h2 id="vault-setup-heading">{m.inPage.noneHeading}</h2>
        <p>{m.inPage.noneBody}</p>
        <SetupForm />
      </section>
    );
  }
  return (
    <section aria-labelledby="vault-unlock-heading">
      <h2 id="vault-unlock-heading">{m.inPage.lockedHeading}</h2>
      <p>{m.inPage.lockedBody}</p>
      <UnlockForm showLead={false} />
    </section>
  );
}

/** Above an unlocked page's records: what changed behind the vault's back, and what could not be opened. */
export function UnlockedNotes({ problems }: { problems: number }) {
  const m = useCatalog(vaultText);
  return (
    <>
      <TamperingReport />
      {problems > 0 && <p class="notice">{m.problems(problems)}</p>}
    </>
  );
}
