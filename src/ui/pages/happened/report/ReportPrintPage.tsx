import type { UnlockedVault } from '../../../../core/vault/record-type';
import { Page } from '../../../components/page/Page';
import { useCatalog } from '../../../i18n';
import { documentText } from '../../../i18n/document';
import { happened } from '../../../i18n/happened';
import { useDocLang } from '../DocLanguage';
import { DocView } from '../DocView';
import { PrintBar } from '../PrintBar';
import { reportPath } from '../paths';
import { useHappenedData } from '../store';
import { WhenUnlocked } from '../WhenUnlocked';
import { useReport } from './ReportPage';
import '../happened.css';

/** /happened/report/print: the evidence report alone, laid out for printing. */
export function ReportPrintPage() {
  const m = useCatalog(happened);
  return (
    <WhenUnlocked title={m.report.title} whenEmpty={<p>{m.report.entriesNone}</p>}>
      {(vault) => <PrintedReport vault={vault} />}
    </WhenUnlocked>
  );
}

function PrintedReport({ vault }: { vault: UnlockedVault }) {
  const m = useCatalog(happened);
  const docLang = useDocLang();
  const { doc } = useReport(useHappenedData(vault), docLang);
  return (
    <>
      <PrintBar back={reportPath(docLang)} />
      <div lang={docLang}>
        <Page title={documentText.of(docLang).reportTitle}>
          {doc ? <DocView doc={doc} /> : <p role="status">{m.exportText.working}</p>}
        </Page>
      </div>
    </>
  );
}
