import { useEffect, useRef, useState } from 'preact/hooks';
import { type ComplaintProfession, complaintProfessions } from '../../../core/boards/practitioners';
import { isStateCode, type StateCode, stateName, states } from '../../../core/boards/states';
import { stateFacts } from '../../../core/happened/state-facts';
import { lazyPage } from '../../components/chunk-retry/lazy-page';
import { Page } from '../../components/page/Page';
import { useCatalog } from '../../i18n';
import { happened } from '../../i18n/happened';
import { chooseBoard, useBoardChoice } from './complaint/choices';
import { Source } from './Source';
import { SupportNow } from './SupportNow';
import './happened.css';

// The board directory loads once a state and a profession are chosen.
const BoardDetails = lazyPage(() => import('./complaint/BoardDetails').then((m) => m.BoardDetails));

/** /happened: first steps, support, options with their trade-offs, and what applies in a state. */
export function HappenedPage() {
  const m = useCatalog(happened);
  return (
    <Page title={m.title}>
      <p class="lead">{m.lead}</p>

      <h2>{m.firstSteps.heading}</h2>
      <ol class="steps">
        {m.firstSteps.items.map((item) => (
          <li key={item.heading}>
            <h3>{item.heading}</h3>
            <p>{item.text}</p>
            {item.source && <Source {...item.source} />}
          </li>
        ))}
      </ol>

      <SupportNow />

      <h2>{m.options.heading}</h2>
      <p>{m.options.lead}</p>
      {m.options.list.map((option) => (
        <section class="option" key={option.id} aria-labelledby={`option-${option.id}`}>
          <h3 id={`option-${option.id}`}>{option.heading}</h3>
          <div class="columns">
            <div>
              <p class="option__label">{m.options.goodLabel}</p>
              <ul>
                {option.good.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            </div>
            <div>
              <p class="option__label">{m.options.hardLabel}</p>
              <ul>
                {option.hard.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            </div>
          </div>
          {option.source && <Source {...option.source} />}
        </section>
      ))}

      <StateSection />

      <h2>{m.why.heading}</h2>
      <p>{m.why.text}</p>
      <Source {...m.why.source} />

      <h2>{m.next.heading}</h2>
      <p>{m.next.nothingSent}</p>
      <ul class="cards">
        <li class="card">
          <a href="/happened/complaint">{m.next.complaint}</a>
          <p>{m.next.complaintText}</p>
        </li>
        <li class="card">
          <a href="/happened/report">{m.next.report}</a>
          <p>{m.next.reportText}</p>
        </li>
        <li class="card">
          <a href="/learn/if-it-already-happened">{m.next.guide}</a>
          <p>{m.next.guideText}</p>
        </li>
      </ul>
      <p class="hint">{m.notAdvice}</p>
    </Page>
  );
}

/**
 * The state is kept in memory only, never in the address: an address like
 * /happened?state=TX would tell anyone who reads the browser's history what
 * the person looked up. The select has no name, so even a form sent before
 * the script loads puts nothing in the address.
 */
function StateSection() {
  const m = useCatalog(happened).state;
  const { state } = useBoardChoice();
  const chosen = state === '' ? null : state;
  const select = useRef<HTMLSelectElement>(null);
  // The page is prerendered without a state; hydration does not update a select's value, so set it here.
  useEffect(() => {
    if (select.current) select.current.value = state;
  }, [state]);
  const facts = chosen ? stateFacts(chosen) : null;
  const name = chosen ? stateName(chosen) : '';

  const show = (event: Event) => {
    event.preventDefault();
    const value = select.current?.value ?? '';
    chooseBoard({ state: isStateCode(value) ? value : '' });
  };

  return (
    <section aria-labelledby="state-heading">
      <h2 id="state-heading">{m.heading}</h2>
      <form autoComplete="off" class="state-form" onSubmit={show}>
        <div class="field">
          <label for="state">{m.label}</label>
          <p id="state-hint" class="hint">
            {m.hint}
          </p>
          <select autoComplete="off" id="state" aria-describedby="state-hint" ref={select}>
            <option value="">{m.choose}</option>
            {states.map((s) => (
              <option key={s.code} value={s.code}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="button button--secondary">
          {m.show}
        </button>
      </form>
      <div id="state-facts" aria-live="polite">
        {facts && (
          <>
            <h3>{m.criminalHeading}</h3>
            {facts.criminal ? (
              <>
                <p>{m.criminalYes(name, facts.criminal.citation)}</p>
                {facts.criminal.coversUnlicensed && <p>{m.unlicensedToo}</p>}
                <Source url={facts.criminal.source} label={facts.criminal.citation} />
              </>
            ) : (
              <p>{m.criminalUnknown(name)}</p>
            )}
            <h3>{m.dutiesHeading}</h3>
            {facts.laterTherapist ? (
              <>
                <p>{m.dutiesYes(name, facts.laterTherapist.citation)}</p>
                <ul>
                  {facts.laterTherapist.duties.map((duty) => (
                    <li key={duty}>{m.duties[duty]}</li>
                  ))}
                </ul>
                <Source url={facts.laterTherapist.source} label={facts.laterTherapist.citation} />
              </>
            ) : (
              <p>{m.dutiesNone(name)}</p>
            )}
          </>
        )}
      </div>
      {chosen && <BoardFinder key={chosen} state={chosen} />}
    </section>
  );
}

/** "Find my board" in one step: the profession, then the board with how sure each address is. */
function BoardFinder({ state }: { state: StateCode }) {
  const all = useCatalog(happened);
  const m = all.board;
  const { profession } = useBoardChoice();
  const [picked, setPicked] = useState<ComplaintProfession | ''>(profession);
  const show = (event: Event) => {
    event.preventDefault();
    chooseBoard({ profession: picked });
  };
  return (
    <section aria-labelledby="board-heading" class="board-finder">
      <h3 id="board-heading">{m.heading}</h3>
      <p>{m.lead}</p>
      <form autoComplete="off" onSubmit={show}>
        <fieldset aria-describedby="board-profession-hint">
          <legend>{m.professionLabel}</legend>
          <p id="board-profession-hint" class="hint">
            {m.professionHint}
          </p>
          {complaintProfessions.map((p) => (
            <div class="choice" key={p}>
              <input
                autoComplete="off"
                type="radio"
                id={`board-profession-${p}`}
                name="board-profession"
                value={p}
                checked={picked === p}
                onChange={() => setPicked(p)}
              />
              <label for={`board-profession-${p}`}>{all.complaint.professionStep.options[p]}</label>
            </div>
          ))}
        </fieldset>
        <button type="submit" class="button button--secondary">
          {m.show}
        </button>
      </form>
      <div aria-live="polite">
        {profession !== '' && <BoardDetails state={state} profession={profession} />}
      </div>
      <p class="hint">{m.nothingSaved}</p>
    </section>
  );
}
