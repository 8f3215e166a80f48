import type { UnlockedVault } from '../../../../core/vault/record-type';
import { ChunkFailed } from '../../../components/chunk-retry/ChunkFailed';
import { useCatalog } from '../../../i18n';
import { documentText } from '../../../i18n/document';
import { happened } from '../../../i18n/happened';
import { DocLanguage } from '../DocLanguage';
import { ExportPanel } from '../ExportPanel';
import { checkPath, complaintPrintPath } from '../paths';
import { Source } from '../Source';
import { BoardDetails } from './BoardDetails';
import { useComplaintLetter } from './use-complaint-letter';

/** Who receives the letter, how to send it, and the exports: fetched once the vault is open. */
export function Letter({ vault, id }: { vault: UnlockedVault; id: string }) {
  const all = useCatalog(happened);
  const m = all.complaint;
  const letter = useComplaintLetter(vault, id);
  if (letter.status === 'loading') return null;
  if (letter.status === 'failed') return <ChunkFailed />;
  if (letter.status === 'missing') {
    return (
      <p>
        {m.notFound} <a href="/happened/complaint">{m.backToList}</a>
      </p>
    );
  }
  const { doc, docLang, day } = letter;
  const complaint = letter.record.data;
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
