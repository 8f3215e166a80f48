import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { Page } from '../../components/page/Page';
import { useCatalog } from '../../i18n';
import { prepare } from '../../i18n/prepare';
import { useSealedDraft } from '../../vault/SealedDraft';
import { type OpeningChoice, setOpening, useOpening } from './opening-store';
import '../decide/decide.css';

const phrasings = ['direct', 'gentle', 'curious', 'written', 'planned'] as const;

/** /prepare — ways to open the subject, and what a good response looks like. */
export function PreparePage() {
  const m = useCatalog(prepare);
  const saved = useOpening();
  const { route } = useLocation();
  const [choice, setChoice] = useState<OpeningChoice | null>(saved.choice);
  const [own, setOwn] = useState(saved.own);
  const [problem, setProblem] = useState<string | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  // Only the person's own words need keeping through a lock; a chosen phrasing is ours.
  const sealed = useSealedDraft(
    'prepare/opening',
    { choice, own },
    (kept) => {
      setChoice(kept.choice);
      setOwn(kept.own);
    },
    own.trim() !== '',
  );
  useEffect(() => {
    setChoice(saved.choice);
    setOwn(saved.own);
  }, [saved.choice, saved.own]);
  useEffect(() => {
    if (problem) summary.current?.focus();
  }, [problem]);

  const submit = (event: Event) => {
    event.preventDefault();
    if (!choice) return setProblem(m.chooseRequired);
    if (choice === 'own' && own.trim() === '') return setProblem(m.ownRequired);
    setOpening({ choice, own });
    sealed.saved();
    route('/prepare/practice');
  };
  const target = choice === 'own' ? '#own-words' : '#opening-0';

  return (
    <Page title={m.title}>
      {sealed.notice}
      <p class="lead">{m.lead}</p>
      <p class="notice">
        {m.checkFirst} <a href="/decide">{m.checkFirstLink}</a>
      </p>
      <form autoComplete="off" onSubmit={submit} noValidate>
        {problem && (
          <div class="error-summary" role="alert" tabIndex={-1} ref={summary}>
            <h2>{m.errorSummary}</h2>
            <a href={target}>{problem}</a>
          </div>
        )}
        <div class={`field${problem ? ' field--error' : ''}`}>
          <fieldset aria-describedby="opening-hint">
            <legend>{m.openingsLegend}</legend>
            <p id="opening-hint" class="hint">
              {m.openingsHint}
            </p>
            {problem && <p class="error-message">{problem}</p>}
            {[...phrasings, 'own' as const].map((key, index) => (
              <div class="choice" key={key}>
                <input
                  autoComplete="off"
                  type="radio"
                  id={`opening-${index}`}
                  name="opening"
                  value={key}
                  checked={choice === key}
                  onChange={() => setChoice(key)}
                />
                <label for={`opening-${index}`}>
                  {key === 'own' ? m.own : `“${m.openings[key]}”`}
                </label>
              </div>
            ))}
          </fieldset>
          {choice === 'own' && (
            <div class="field">
              <label for="own-words">{m.ownLabel}</label>
              <p id="own-words-hint" class="hint">
                {m.ownHint}
              </p>
              <textarea
                autoComplete="off"
                id="own-words"
                rows={4}
                aria-describedby="own-words-hint"
                value={own}
                onInput={(event) => setOwn(event.currentTarget.value)}
              />
            </div>
          )}
        </div>
        <button type="submit" class="button">
          {m.practiceButton}
        </button>
      </form>

      <h2>{m.goodHeading}</h2>
      <p>{m.goodLead}</p>
      <ul>
        {m.good.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>{m.goodNote}</p>

      <h2>{m.afterHeading}</h2>
      <p>{m.afterBody}</p>
      <p>
        <a href="/prepare/after">{m.afterLink}</a>
      </p>
    </Page>
  );
}
