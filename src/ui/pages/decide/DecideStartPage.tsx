import { useState } from 'preact/hooks';
import { questions } from '../../../core/decide/answers';
import { savedDecisionType } from '../../../core/record-keys';
import { Page } from '../../components/page/Page';
import { useCatalog } from '../../i18n';
import { decide } from '../../i18n/decide';
import { useFormat } from '../../i18n/format';
import { useVaultControl } from '../../vault/VaultProvider';
import { clearDecision, hasStarted, useDecisionState, useDecisionSync } from './decision-store';
import { firstStep, stepHref } from './flow';
import { SaveStatus, useSave } from './use-save';
import './decide.css';

/** /decide — what the questions are for, and start, resume or clear. */
export function DecideStartPage() {
  const format = useFormat();
  const all = useCatalog(decide);
  const m = all.intro;
  const state = useDecisionState();
  const { status, vault, ready } = useVaultControl();
  const [cleared, setCleared] = useState(false);
  const [unlocked, unlock] = useSave();
  useDecisionSync();

  const started = hasStarted(state);
  const step = state.step ?? firstStep(state);
  const resumeLabel =
    step === 'check'
      ? m.resumeCheck
      : step === 'result'
        ? m.resumeResult
        : m.resume(questions.indexOf(step) + 1);
  const saved = vault
    ? [...vault.list(savedDecisionType)].sort((a, b) =>
        a.data.decidedAt < b.data.decidedAt ? 1 : -1,
      )
    : [];

  const clear = async () => {
    await clearDecision(vault);
    setCleared(true);
  };

  return (
    <Page title={m.title}>
      <p class="lead">{m.lead}</p>
      <ul>
        {m.points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
      <p class="notice">{m.privacy}</p>
      {/* Otherwise "Start" lands on a later question with no word of why. */}
      {!started && state.fromJournal.length > 0 && <p>{m.fromJournal(state.fromJournal.length)}</p>}
      <div class="button-row">
        {started ? (
          <>
            <a class="button" href={stepHref(step)}>
              {resumeLabel}
            </a>
            <button type="button" class="button button--secondary" onClick={clear}>
              {m.clear}
            </button>
          </>
        ) : (
          <a class="button" href={stepHref(firstStep(state))}>
            {m.start}
          </a>
        )}
        {/* Only once storage was looked at: the prerendered page cannot know, and a button
            there before the script runs would do nothing when pressed. */}
        {ready && status === 'locked' && (
          <button
            type="button"
            class="button button--secondary"
            onClick={() => unlock(async () => '')}
          >
            {m.unlockToResume}
          </button>
        )}
      </div>
      <p role="status">{cleared && !started ? m.cleared : ''}</p>
      {unlocked && !unlocked.ok && <SaveStatus message={unlocked} />}
      {saved.length > 0 && (
        <section aria-labelledby="saved-results-heading">
          <h2 id="saved-results-heading">{m.savedHeading}</h2>
          <ul>
            {saved.map((record) => (
              <li key={record.id}>
                <a href={`/decide/result?saved=${encodeURIComponent(record.id)}`}>
                  {m.savedItem(
                    format.instant(record.data.decidedAt),
                    all.outcomes[record.data.outcome].title,
                  )}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Page>
  );
}
