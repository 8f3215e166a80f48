import { useLocation } from 'preact-iso';
import { lazyPage } from '../../components/chunk-retry/lazy-page';
import { useCatalog } from '../../i18n';
import { notice } from '../../i18n/notice';
import { LoggedSessionPage } from './LoggedSessionPage';
import './notice.css';

// Both wait for the unlock: a locked first view loads only the passphrase form.
const SessionSummary = lazyPage(() => import('./SessionSummary').then((m) => m.SessionSummary));
const LoggedSessionForm = lazyPage(() => import('./SessionForm').then((m) => m.LoggedSessionForm));

/**
 * /notice/session?id=…: what was recorded, with an Edit button; with &edit=1, the form to
 * change or delete it. One route for both, so a reload of either lands where it was.
 */
export function EditSessionPage() {
  const m = useCatalog(notice);
  const { query } = useLocation();
  if (query.edit === undefined) {
    return (
      <LoggedSessionPage title={m.session.title}>
        {(record) => <SessionSummary record={record} />}
      </LoggedSessionPage>
    );
  }
  return (
    <LoggedSessionPage title={m.form.editTitle}>
      {(record) => <LoggedSessionForm record={record} />}
    </LoggedSessionPage>
  );
}
