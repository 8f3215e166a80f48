import { useCatalog } from '../../i18n';
import { notice } from '../../i18n/notice';

/** What an empty session log says: nothing yet, and that logging takes a minute. */
export function EmptyLog() {
  const m = useCatalog(notice);
  return (
    <section aria-labelledby="notice-empty-heading">
      <h2 id="notice-empty-heading">{m.emptyHeading}</h2>
      <p>{m.empty}</p>
    </section>
  );
}
