import type { ComponentChildren } from 'preact';
import type { UnlockedVault } from '../../core/vault/record-type';
import { useCatalog } from '../i18n';
import { vault as vaultText } from '../i18n/vault';
import { SetupForm, UnlockForm } from './PassphraseFields';
import { useVaultControl } from './VaultProvider';
import './vault.css';

interface UnlockedProps {
  /** Rendered only while the vault is unlocked. */
  children: (vault: UnlockedVault) => ComponentChildren;
  /** Shown instead of the setup form when nothing has been saved yet (e.g. an empty list with a "Write" button). */
  whenEmpty?: ComponentChildren;
}

/** For pages that list private data: an unlock form in the page while locked, the children while unlocked. */
export function Unlocked({ children, whenEmpty }: UnlockedProps) {
  const m = useCatalog(vaultText);
  const { status, vault, ready, problems } = useVaultControl();
  if (status === 'unlocked' && vault) {
    return (
      <>
        {problems.length > 0 && <p class="notice">{m.problems(problems.length)}</p>}
        {children(vault)}
      </>
    );
  }
  if (!ready) return null;
  if (status === 'unavailable') return <p class="notice">{m.errors.unavailable}</p>;
  if (status === 'none') {
    if (whenEmpty !== undefined) return <>{whenEmpty}</>;
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
      <UnlockForm />
    </section>
  );
}
