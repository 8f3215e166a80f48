import { lazyPage } from '../../../components/chunk-retry/lazy-page';
import { Page } from '../../../components/page/Page';
import { useCatalog } from '../../../i18n';
import { happened } from '../../../i18n/happened';
import { Unlocked } from '../../../vault/Unlocked';
import '../happened.css';

// A first, locked view needs only the heading, the lead and the gate.
const Report = lazyPage(() => import('./Report').then((m) => m.Report));

/** /happened/report: choose what goes in, see what it reveals, then export it. */
export function ReportPage() {
  const all = useCatalog(happened);
  const m = all.report;
  return (
    <>
      <a class="back-link" href="/happened">
        {all.title}
      </a>
      <Page title={m.title}>
        <p class="lead">{m.lead}</p>
        <Unlocked whenEmpty={<p>{m.entriesNone}</p>}>
          {(vault) => <Report vault={vault} />}
        </Unlocked>
      </Page>
    </>
  );
}
