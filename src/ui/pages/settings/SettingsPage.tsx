import { useEffect, useState } from 'preact/hooks';
import { localizePath } from '../../../core/i18n/lang';
import { Page } from '../../components/page/Page';
import { SummaryList, type SummaryRow } from '../../components/summary-list/SummaryList';
import { useCatalog, useLang } from '../../i18n';
import { pages } from '../../i18n/pages';
import { vault } from '../../i18n/vault';
import { vaultSettings } from '../../i18n/vault-settings';
import { exitDestination } from '../../safety/exit';
import { lastBackupAt } from '../../vault/save-backup-file';
import { TamperingReport } from '../../vault/TamperingReport';
import { useVaultControl } from '../../vault/VaultProvider';
import type { SettingSlug } from './setting-paths';

/**
 * Every setting on one short list, each with what it is now and a link to its own page
 * (GOV.UK summary list), instead of one long page of forms.
 */
export function SettingsPage() {
  const title = useCatalog(pages).settings.title;
  const m = useCatalog(vaultSettings);
  const all = useCatalog(vault);
  const lang = useLang();
  const { status, fullVault, lockSettings } = useVaultControl();
  const [exitTo, setExitTo] = useState('');

  // Read once the page runs: the prerendered page cannot know this browser's choice.
  useEffect(() => setExitTo(exitDestination()), []);

  const last = fullVault && !fullVault.locked ? lastBackupAt(fullVault) : null;
  const backup =
    status === 'unlocked'
      ? last
        ? all.backup.last(new Date(last).toLocaleDateString(lang, { dateStyle: 'long' }))
        : all.backup.lastNever
      : status === 'locked'
        ? m.backupValue.locked
        : m.backupValue.none;
  const values: Record<SettingSlug, string> = {
    lock: m.lockValue(lockSettings.idleMinutes, lockSettings.lockWhenHidden),
    passphrase:
      status === 'none' || status === 'unavailable'
        ? m.passphraseValue[status]
        : m.passphraseValue.set,
    backup,
    exit: exitTo,
    erase: m.eraseValue,
  };
  const rows: SummaryRow[] = (Object.keys(values) as SettingSlug[]).map((slug) => ({
    key: slug,
    label: m.rows[slug],
    value: values[slug],
    href: localizePath(`/settings/${slug}`, lang),
    action: slug === 'erase' ? m.open : m.change,
  }));

  return (
    <Page title={title}>
      <TamperingReport />
      <SummaryList rows={rows} />
    </Page>
  );
}
