import { useRoute } from 'preact-iso';
import { lazyPage } from '../../../components/chunk-retry/lazy-page';
import { Page } from '../../../components/page/Page';
import { useCatalog } from '../../../i18n';
import { happened } from '../../../i18n/happened';
import { Unlocked } from '../../../vault/Unlocked';
import { stepPath } from '../paths';
import '../happened.css';

// A first, locked view needs only the heading and the gate.
const Answers = lazyPage(() => import('./CheckAnswers').then((m) => m.Answers));

/** /happened/complaint/check?id=…: every answer with a Change link, then on to the letter. */
export function CheckPage() {
  const m = useCatalog(happened).complaint;
  const id = useRoute().query.id ?? '';
  return (
    <>
      <a class="back-link" href={stepPath('what-happened', id)}>
        {m.back}
      </a>
      <Page title={m.check.title}>
        <Unlocked whenEmpty={<p>{m.notFound}</p>}>
          {(vault) => <Answers vault={vault} id={id} />}
        </Unlocked>
      </Page>
    </>
  );
}
