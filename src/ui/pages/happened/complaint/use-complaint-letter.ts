import type { Lang } from '../../../../core/i18n/lang';
import { type Complaint, complaintDocument } from '../../../../core/report/complaint';
import type { Doc } from '../../../../core/report/document';
import type { UnlockedVault, VaultRecord } from '../../../../core/vault/record-type';
import { useDocLang } from '../DocLanguage';
import { useHappenedData } from '../store';
import { today } from '../today';
import { useDocumentWording } from '../use-document-wording';
import { useBoardName } from './state-boards';

export type ComplaintLetter =
  | { readonly status: 'loading' }
  | { readonly status: 'failed' }
  | { readonly status: 'missing' }
  | {
      readonly status: 'ready';
      readonly record: VaultRecord<Complaint>;
      readonly doc: Doc;
      readonly docLang: Lang;
      readonly day: string;
    };

/**
 * A saved complaint's letter in the chosen document language, once the letter's words and the
 * chosen state's part of the board directory have loaded. Both the file and print pages use it.
 */
export function useComplaintLetter(vault: UnlockedVault, id: string): ComplaintLetter {
  const docLang = useDocLang();
  const record = useHappenedData(vault).complaints.find((r) => r.id === id);
  const boardName = useBoardName(record?.data);
  const wording = useDocumentWording(docLang);
  if (wording === 'failed') return { status: 'failed' };
  if (wording !== 'ready') return { status: 'loading' };
  if (!record) return { status: 'missing' };
  const day = today();
  return {
    status: 'ready',
    record,
    doc: complaintDocument(record.data, boardName, day, docLang),
    docLang,
    day,
  };
}
