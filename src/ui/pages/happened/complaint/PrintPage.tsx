import { useRoute } from 'preact-iso';
import { lazyPage } from '../../../components/chunk-retry/lazy-page';
import { useCatalog } from '../../../i18n';
import { happened } from '../../../i18n/happened';
import { WhenUnlocked } from '../WhenUnlocked';
import '../happened.css';

const PrintedLetter = lazyPage(() => import('./PrintedLetter').then((m) => m.PrintedLetter));

/** /happened/complaint/print?id=…: the letter alone, laid out for printing or saving as PDF from the browser. */
export function ComplaintPrintPage() {
  const m = useCatalog(happened);
  const id = useRoute().query.id ?? '';
  return (
    <WhenUnlocked title={m.exportText.printTitle} whenEmpty={<p>{m.complaint.notFound}</p>}>
      {(vault) => <PrintedLetter vault={vault} id={id} />}
    </WhenUnlocked>
  );
}
