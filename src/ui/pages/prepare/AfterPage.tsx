import { useEffect, useRef, useState } from 'preact/hooks';
import {
  checkResponse,
  outcomeOfResponse,
  type ResponseCheck,
  type ResponseSign,
  responseSigns,
} from '../../../core/decide/response-check';
import { localDateOf, parseLocalDate } from '../../../core/notice/session';
import { responseCheckType } from '../../../core/record-keys';
import { Page } from '../../components/page/Page';
import { useCatalog } from '../../i18n';
import { decide } from '../../i18n/decide';
import { useFormat } from '../../i18n/format';
import { prepare } from '../../i18n/prepare';
import { useVault } from '../../vault/VaultProvider';
import { BackLink } from '../decide/BackLink';
import { CrisisHelp } from '../decide/CrisisHelp';
import { NextSteps } from '../decide/NextSteps';
import { SaveStatus, useSave } from '../decide/use-save';
import '../decide/decide.css';

/**
 * The signs in the order the check lists them: mixed, so the list does not
 * tell the person which answers are "good" before they have thought.
 */
const listed: readonly ResponseSign[] = [
  'stayed-calm',
  'panicked',
  'showed-interest',
  'not-shocked',
  'shut-it-down',
  'feels-the-same',
  'curious',
  'referred-away',
  'said-special',
  'clear-kind-boundary',
  'shocked-or-upset',
  'suggested-meeting',
  'focus-on-me',
  'shamed-me',
  'touched-me',
  'hinted-after-therapy',
];

type Problem = 'date' | 'future' | 'signs';

/** /prepare/after — how the therapist responded, what it means, saved with the day if wanted. */
export function AfterPage() {
  const all = useCatalog(prepare);
  const m = all.after;
  const [date, setDate] = useState('');
  const [chosen, setChosen] = useState<ResponseSign[]>([]);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [result, setResult] = useState<ResponseCheck | null>(null);
  const summary = useRef<HTMLDivElement>(null);

  // Today on the person's clock, set after load so the prerendered page does not carry the build day.
  useEffect(() => setDate(localDateOf(new Date())), []);
  useEffect(() => {
    if (problems.length > 0) summary.current?.focus();
  }, [problems]);

  const submit = (event: Event) => {
    event.preventDefault();
    const day = parseLocalDate(date);
    const found: Problem[] = [];
    if (!day) found.push('date');
    else if (day > localDateOf(new Date())) found.push('future');
    const check = checkResponse(chosen);
    if (!check) found.push('signs');
    setProblems(found);
    if (found.length === 0) setResult(check);
  };

  if (result) {
    return (
      <AfterResult
        check={result}
        signs={chosen}
        date={date}
        onBack={() => setResult(null)}
        onAgain={() => {
          setChosen([]);
          setResult(null);
        }}
      />
    );
  }

  const message = (problem: Problem) =>
    problem === 'date' ? m.dateInvalid : problem === 'future' ? m.dateFuture : m.required;
  const dateProblem = problems.find((p) => p !== 'signs');
  const signsProblem = problems.includes('signs');

  return (
    <>
      <BackLink href="/prepare" label={m.back} />
      <Page title={m.title}>
        <p>{m.lead}</p>
        <form autoComplete="off" onSubmit={submit} noValidate>
          {problems.length > 0 && (
            <div class="error-summary" role="alert" tabIndex={-1} ref={summary}>
              <h2>{all.errorSummary}</h2>
              <ul>
                {problems.map((problem) => (
                  <li key={problem}>
                    <a href={problem === 'signs' ? '#response-0' : '#conversation-date'}>
                      {message(problem)}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div class={`field${dateProblem ? ' field--error' : ''}`}>
            <label for="conversation-date">{m.dateLabel}</label>
            <p id="conversation-date-hint" class="hint">
              {m.dateHint}
            </p>
            {dateProblem && (
              <p id="conversation-date-error" class="error-message">
                {message(dateProblem)}
              </p>
            )}
            <input
              autoComplete="off"
              id="conversation-date"
              type="date"
              value={date}
              aria-describedby={`conversation-date-hint${dateProblem ? ' conversation-date-error' : ''}`}
              onInput={(event) => setDate(event.currentTarget.value)}
            />
          </div>
          <div class={`field${signsProblem ? ' field--error' : ''}`}>
            <fieldset aria-describedby={`response-hint${signsProblem ? ' response-error' : ''}`}>
              <legend>{m.legend}</legend>
              <p id="response-hint" class="hint">
                {m.hint}
              </p>
              {signsProblem && (
                <p id="response-error" class="error-message">
                  {m.required}
                </p>
              )}
              {listed.map((sign, index) => (
                <div class="choice" key={sign}>
                  <input
                    autoComplete="off"
                    type="checkbox"
                    id={`response-${index}`}
                    name="response"
                    value={sign}
                    checked={chosen.includes(sign)}
                    onChange={(event) => {
                      const on = event.currentTarget.checked;
                      setChosen((current) =>
                        on ? [...current, sign] : current.filter((s) => s !== sign),
                      );
                    }}
                  />
                  <label for={`response-${index}`}>{m.signs[sign]}</label>
                </div>
              ))}
            </fieldset>
          </div>
          <button type="submit" class="button">
            {m.continue}
          </button>
        </form>
        <SavedChecks />
      </Page>
    </>
  );
}

interface AfterResultProps {
  check: ResponseCheck;
  signs: readonly ResponseSign[];
  date: string;
  onBack: () => void;
  onAgain: () => void;
}

function AfterResult({ check, signs, date, onBack, onAgain }: AfterResultProps) {
  const format = useFormat();
  const all = useCatalog(prepare);
  const m = all.after;
  const next = useCatalog(decide).result.next;
  const text = m.results[check.result];
  const [saved, save] = useSave();
  const alsoGood =
    check.result !== 'good' &&
    signs.some((s) => (responseSigns.good as readonly string[]).includes(s));

  const saveCheck = () =>
    save(async (vault) => {
      await vault.put(responseCheckType, {
        ...check,
        signs: [...signs],
        conversationDate: date,
        checkedAt: new Date().toISOString(),
      });
      return m.saved(format.day(date));
    });

  return (
    <>
      <a
        class="decide-back"
        href="/prepare/after"
        onClick={(event) => {
          event.preventDefault();
          onBack();
        }}
      >
        {m.back}
      </a>
      <Page title={text.title}>
        <p>{m.dated(format.day(date))}</p>
        <div
          class={`decide-outcome decide-outcome--${outcomeOfResponse[check.result] ?? check.result}`}
        >
          {text.meaning.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
        <h2>{m.why}</h2>
        <ul class="decide-reasons">
          {check.reasons.map((sign) => (
            <li key={sign}>{m.signs[sign]}</li>
          ))}
        </ul>
        {alsoGood && <p>{m.calmIsNotEnough}</p>}
        <NextSteps heading={next} steps={text.next} />
        <CrisisHelp />
        <div class="button-row">
          <button type="button" class="button" onClick={saveCheck}>
            {m.save}
          </button>
          <button type="button" class="button button--secondary" onClick={onAgain}>
            {m.again}
          </button>
        </div>
        <SaveStatus message={saved} />
      </Page>
    </>
  );
}

/** Checks saved before, newest conversation first, when the vault is open. */
function SavedChecks() {
  const format = useFormat();
  const m = useCatalog(prepare).after;
  const { status, vault } = useVault();
  const [unlocked, unlock] = useSave();
  if (status === 'locked') {
    return (
      <>
        <button
          type="button"
          class="button decide-link-button"
          onClick={() => unlock(async () => '')}
        >
          {m.unlockToSee}
        </button>
        {unlocked && !unlocked.ok && <SaveStatus message={unlocked} />}
      </>
    );
  }
  const checks = vault
    ? [...vault.list(responseCheckType)].sort((a, b) =>
        a.data.conversationDate < b.data.conversationDate ? 1 : -1,
      )
    : [];
  if (checks.length === 0) return null;
  return (
    <section aria-labelledby="saved-checks-heading">
      <h2 id="saved-checks-heading">{m.savedHeading}</h2>
      <ul>
        {checks.map((record) => {
          const day = format.day(record.data.conversationDate);
          return (
            <li key={record.id}>
              {m.savedItem(day, m.results[record.data.result].title)}{' '}
              <button
                type="button"
                class="button decide-link-button"
                onClick={() => vault?.remove(responseCheckType, record.id)}
              >
                {m.remove}
                <span class="visually-hidden"> {m.removeHidden(day)}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
