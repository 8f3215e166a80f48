import { lazyPage } from '../../../components/chunk-retry/lazy-page';
import { useCatalog } from '../../../i18n';
import { happened } from '../../../i18n/happened';
import { WhenUnlocked } from '../WhenUnlocked';
import '../happened.css';

const PrintedReport = lazyPage(() => import('./PrintedReport').then((m) => m.PrintedReport));

/** /happened/report/print: the evidence report alone, laid out for printing. */
export function ReportPrintPage() {
  const m = useCatalog(happened);
  return (
    <WhenUnlocked title={m.report.title} whenEmpty={<p>{m.report.entriesNone}</p>}>
      {(vault) => <PrintedReport vault={vault} />}
    </WhenUnlocked>
  );
}
