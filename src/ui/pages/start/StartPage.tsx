import { PartCards } from '../../components/card/PartCards';
import type { Part } from '../../components/icon/part-icons';
import { Page } from '../../components/page/Page';
import { useCatalog } from '../../i18n';
import { pages } from '../../i18n/pages';
import './start.css';

const parts: readonly Part[] = ['learn', 'reflect', 'notice', 'decide', 'prepare', 'happened'];

/** The front door: the six parts first, as cards to tap, then what Terrarium is and is not. */
export function StartPage() {
  const m = useCatalog(pages).start;
  return (
    <Page title={m.title}>
      <p class="lead">{m.lead}</p>
      <section aria-labelledby="parts-heading">
        <h2 id="parts-heading">{m.partsHeading}</h2>
        <PartCards parts={parts} say={(part) => m.parts[part]} />
      </section>
      <div class="columns start-about">
        <section aria-labelledby="is-heading">
          <h2 id="is-heading">{m.isHeading}</h2>
          <ul>
            {m.is.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="is-not-heading">
          <h2 id="is-not-heading">{m.isNotHeading}</h2>
          <ul>
            {m.isNot.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      </div>
    </Page>
  );
}
