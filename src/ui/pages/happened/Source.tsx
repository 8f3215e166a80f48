import { useCatalog } from '../../i18n';
import { happened } from '../../i18n/happened';

/** Where a fact comes from. The link leaves the app only if the person follows it. */
export function Source({ label, url }: { label: string; url: string }) {
  const m = useCatalog(happened);
  return (
    <p class="source">
      {m.sourceLabel}{' '}
      <a href={url} rel="noreferrer" target="_blank">
        {label}
      </a>
    </p>
  );
}
