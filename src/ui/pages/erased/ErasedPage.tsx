import { Page } from '../../components/page/Page';
import { useCatalog } from '../../i18n';
import { pages } from '../../i18n/pages';

/**
 * /erased: where "Erase everything" ends. The host sends this page with
 * `Clear-Site-Data: "storage", "cache"` (build/headers.ts), so the browser
 * itself clears what the app cannot reach. It says nothing about what the
 * site is for, since anyone may see it in the history.
 */
export function ErasedPage() {
  const m = useCatalog(pages).erased;
  return (
    <Page title={m.title}>
      <p>{m.body}</p>
      <p>{m.next}</p>
      <p>
        <a class="button" href="/">
          {m.home}
        </a>
      </p>
    </Page>
  );
}
