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
import { useReport } from './Report';

/** The report laid out for printing, fetched once the vault is open. */
export function PrintedReport({ vault }: { vault: UnlockedVault }) {
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
