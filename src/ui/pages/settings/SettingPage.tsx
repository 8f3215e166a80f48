import { useRoute } from 'preact-iso';
import { localizePath } from '../../../core/i18n/lang';
import { Page } from '../../components/page/Page';
import { useCatalog, useLang } from '../../i18n';
import { pages } from '../../i18n/pages';
import { vaultSettings } from '../../i18n/vault-settings';
import { NotFoundPage } from '../not-found/NotFoundPage';
import { BackupSection } from './BackupSection';
import { EraseSection } from './EraseSection';
import { ExitSection } from './ExitSection';
import { LockSection } from './LockSection';
import { PassphraseSection } from './PassphraseSection';
import { isSettingSlug, type SettingSlug } from './setting-paths';
import './settings.css';

const sections: Record<SettingSlug, () => preact.JSX.Element> = {
  lock: LockSection,
  passphrase: PassphraseSection,
  backup: BackupSection,
  exit: ExitSection,
  erase: EraseSection,
};

/** One setting on its own page (/settings/backup…), with the way back to the list above it. */
export function SettingPage() {
  const { params } = useRoute();
  const m = useCatalog(vaultSettings);
  const exitHeading = useCatalog(pages).settings.exitHeading;
  const lang = useLang();
  const slug = params.setting;
  if (!isSettingSlug(slug)) return <NotFoundPage />;
  const titles: Record<SettingSlug, string> = {
    lock: m.lockHeading,
    passphrase: m.passphraseHeading,
    backup: m.backupHeading,
    exit: exitHeading,
    erase: m.eraseHeading,
  };
  const Section = sections[slug];
  return (
    <>
      <a class="settings-back" href={localizePath('/settings', lang)}>
        {m.back}
      </a>
      <Page title={titles[slug]}>
        <Section />
      </Page>
    </>
  );
}
