import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { type Decision, decide } from '../../../core/decide/decide';
import { savedDecisionType } from '../../../core/decide/decision-record';
import type { LoggedSession } from '../../../core/notice/session';
import { sessionRecord } from '../../../core/notice/session-record';
import { Page } from '../../components/page/Page';
import { useCatalog } from '../../i18n';
import { decide as decideText } from '../../i18n/decide';
import { useFormat } from '../../i18n/format';
import { useVault } from '../../vault/VaultProvider';
import { BackLink } from './BackLink';
import { CrisisHelp } from './CrisisHelp';
import { moveTo, useDecisionState, useDecisionSync } from './decision-store';
import { LogLocked } from './LogLocked';
import { NextSteps } from './NextSteps';
import { ReasonList } from './ReasonList';
import { useLog } from './use-log';
import { SaveStatus, useSave } from './use-save';
import './decide.css';

/** /decide/result — the outcome for the current answers, or a saved one (?saved=id). */
export function ResultPage({ query }: { query?: Record<string, string> }) {
  const saved = query?.saved;
  return saved ? <SavedResult id={saved} /> : <CurrentResult />;
}

function CurrentResult() {
  const format = useFormat();
  const m = useCatalog(decideText);
  const state = useDecisionState();
  const log = useLog();
  const [saved, save] = useSave();
  useDecisionSync();
  useEffect(() => moveTo('result'), []);

  const decision = decide(state.answers, log.sessions);
  const saveResult = () =>
    save(async (vault) => {
      const now = new Date().toISOString();
      // Decided again with the vault open, so a log that was locked until now is included.
      const fresh = decide(state.answers, vault.list(sessionRecord));
      await vault.put(savedDecisionType, { ...fresh, answers: state.answers, decidedAt: now });
      return m.result.saved(format.instant(now));
    });

  return (
    <Outcome decision={decision} sessions={log.sessions} back="/decide/check">
      {log.locked && <LogLocked />}
      <div class="button-row">
        <a class="button button--secondary" href="/decide/check">
          {m.result.change}
        </a>
        <button type="button" class="button" onClick={saveResult}>
          {m.result.save}
        </button>
      </div>
      <SaveStatus message={saved} />
    </Outcome>
  );
}

function SavedResult({ id }: { id: string }) {
  const format = useFormat();
  const all = useCatalog(decideText);
  const m = all.result;
  const { status, vault } = useVault();
  const log = useLog();
  const [removed, setRemoved] = useState(false);
  const [unlocked, unlock] = useSave();
  const record = vault?.get(savedDecisionType, id);

  if (status !== 'unlocked' || !vault) {
    return (
      <>
        <BackLink href="/decide" label={all.back} />
        <Page title={m.unlockToSee}>
          <button type="button" class="button" onClick={() => unlock(async () => '')}>
            {m.unlock}
          </button>
          {unlocked && !unlocked.ok && <SaveStatus message={unlocked} />}
        </Page>
      </>
    );
  }
  if (!record) {
    return (
      <>
        <BackLink href="/decide" label={all.back} />
        <Page title={removed ? m.removed : m.missing}>
          <p>
            <a href="/decide">{all.intro.title}</a>
          </p>
        </Page>
      </>
    );
  }
  const remove = async () => {
    await vault.remove(savedDecisionType, id);
    setRemoved(true);
  };
  return (
    <Outcome decision={record.data} sessions={log.sessions} back="/decide">
      <p>{m.savedOn(format.instant(record.data.decidedAt))}</p>
      <div class="button-row">
        <button type="button" class="button button--warning" onClick={remove}>
          {m.remove}
        </button>
      </div>
    </Outcome>
  );
}

interface OutcomeProps {
  decision: Decision;
  sessions: readonly LoggedSession[];
  back: string;
  children: ComponentChildren;
}

function Outcome({ decision, sessions, back, children }: OutcomeProps) {
  const m = useCatalog(decideText);
  const text = m.outcomes[decision.outcome];
  return (
    <>
      <BackLink href={back} label={m.back} />
      <Page title={text.title}>
        <div class={`decide-outcome decide-outcome--${decision.outcome}`}>
          {text.meaning.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
        <h2>{m.result.why}</h2>
        <ReasonList reasons={decision.reasons} sessions={sessions} />
        {decision.alsoNoted.length > 0 && (
          <>
            <h2>{m.result.alsoNoted}</h2>
            <ReasonList reasons={decision.alsoNoted} sessions={sessions} />
          </>
        )}
        <NextSteps heading={m.result.next} steps={text.next} />
        <CrisisHelp />
        <p class="muted">{m.result.notTherapy}</p>
        {children}
      </Page>
    </>
  );
}
