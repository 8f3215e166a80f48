import { useEffect, useState } from 'preact/hooks';
import { checkReport, type ReportCheck, sameCode } from '../../../../core/report/check-report';
import { Page } from '../../../components/page/Page';
import { useCatalog } from '../../../i18n';
import { happened } from '../../../i18n/happened';
import { forgetOnLock } from '../../../vault/forget';
import { reportPath } from '../paths';
import '../happened.css';

/**
 * /happened/report/verify: works out the codes of a pasted plain-text report
 * again and says which match. It needs no vault: what is pasted stays in this
 * page's memory, is never saved, and is cleared when the vault locks or the
 * person exits.
 */
export function VerifyPage() {
  const all = useCatalog(happened);
  const m = all.verify;
  const [text, setText] = useState('');
  const [kept, setKept] = useState('');
  const [result, setResult] = useState<ReportCheck | 'checking' | null>(null);

  useEffect(
    () =>
      forgetOnLock(() => {
        setText('');
        setKept('');
        setResult(null);
      }),
    [],
  );

  const check = async (event: Event) => {
    event.preventDefault();
    setResult('checking');
    setResult(await checkReport(text));
  };

  return (
    <>
      <a class="back-link" href={reportPath()}>
        {all.report.title}
      </a>
      <Page title={m.title}>
        <p class="lead">{m.lead}</p>
        <form autoComplete="off" onSubmit={check}>
          <div class="field">
            <label for="verify-report">{m.label}</label>
            <p id="verify-report-hint" class="hint">
              {m.hint}
            </p>
            <textarea
              autoComplete="off"
              id="verify-report"
              class="plain-text"
              dir="auto"
              rows={12}
              spellcheck={false}
              aria-describedby="verify-report-hint"
              value={text}
              onInput={(event) => setText(event.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for="verify-kept">{m.keptLabel}</label>
            <p id="verify-kept-hint" class="hint">
              {m.keptHint}
            </p>
            <input
              autoComplete="off"
              id="verify-kept"
              type="text"
              spellcheck={false}
              aria-describedby="verify-kept-hint"
              value={kept}
              onInput={(event) => setKept(event.currentTarget.value)}
            />
          </div>
          <button type="submit" class="button" disabled={result === 'checking'}>
            {m.check}
          </button>
        </form>
        <div role="status">
          {result === 'checking' && <p>{m.checking}</p>}
          {result !== null && result !== 'checking' && <Findings check={result} kept={kept} />}
        </div>
        <p class="hint">{m.limits}</p>
      </Page>
    </>
  );
}

function Findings({ check, kept }: { check: ReportCheck; kept: string }) {
  const m = useCatalog(happened).verify;
  if (check.kind === 'no-codes') return <p>{m.noCodes}</p>;
  const { final } = check;
  return (
    <section aria-labelledby="findings-heading">
      <h2 id="findings-heading">{m.resultsHeading}</h2>
      <ul class="findings">
        {check.items.map((item) => (
          <li key={item.n}>
            <strong>{m.item(item.n)}:</strong>{' '}
            {item.status === 'same'
              ? m.same(item.listed.from, item.listed.to)
              : item.status === 'moved'
                ? m.moved(item.foundAt.from, item.foundAt.to, item.listed.from, item.listed.to)
                : m.changed(item.listed.from, item.listed.to)}
          </li>
        ))}
      </ul>
      <p>{final === null ? m.noFinal : final.same ? m.finalSame : m.finalChanged}</p>
      {final !== null && kept.trim() !== '' && (
        <p>
          <strong>{sameCode(kept, final.workedOut) ? m.keptSame : m.keptDifferent}</strong>
        </p>
      )}
    </section>
  );
}
