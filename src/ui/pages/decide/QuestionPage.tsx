import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { type Answers, type Question, questions } from '../../../core/decide/answers';
import { Page } from '../../components/page/Page';
import { useCatalog } from '../../i18n';
import { decide } from '../../i18n/decide';
import { NotFoundPage } from '../not-found/NotFoundPage';
import { BackLink } from './BackLink';
import {
  decisionState,
  keepDecision,
  moveTo,
  setAnswer,
  useDecisionState,
  useDecisionSync,
} from './decision-store';
import { hrefBefore, questionAt, stepAfter, stepHref } from './flow';
import { SaveStatus, useSave } from './use-save';
import './decide.css';

/** /decide/q/:n — one question per page. */
export function QuestionPage({ n, query }: { n?: string; query?: Record<string, string> }) {
  const question = questionAt(n);
  if (!question) return <NotFoundPage />;
  return <QuestionForm key={question} question={question} fromCheck={query?.from === 'check'} />;
}

const multiple: ReadonlySet<Question> = new Set(['draws']);

function QuestionForm({ question, fromCheck }: { question: Question; fromCheck: boolean }) {
  const all = useCatalog(decide);
  const text = all.questions[question];
  const state = useDecisionState();
  const { route } = useLocation();
  const [chosen, setChosen] = useState<string[]>(() => asList(decisionState().answers[question]));
  const [missing, setMissing] = useState(false);
  const [saved, save] = useSave();
  useDecisionSync();

  useEffect(() => moveTo(question), [question]);
  // Saved answers can arrive after the page opened (at unlock): show them.
  const stored = state.answers[question];
  useEffect(() => setChosen(asList(stored)), [stored]);

  const id = `q-${question}`;
  const number = questions.indexOf(question) + 1;
  const isMulti = multiple.has(question);
  const answerOf = (values: string[]) => (isMulti ? values : values[0]) as Answers[typeof question];
  const goOn = () =>
    route(fromCheck ? '/decide/check' : stepHref(stepAfter(decisionState(), question)), true);

  const submit = (event: Event) => {
    event.preventDefault();
    if (chosen.length === 0) {
      setMissing(true);
      requestAnimationFrame(() => document.getElementById(`${id}-error-summary`)?.focus());
      return;
    }
    setAnswer(question, answerOf(chosen));
    goOn();
  };
  const skip = () => {
    setAnswer(question, undefined);
    goOn();
  };
  const toggle = (value: string, on: boolean) =>
    setChosen((current) =>
      isMulti ? (on ? [...current, value] : current.filter((v) => v !== value)) : [value],
    );

  return (
    <>
      <BackLink href={fromCheck ? '/decide/check' : hrefBefore(state, question)} label={all.back} />
      <p class="decide-caption">{all.progress(number, questions.length)}</p>
      <Page title={text.title}>
        <form autoComplete="off" onSubmit={submit} noValidate>
          {missing && (
            <div class="error-summary" role="alert" tabIndex={-1} id={`${id}-error-summary`}>
              <h2>{all.errorSummary}</h2>
              <a href={`#${id}-0`}>{text.required}</a>
            </div>
          )}
          <div class={`field${missing ? ' field--error' : ''}`}>
            <fieldset aria-describedby={`${id}-hint${missing ? ` ${id}-error` : ''}`}>
              <legend class="visually-hidden">{text.title}</legend>
              <p id={`${id}-hint`} class="hint">
                {text.hint}
              </p>
              {missing && (
                <p id={`${id}-error`} class="error-message">
                  {text.required}
                </p>
              )}
              {Object.entries(text.options).map(([value, option], index) => (
                <div class="choice" key={value}>
                  <input
                    autoComplete="off"
                    type={isMulti ? 'checkbox' : 'radio'}
                    id={`${id}-${index}`}
                    name={question}
                    value={value}
                    checked={chosen.includes(value)}
                    onChange={(event) => toggle(value, event.currentTarget.checked)}
                  />
                  <label for={`${id}-${index}`}>{(option as { label: string }).label}</label>
                </div>
              ))}
            </fieldset>
          </div>
          <div class="button-row">
            <button type="submit" class="button">
              {all.continue}
            </button>
            <button type="button" class="button button--secondary" onClick={skip}>
              {all.skip}
            </button>
          </div>
          <p class="hint">{all.skipHint}</p>
          <button
            type="button"
            class="button decide-link-button"
            onClick={() =>
              save(async (vault) => {
                if (chosen.length > 0) setAnswer(question, answerOf(chosen));
                await keepDecision(vault);
                return all.save.saved;
              })
            }
          >
            {all.save.later}
          </button>
          <SaveStatus message={saved} />
        </form>
      </Page>
    </>
  );
}

function asList(answer: Answers[Question]): string[] {
  if (answer === undefined) return [];
  return Array.isArray(answer) ? [...answer] : [answer as string];
}
