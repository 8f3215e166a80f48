import { signsInLog } from '../../../core/decide/session-facts';
import type { LoggedSession } from '../../../core/notice/session';
import { useCatalog } from '../../i18n';
import { decide } from '../../i18n/decide';
import { notice } from '../../i18n/notice';

/**
 * What the logged sessions show, on the check page. Loaded only once there are
 * sessions to read: the warning signs' names and the drift rules stay out of
 * the page's first load, when the log is still locked or empty.
 */
export function LogSigns({ sessions }: { sessions: readonly LoggedSession[] }) {
  const m = useCatalog(decide);
  const signs = useCatalog(notice).signs;
  const found = signsInLog(sessions);
  if (found.length === 0) return <p>{m.check.logClear(sessions.length)}</p>;
  return (
    <>
      <p>{m.check.logSigns(sessions.length)}</p>
      <ul>
        {found.map(({ sign, sessionIds }) => (
          <li key={sign}>{m.check.logSign(signs[sign].name, sessionIds.length)}</li>
        ))}
      </ul>
    </>
  );
}
