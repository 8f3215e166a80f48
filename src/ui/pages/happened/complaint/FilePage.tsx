import { useRoute } from 'preact-iso';
import { lazyPage } from '../../../components/chunk-retry/lazy-page';
import { Page } from '../../../components/page/Page';
import { useCatalog } from '../../../i18n';
import { happened } from '../../../i18n/happened';
import { Unlocked } from '../../../vault/Unlocked';
import { checkPath } from '../paths';
import '../happened.css';

// A first, locked view needs only the heading and the gate: the board directory and the letter load once it is open.
const Letter = lazyPage(() => import('./FileLetter').then((m) => m.Letter));

/** /happened/complaint/file?id=…: the letter, who receives it, how to send it, and the exports. */
export function FilePage() {
  const m = useCatalog(happened).complaint;
  const id = useRoute().query.id ?? '';
  return (
    <>
      <a class="back-link" href={checkPath(id)}>
        {m.back}
      </a>
      <Page title={m.file.title}>
        <Unlocked whenEmpty={<p>{m.notFound}</p>}>
          {(vault) => <Letter vault={vault} id={id} />}
        </Unlocked>
      </Page>
    </>
  );
}
