import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import type { Session } from '../../../core/notice/session';
import { sessionRecord } from '../../../core/record-keys';
import type { UnlockedVault, VaultRecord } from '../../../core/vault/record-type';
import { Page } from '../../components/page/Page';
import { useCatalog } from '../../i18n';
import { notice } from '../../i18n/notice';
import { Unlocked } from '../../vault/Unlocked';

interface LoggedSessionPageProps {
  title: string;
  children: (record: VaultRecord<Session>, vault: UnlockedVault) => ComponentChildren;
}

/** A page about one logged session (?id=…): unlocks first, and says so plainly if it is gone. */
export function LoggedSessionPage({ title, children }: LoggedSessionPageProps) {
  const m = useCatalog(notice);
  const { query } = useLocation();
  return (
    <Page title={title}>
      <Unlocked>
        {(vault) => {
          const record = query.id ? vault.get(sessionRecord, query.id) : undefined;
          if (!record) {
            return (
              <>
                <p>{m.form.notFound}</p>
                <p>
                  <a href="/notice">{m.form.back}</a>
                </p>
              </>
            );
          }
          return children(record, vault);
        }}
      </Unlocked>
    </Page>
  );
}
