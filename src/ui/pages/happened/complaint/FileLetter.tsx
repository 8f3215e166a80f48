import { complaintDocument } from '../../../../core/report/complaint';
import type { UnlockedVault } from '../../../../core/vault/record-type';
import { ChunkFailed } from '../../../components/chunk-retry/ChunkFailed';
import { useCatalog } from '../../../i18n';
import { documentText } from '../../../i18n/document';
import { happened } from '../../../i18n/happened';
import { DocLanguage, useDocLang } from '../DocLanguage';
import { ExportPanel } from '../ExportPanel';
import { checkPath, complaintPrintPath } from '../paths';
import { Source } from '../Source';
import { useHappenedData } from '../store';
import { today } from '../today';
import { useDocumentWording } from '../use-document-wording';
import { BoardDetails } from './BoardDetails';
import { useBoardName } from './state-boards';

/** Who receives the letter, how to send it, and the exports: fetched once the vault is open. */
export function Letter({ vault, id }: { vault: UnlockedVault; id: string }) {
  const all = useCatalog(happened);
  const m = all.complaint;
  const docLang = useDocLang();
  const record = useHappenedData(vault).complaints.find((r) => r.id === id);
  // Only the chosen state's part of the board directory is loaded.
  const boardName = useBoardName(record?.data);
  const wording = useDocumentWording(docLang);
  if (wording !== 'ready') return wording === 'failed' ? <ChunkFailed /> : null;
  if (!record) {
    return (
      <p>
        {m.notFound} <a href="/happened/complaint">{m.backToList}</a>
      </p>
    );
  }
  const complaint = record.data;
  const day = today();
  const doc = complaintDocument(complaint, boardName, day, docLang);
  const inDoc = documentText.of(docLang);
  return (
    <>
      <p class="lead">{m.file.lead}</p>
      <h2>{m.file.boardHeading}</h2>
      <BoardDetails state={complaint.state} profession={complaint.profession} />
      <h2>{m.file.howHeading}</h2>
      <ul>
        {m.file.how.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <Source {...m.file.howSource} />
      <h2>{m.file.exportHeading}</h2>
      <DocLanguage />
      <ExportPanel
        doc={doc}
        docLang={docLang}
        fileName={`${inDoc.fileComplaint}-${day}`}
        printHref={complaintPrintPath(id, docLang)}
        footer={inDoc.footerComplaint}
        extraTexts={[{ label: all.exportText.onlyNarrative, text: complaint.whatHappened }]}
        idPrefix="complaint"
        preview
      />
      <p>
        <a href={checkPath(id)}>{m.file.edit}</a>
      </p>
      <p class="hint">{m.notAdvice}</p>
    </>
  );
}
