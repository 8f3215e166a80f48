import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { type Decision, decide } from '../../../core/decide/decide';
import { shownReasons } from '../../../core/decide/shown-reasons';
import { heedsGut, unsureAboutLine } from '../../../core/decide/slow-down';
import type { LoggedSession } from '../../../core/notice/session';
import { savedDecisionType, sessionRecord } from '../../../core/record-keys';
import { Page } from '../../components/page/Page';
import { Scale } from '../../components/scale/Scale';
import { useCatalog } from '../../i18n';
import { decide as decideText } from '../../i18n/decide';
import type { decide as decideEn } from '../../i18n/en/decide';
import { useFormat } from '../../i18n/format';
import { useVault } from '../../vault/VaultProvider';
import { BackLink } from './BackLink';
import { CrisisHelp } from './CrisisHelp';
import { useDecisionState } from './decision-store';
import { LogLocked } from './LogLocked';
import { NextSteps } from './NextSteps';
import { ReasonList } from './ReasonList';
import { StepLink } from './StepLink';
import { useLog } from './use-log';
import { SaveStatus, useSave } from './use-save';

/*
 * The result itself: worked out from the answers and the log, with its reasons,
 * next steps and help. Fetched only when there is a result to show, so a first
 * view with no answers downloads none of it.
 */

/** The outcome of the current answers, once there are answers (ResultPage checks). */
export function CurrentResult() {
  const format = useFormat();
  const m = useCatalog(decideText);
  const state = useDecisionState();
  const log = useLog();
  const [saved, save] = useSave();
  // The person chose to see the result without unlocking their session log.
  const [withoutLog, setWithoutLog] = useState(false);
  if (!log.ready) return null;
  if (log.locked && !withoutLog) return <LogGate onWithout={() => setWithoutLog(true)} />;

  const decision = decide(state.answers, log.locked ? 'locked' : log.sessions);
  const saveResult = () =>
    save(async (vault) => {
      const now = new Date().toISOString();
      // Decided again with the vault open, so a log that was locked until now is included.
      const fresh = decide(state.answers, vault.list(sessionRecord));
      await vault.put(savedDecisionType, { ...fresh, answers: state.answers, decidedAt: now });
      return m.result.saved(format.instant(now));
    });

  return (
    <Outcome
      decision={decision}
      sessions={log.sessions}
      back="/decide/check"
      top={log.locked && <LogLocked message={m.result.lockedSkipped} />}
    >
      <div class="button-row">
        <StepLink class="button button--secondary" href="/decide/check">
          {m.result.change}
        </StepLink>
        <button type="button" class="button" onClick={saveResult}>
          {m.result.save}
        </button>
      </div>
      <SaveStatus message={saved} />
    </Outcome>
  );
}

/**
 * A vault exists and is locked, so logged sessions may be hidden. Ask to unlock
 * before any result; going on without the log is the person's choice, never ours.
 */
function LogGate({ onWithout }: { onWithout: () => void }) {
  const m = useCatalog(decideText);
  const [unlocked, unlock] = useSave();
  return (
    <>
      <BackLink href="/decide/check" label={m.back} />
      <Page title={m.result.lockedTitle}>
        <p>{m.result.lockedLead}</p>
        <div class="button-row">
          <button type="button" class="button" onClick={() => unlock(async () => '')}>
            {m.check.logUnlock}
          </button>
          <button type="button" class="button button--secondary" onClick={onWithout}>
            {m.check.logSkip}
          </button>
        </div>
        {unlocked && !unlocked.ok && <SaveStatus message={unlocked} />}
      </Page>
    </>
  );
}

export function SavedResult({ id }: { id: string }) {
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
  /** Shown first, above the outcome: what the result could not read. */
  top?: ComponentChildren;
  children: ComponentChildren;
}

function Outcome({ decision, sessions, back, top, children }: OutcomeProps) {
  const m = useCatalog(decideText);
  const { meaning, next, specialised } = outcomeText(m.outcomes, decision);
  const shown = shownReasons(decision);
  const scale = m.result.scale;
  return (
    <>
      <BackLink href={back} label={m.back} />
      <Page title={m.outcomes[decision.outcome].title}>
        {top}
        <Scale
          label={m.result.scaleLabel}
          points={scalePoints.map((id) => ({ id, label: scale[id] }))}
          apart={{ id: 'stop', label: scale.stop }}
          at={decision.outcome}
          marker={m.result.scaleMarker}
        />
        <div class={`decide-outcome decide-outcome--${decision.outcome}`}>
          {meaning.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
        <h2>{m.result.why}</h2>
        <ReasonList lines={shown.why} sessions={sessions} />
        {shown.also.length > 0 && (
          <>
            <h2>{m.result.alsoNoted}</h2>
            <ReasonList lines={shown.also} sessions={sessions} />
          </>
        )}
        <NextSteps heading={m.result.next} steps={next} />
        <CrisisHelp specialised={specialised} />
        <p class="muted">{m.result.notTherapy}</p>
        {children}
      </Page>
    </>
  );
}

/** Stop is not a degree of walking away, so it sits apart from the scale, never on it. */
const scalePoints = ['probably-safe', 'slow-down', 'walk-away'] as const;

type Outcomes = (typeof decideEn)['outcomes'];

/**
 * The words of an outcome. "Slow down" has two voices: for a person who is only unsure,
 * and for one whose gut already says hold back, or who cannot rule out a line crossed
 * (src/core/decide/slow-down.ts): they hear that they need no proof, get specialised
 * support, and a link to "If it already happened" where contact or a proposal is unsure.
 */
function outcomeText(outcomes: Outcomes, decision: Decision) {
  if (decision.outcome !== 'slow-down') {
    const text = outcomes[decision.outcome];
    return { meaning: text.meaning, next: text.next, specialised: decision.outcome === 'stop' };
  }
  const text = outcomes['slow-down'];
  if (!heedsGut(decision.reasons))
    return { meaning: text.meaning, next: text.next, specialised: false };
  const next = unsureAboutLine(decision.reasons) ? [...text.next, text.unsureAboutLine] : text.next;
  return { meaning: text.meaningGut, next, specialised: true };
}
