import { useCatalog } from '../../i18n';
import { decide } from '../../i18n/decide';

/** Crisis help inside the page, where an outcome might hit hard, not only in the footer. */
export function CrisisHelp() {
  const m = useCatalog(decide).result;
  return (
    <section class="decide-crisis" aria-labelledby="crisis-help-heading">
      <h2 id="crisis-help-heading">{m.crisisHeading}</h2>
      <p>
        <a href="tel:988">{m.crisis988}</a>
      </p>
      <p>
        <a href="tel:911">{m.crisis911}</a>
      </p>
    </section>
  );
}
