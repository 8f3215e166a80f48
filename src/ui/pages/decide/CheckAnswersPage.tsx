import { useEffect, useState } from 'preact/hooks';
import { type Answers, isSkipped, type Question, questions } from '../../../core/decide/answers';
import { lazyPage } from '../../components/chunk-retry/lazy-page';
import { Page } from '../../components/page/Page';
import { useCatalog } from '../../i18n';
import { decide } from '../../i18n/decide';
import { BackLink } from './BackLink';
import { decisionState, moveTo, useDecisionState, useDecisionSync } from './decision-store';
import { firstStep, stepHref } from './flow';
import { LogLocked } from './LogLocked';
import { StepLink } from './StepLink';
import { useLog } from './use-log';
import './decide.css';

const LogSigns = lazyPage(() => import('./LogSigns').then((m) => m.LogSigns));

/** /decide/check — every answer with a Change link, and what the session log adds. */
export function CheckAnswersPage() {
  const m = useCatalog(decide);
  const state = useDecisionState();
  const log = useLog();
  // Opened with no step taken in this page's life: empty answers were lost, not skipped.
  const [cleared] = useState(() => decisionState().step === null);
  useDecisionSync();
  useEffect(() => moveTo('check'), []);

  const asked = questions.filter((q) => !state.fromJournal.includes(q));
  const last = asked[asked.length - 1];

  return (
    <>
      <BackLink href={last ? stepHref(last) : '/decide'} label={m.back} />
      <Page title={m.check.title}>
        {cleared ? (
          <div class="notice">
            <p>{m.check.cleared}</p>
            <p>
              <StepLink href={stepHref(firstStep(state))}>{m.check.startAgain}</StepLink>
            </p>
          </div>
        ) : (
          <p>{m.check.lead}</p>
        )}
        <dl class="decide-summary">
          {questions.map((question, index) => (
            <div class="decide-summary__row" key={question}>
              <dt>{m.questions[question].summary}</dt>
              <dd>
                <AnswerText question={question} answers={state.answers} cleared={cleared} />
                {state.fromJournal.includes(question) && (
                  <>
                    <br />
                    <span class="decide-tag">{m.fromJournal}</span>
                  </>
                )}
              </dd>
              <dd class="decide-summary__actions">
                <StepLink href={`/decide/q/${index + 1}?from=check`}>
                  {m.check.change}
                  <span class="visually-hidden">
                    {m.check.changeHidden(m.questions[question].summary)}
                  </span>
                </StepLink>
              </dd>
            </div>
          ))}
        </dl>

        <h2>{m.check.logHeading}</h2>
        {log.locked ? (
          <LogLocked message={m.check.logLocked} />
        ) : log.sessions.length === 0 ? (
          <p>{m.check.logNone}</p>
        ) : (
          <LogSigns sessions={log.sessions} />
        )}
        {log.open && log.sessions.length > 0 && (
          <p>
            {m.check.logCorrect} <a href="/notice">{m.check.logLink}</a>
          </p>
        )}

        <div class="button-row">
          <StepLink class="button" href="/decide/result">
            {m.check.seeResult}
          </StepLink>
        </div>
      </Page>
    </>
  );
}

interface AnswerTextProps {
  question: Question;
  answers: Answers;
  /** The answers were lost with the page: an empty one was never skipped. */
  cleared: boolean;
}

function AnswerText({ question, answers, cleared }: AnswerTextProps) {
  const m = useCatalog(decide);
  if (isSkipped(answers, question)) return <>{cleared ? m.check.cleared : m.check.skipped}</>;
  const options: Record<string, { label: string }> = m.questions[question].options;
  const answer = answers[question];
  if (Array.isArray(answer)) {
    return (
      <ul>
        {answer.map((value) => (
          <li key={value}>{options[value]?.label}</li>
        ))}
      </ul>
    );
  }
  return <>{options[answer as string]?.label}</>;
}
