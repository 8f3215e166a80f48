import { useEffect } from 'preact/hooks';
import { type Answers, isSkipped, type Question, questions } from '../../../core/decide/answers';
import { signsInLog } from '../../../core/decide/session-facts';
import { Page } from '../../components/page/Page';
import { useCatalog } from '../../i18n';
import { decide } from '../../i18n/decide';
import { notice } from '../../i18n/notice';
import { BackLink } from './BackLink';
import { moveTo, useDecisionState, useDecisionSync } from './decision-store';
import { stepHref } from './flow';
import { LogLocked } from './LogLocked';
import { useLog } from './use-log';
import './decide.css';

/** /decide/check — every answer with a Change link, and what the session log adds. */
export function CheckAnswersPage() {
  const m = useCatalog(decide);
  const signs = useCatalog(notice).signs;
  const state = useDecisionState();
  const log = useLog();
  useDecisionSync();
  useEffect(() => moveTo('check'), []);

  const asked = questions.filter((q) => !state.fromJournal.includes(q));
  const last = asked[asked.length - 1];
  const found = signsInLog(log.sessions);

  return (
    <>
      <BackLink href={last ? stepHref(last) : '/decide'} label={m.back} />
      <Page title={m.check.title}>
        <p>{m.check.lead}</p>
        <dl class="decide-summary">
          {questions.map((question, index) => (
            <div class="decide-summary__row" key={question}>
              <dt>{m.questions[question].summary}</dt>
              <dd>
                <AnswerText question={question} answers={state.answers} />
                {state.fromJournal.includes(question) && (
                  <>
                    <br />
                    <span class="decide-tag">{m.fromJournal}</span>
                  </>
                )}
              </dd>
              <dd class="decide-summary__actions">
                <a href={`/decide/q/${index + 1}?from=check`}>
                  {m.check.change}
                  <span class="visually-hidden">
                    {m.check.changeHidden(m.questions[question].summary)}
                  </span>
                </a>
              </dd>
            </div>
          ))}
        </dl>

        <h2>{m.check.logHeading}</h2>
        {log.locked ? (
          <LogLocked />
        ) : log.sessions.length === 0 ? (
          <p>{m.check.logNone}</p>
        ) : found.length === 0 ? (
          <p>{m.check.logClear(log.sessions.length)}</p>
        ) : (
          <>
            <p>{m.check.logSigns(log.sessions.length)}</p>
            <ul>
              {found.map(({ sign, sessionIds }) => (
                <li key={sign}>{m.check.logSign(signs[sign].name, sessionIds.length)}</li>
              ))}
            </ul>
          </>
        )}
        {log.open && log.sessions.length > 0 && (
          <p>
            {m.check.logCorrect} <a href="/notice">{m.check.logLink}</a>
          </p>
        )}

        <div class="button-row">
          <a class="button" href="/decide/result">
            {m.check.seeResult}
          </a>
        </div>
      </Page>
    </>
  );
}

function AnswerText({ question, answers }: { question: Question; answers: Answers }) {
  const m = useCatalog(decide);
  if (isSkipped(answers, question)) return <>{m.check.skipped}</>;
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
