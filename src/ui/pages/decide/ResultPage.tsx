import { useEffect } from 'preact/hooks';
import { lazyPage } from '../../components/chunk-retry/lazy-page';
import { Page } from '../../components/page/Page';
import { useCatalog } from '../../i18n';
import { decide as decideText } from '../../i18n/decide';
import { BackLink } from './BackLink';
import { moveTo, useDecisionState, useDecisionSync } from './decision-store';
import { StepLink } from './StepLink';
import './decide.css';

const CurrentResult = lazyPage(() => import('./ResultOutcome').then((m) => m.CurrentResult));
const SavedResult = lazyPage(() => import('./ResultOutcome').then((m) => m.SavedResult));

/** /decide/result — the outcome for the current answers, or a saved one (?saved=id). */
export function ResultPage({ query }: { query?: Record<string, string> }) {
  const saved = query?.saved;
  return saved ? <SavedResult id={saved} /> : <Current />;
}

function Current() {
  const state = useDecisionState();
  useDecisionSync();
  // No step taken in this page's life: the answers went when the page closed (or the vault locked).
  const gone = state.step === null;
  useEffect(() => {
    if (!gone) moveTo('result');
  }, [gone]);
  return gone ? <AnswersGone /> : <CurrentResult />;
}

/** /decide/result with no answers: nothing to compute a result from, so none is shown. */
function AnswersGone() {
  const m = useCatalog(decideText);
  return (
    <>
      <BackLink href="/decide" label={m.back} />
      <Page title={m.result.goneTitle}>
        <p>{m.result.gone}</p>
        <p>
          <StepLink class="button" href="/decide">
            {m.check.startAgain}
          </StepLink>
        </p>
      </Page>
    </>
  );
}
