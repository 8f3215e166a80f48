import { complaintDocument } from '../../../../core/report/complaint';
import type { UnlockedVault } from '../../../../core/vault/record-type';
import { ChunkFailed } from '../../../components/chunk-retry/ChunkFailed';
import { Page } from '../../../components/page/Page';
import { useCatalog } from '../../../i18n';
import { happened } from '../../../i18n/happened';
import { useDocLang } from '../DocLanguage';
import { DocView } from '../DocView';
import { PrintBar } from '../PrintBar';
import { filePath } from '../paths';
import { useHappenedData } from '../store';
import { today } from '../today';
import { useDocumentWording } from '../use-document-wording';
import { useBoardName } from './state-boards';

/** The letter laid out for printing, fetched once the vault is open (with the board directory and the letter's words). */
export function PrintedLetter({ vault, id }: { vault: UnlockedVault; id: string }) {
  const m = useCatalog(happened);
  const docLang = useDocLang();
  const record = useHappenedData(vault).complaints.find((r) => r.id === id);
  const boardName = useBoardName(record?.data);
  const wording = useDocumentWording(docLang);
  if (wording !== 'ready') return wording === 'failed' ? <ChunkFailed /> : null;
  if (!record) {
    return (
      <Page title={m.exportText.printTitle}>
        <p>
          {m.complaint.notFound} <a href="/happened/complaint">{m.complaint.backToList}</a>
        </p>
      </Page>
    );
  }
  const doc = complaintDocument(record.data, boardName, today(), docLang);
  return (
    <>
      <PrintBar back={filePath(id, docLang)} />
      <div lang={docLang}>
        <Page title={doc.title}>
          <DocView doc={doc} />
        </Page>
      </div>
    </>
  );
}
