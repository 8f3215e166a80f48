import type { UnlockedVault } from '../../../../core/vault/record-type';
import { ChunkFailed } from '../../../components/chunk-retry/ChunkFailed';
import { Page } from '../../../components/page/Page';
import { useCatalog } from '../../../i18n';
import { happened } from '../../../i18n/happened';
import { DocView } from '../DocView';
import { PrintBar } from '../PrintBar';
import { filePath } from '../paths';
import { useComplaintLetter } from './use-complaint-letter';

/** The letter laid out for printing, fetched once the vault is open (with the board directory and the letter's words). */
export function PrintedLetter({ vault, id }: { vault: UnlockedVault; id: string }) {
  const m = useCatalog(happened);
  const letter = useComplaintLetter(vault, id);
  if (letter.status === 'loading') return null;
  if (letter.status === 'failed') return <ChunkFailed />;
  if (letter.status === 'missing') {
    return (
      <Page title={m.exportText.printTitle}>
        <p>
          {m.complaint.notFound} <a href="/happened/complaint">{m.complaint.backToList}</a>
        </p>
      </Page>
    );
  }
  const { doc, docLang } = letter;
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
