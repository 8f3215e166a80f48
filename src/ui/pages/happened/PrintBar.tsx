import { useCatalog } from '../../i18n';
import { happened } from '../../i18n/happened';

/** Back and Print above a printable document; neither is printed. */
export function PrintBar({ back }: { back: string }) {
  const m = useCatalog(happened).exportText;
  return (
    <div class="no-print">
      <a class="back-link" href={back}>
        {m.backToExport}
      </a>
      <p class="hint">{m.printHint}</p>
      <button type="button" class="button" onClick={() => window.print()}>
        {m.printButton}
      </button>
    </div>
  );
}
