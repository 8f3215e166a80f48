import { useCatalog } from '../../i18n';
import { happened } from '../../i18n/happened';

/** 988, RAINN and TELL, with links that dial, text or open directly on a phone. */
export function SupportNow() {
  const m = useCatalog(happened).support;
  return (
    <section class="notice support" aria-labelledby="support-heading">
      <h2 id="support-heading">{m.heading}</h2>
      <ul class="support__list">
        <li>
          <span class="button-row">
            <a class="button" href="tel:988">
              {m.call988}
            </a>
            <a class="button button--secondary" href="sms:988">
              {m.text988}
            </a>
          </span>
          <span>{m.about988}</span>
        </li>
        <li>
          <span class="button-row">
            <a class="button button--secondary" href="tel:+18006564673">
              {m.rainn}
            </a>
          </span>
          <span>{m.aboutRainn}</span>
        </li>
        <li>
          <span class="button-row">
            <a
              class="button button--secondary"
              href="https://therapyabuse.org"
              rel="noreferrer"
              target="_blank"
            >
              {m.tell}
            </a>
          </span>
          <span>{m.aboutTell}</span>
        </li>
      </ul>
      <p>{m.emergency}</p>
    </section>
  );
}
