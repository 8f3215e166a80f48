import { useRef, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { type Prompt, prompts } from '../../../core/reflect/prompts';
import {
  answerPrompt,
  checkDay,
  type PromptAnswer,
  skipPrompt,
} from '../../../core/reflect/reflection';
import { Page } from '../../components/page/Page';
import { useCatalog } from '../../i18n';
import { reflect } from '../../i18n/reflect';
import { useSealedDraft } from '../../vault/SealedDraft';
import { NotFoundPage } from '../not-found/NotFoundPage';
import { useDraft } from './draft';
import { today } from './journal';
import { PromptFields } from './PromptFields';
import { guidedPath } from './paths';
import { promptWords } from './wording';
import './reflect.css';

const blank: PromptAnswer = { choices: [], date: '', text: '' };

/** /reflect/guided/<n>: one prompt per page (GOV.UK question page), every one skippable. */
export function GuidedPromptPage() {
  const { params, query } = useRoute();
  const step = Number(params.step);
  const prompt = Number.isInteger(step) ? prompts[step - 1] : undefined;
  if (!prompt) return <NotFoundPage />;
  return <PromptStep key={step} step={step} prompt={prompt} changing={query.change === '1'} />;
}

function PromptStep({
  step,
  prompt,
  changing,
}: {
  step: number;
  prompt: Prompt;
  changing: boolean;
}) {
  const m = useCatalog(reflect);
  const words = promptWords(m, prompt.id);
  const { route } = useLocation();
  const [draft, setDraft] = useDraft();
  const [answer, setAnswer] = useState<PromptAnswer>(() => draft[prompt.id] ?? blank);
  const [dayError, setDayError] = useState<string | null>(null);
  const errorSummary = useRef<HTMLDivElement>(null);
  // A lock seals the reflection so far and this step's answer; unlocking brings both back here.
  const sealed = useSealedDraft(
    `reflect/guided/${step}`,
    { answers: draft, current: answer },
    (kept) => {
      setDraft(kept.answers);
      setAnswer(kept.current);
    },
  );

  const next =
    changing || step === prompts.length ? '/reflect/guided/summary' : guidedPath(step + 1);
  const back = changing
    ? '/reflect/guided/summary'
    : step === 1
      ? '/reflect'
      : guidedPath(step - 1);

  const submit = (event: Event) => {
    event.preventDefault();
    const problem = prompt.kind === 'date' ? checkDay(answer.date, today()) : null;
    if (problem) {
      setDayError(problem === 'future' ? m.guided.dayFuture : m.guided.dayInvalid);
      requestAnimationFrame(() => errorSummary.current?.focus());
      return;
    }
    setDraft(answerPrompt(draft, prompt.id, answer));
    sealed.saved();
    route(next, true);
  };

  const skip = () => {
    setDraft(skipPrompt(draft, prompt.id));
    sealed.saved();
    route(next, true);
  };

  return (
    <>
      <a class="back-link" href={back}>
        {m.guided.back}
      </a>
      <p class="caption">{m.guided.progress(step, prompts.length)}</p>
      <Page title={words.question}>
        <form autoComplete="off" onSubmit={submit} noValidate>
          {sealed.notice}
          {dayError && (
            <div class="error-summary" role="alert" tabIndex={-1} ref={errorSummary}>
              <h2>{m.guided.errorSummary}</h2>
              <a href={`#${prompt.id}-date`}>{dayError}</a>
            </div>
          )}
          <PromptFields
            prompt={prompt}
            answer={answer}
            onChange={setAnswer}
            legendHidden
            dayError={dayError}
          />
          <div class="button-row">
            <button type="submit" class="button">
              {m.guided.continue}
            </button>
            <button type="button" class="button button--secondary" onClick={skip}>
              {m.guided.skip}
            </button>
          </div>
        </form>
      </Page>
    </>
  );
}
