import { useCatalog } from '../../i18n';
import { decide } from '../../i18n/decide';

/**
 * Crisis help inside the page, where an outcome might hit hard, not only in the footer.
 * `specialised` adds RAINN and TELL, for a person who senses danger or cannot rule out
 * that a line was crossed.
 */
export function CrisisHelp({ specialised = false }: { specialised?: boolean }) {
  const m = useCatalog(decide).result;
  return (
    <section class="decide-crisis" aria-labelledby="crisis-help-heading">
      <h2 id="crisis-help-heading">{m.crisisHeading}</h2>
      <p>
        <a href="tel:988">{m.crisis988}</a>
      </p>
      {specialised && (
        <>
          <p>
            <a href="tel:+18006564673">{m.rainn}</a>
          </p>
          <p>
            <a href="https://therapyabuse.org" rel="noreferrer" target="_blank">
              {m.tell}
            </a>
          </p>
        </>
      )}
      <p>
        <a href="tel:911">{m.crisis911}</a>
      </p>
    </section>
  );
}
