import { Page } from '../../components/page/Page';
import { useCatalog } from '../../i18n';
import { pages } from '../../i18n/pages';

export function SafetyPage() {
  const m = useCatalog(pages).safety;
  return (
    <Page title={m.title}>
      <p class="lead">{m.lead}</p>
      {m.sections.map((section) => (
        <section key={section.heading}>
          <h2>{section.heading}</h2>
          <ul>
            {section.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
      ))}
      <p>
        <a class="button" href="/">
          {m.done}
        </a>
      </p>
    </Page>
  );
}
