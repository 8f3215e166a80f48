import { Page } from '../../components/page/Page';
import { useMessages } from '../../i18n';

export function NotFoundPage() {
  const m = useMessages().shell.notFound;
  return (
    <Page title={m.title}>
      <p>{m.body}</p>
      <p>
        <a class="button" href="/">
          {m.home}
        </a>
      </p>
    </Page>
  );
}
