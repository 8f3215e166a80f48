import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { UnlockedVault } from '../../core/vault/record-type';
import { useCatalog } from '../i18n';
import { vault as vaultText } from '../i18n/vault';
import { SetupForm, UnlockForm } from './PassphraseFields';
import { TamperingReport } from './TamperingReport';
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
  // The in-page form disappears once it has done its work, taking focus with it.
  // Put focus back on the page's heading, as after any change of page.
  const formShown = useRef(false);
  useEffect(() => {
    if (status === 'locked' || status === 'none') formShown.current = true;
    else if (status === 'unlocked' && formShown.current) {
      formShown.current = false;
      const active = document.activeElement;
      if (!active || active === document.body) {
        document.querySelector<HTMLElement>('main h1')?.focus();
      }
    }
  }, [status]);
  if (status === 'unlocked' && vault) {
    return (
      <>
        <TamperingReport />
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
      <UnlockForm showLead={false} />
    </section>
  );
}
