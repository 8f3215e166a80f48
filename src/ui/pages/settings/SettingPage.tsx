import type { ComponentChildren } from 'preact';
import { localizePath } from '../../../core/i18n/lang';
import { Page } from '../../components/page/Page';
import { useCatalog, useLang } from '../../i18n';
import { pages } from '../../i18n/pages';
import { vaultSettings } from '../../i18n/vault-settings';
import type { SettingSlug } from './setting-paths';
import './settings.css';

/**
 * One setting's page (/settings/backup…): the way back to the list above its heading. Each
 * setting is its own lazily loaded page, so one page's first load carries only its own form.
 */
export function SettingPage({
  slug,
  children,
}: {
  slug: SettingSlug;
  children: ComponentChildren;
}) {
  const m = useCatalog(vaultSettings);
  const exitHeading = useCatalog(pages).settings.exitHeading;
  const lang = useLang();
  const titles: Record<SettingSlug, string> = {
    lock: m.lockHeading,
    passphrase: m.passphraseHeading,
    backup: m.backupHeading,
    exit: exitHeading,
    erase: m.eraseHeading,
  };
  return (
    <>
      <a class="settings-back" href={localizePath('/settings', lang)}>
        {m.back}
      </a>
      <Page title={titles[slug]}>{children}</Page>
    </>
  );
}
