import type { ComponentChildren } from 'preact';
import type { UnlockedVault } from '../../../core/vault/record-type';
import { Page } from '../../components/page/Page';
import { Unlocked } from '../../vault/Unlocked';
import { useVault } from '../../vault/VaultProvider';

/**
 * For pages whose heading comes from private data (a printable document):
 * while locked, a page with a plain title and the unlock form; once
 * unlocked, the children render the whole page themselves.
 */
export function WhenUnlocked({
  title,
  whenEmpty,
  children,
}: {
  title: string;
  whenEmpty: ComponentChildren;
  children: (vault: UnlockedVault) => ComponentChildren;
}) {
  const { status, vault } = useVault();
  if (status === 'unlocked' && vault) return <>{children(vault)}</>;
  return (
    <Page title={title}>
      <Unlocked whenEmpty={whenEmpty}>{() => null}</Unlocked>
    </Page>
  );
}
