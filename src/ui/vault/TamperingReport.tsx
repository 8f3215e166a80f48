import { useState } from 'preact/hooks';
import { useCatalog, useLang } from '../i18n';
import { vault as vaultText } from '../i18n/vault';
import { useVaultControl } from './VaultProvider';

/** Names every record that is not as the vault last left it; the person can say they have read it. */
export function TamperingReport() {
  const m = useCatalog(vaultText);
  const lang = useLang();
  const { fullVault } = useVaultControl();
  const [busy, setBusy] = useState(false);
  const found = fullVault?.tampering ?? [];
  if (!fullVault || found.length === 0) return null;
  const day = (iso: string | null) =>
    iso ? new Date(iso).toLocaleDateString(lang, { dateStyle: 'long' }) : null;
  const name = (type: string) =>
    Object.hasOwn(m.itemNames, type) ? (m.itemNames[type] as string) : m.otherItem;
  const accept = async () => {
    setBusy(true);
    try {
      await fullVault.acceptAsItIs();
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="notice notice--problem" aria-labelledby="tampering-heading" role="alert">
      <h2 id="tampering-heading">{m.tampering.heading}</h2>
      <p>{m.tampering.body}</p>
      <ul>
        {found.map((t) => (
          <li key={t.id}>
            {t.type === 'index'
              ? m.tampering.index
              : m.tampering.item(name(t.type), day(t.date), m.tampering.kind[t.kind])}
          </li>
        ))}
      </ul>
      <button type="button" class="button button--secondary" onClick={accept} disabled={busy}>
        {m.tampering.accept}
      </button>
    </section>
  );
}
