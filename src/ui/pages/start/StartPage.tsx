import { Page } from '../../components/page/Page';
import { useCatalog, useMessages } from '../../i18n';
import { pages } from '../../i18n/pages';

const parts = ['learn', 'reflect', 'notice', 'decide', 'prepare', 'happened'] as const;

export function StartPage() {
  const all = useMessages();
  const m = useCatalog(pages).start;
  return (
    <Page title={m.title}>
      <p class="lead">{m.lead}</p>
      <div class="columns">
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
      <h2>{m.partsHeading}</h2>
      <ul class="cards">
        {parts.map((part) => (
          <li key={part} class="card">
            <a href={`/${part}`}>{all.shell.nav[part]}</a>
            <p>{m.parts[part]}</p>
          </li>
        ))}
      </ul>
    </Page>
  );
}
