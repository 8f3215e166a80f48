import { Page } from '../../components/page/Page';
import { useMessages } from '../../i18n';

type Part = 'learn' | 'reflect' | 'notice' | 'decide' | 'prepare' | 'happened';

/** An honest page for a part that does not exist yet: no placeholder dressed up as real. */
export function NotBuiltPage({ part }: { part: Part }) {
  const all = useMessages();
  const m = all.notBuilt;
  return (
    <Page title={m.title(all.shell.nav[part])}>
      <p>{m.body}</p>
      <p>{m.meanwhile}</p>
      <ul>
        <li>
          <a href="/safety">{all.shell.nav.safety}</a>
        </li>
        <li>
          <a href="/">{all.shell.nav.home}</a>
        </li>
      </ul>
    </Page>
  );
}
