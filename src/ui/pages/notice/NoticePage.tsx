import { useEffect, useState } from 'preact/hooks';
import type { UnlockedVault } from '../../../core/vault/record-type';
import { ChunkFailed } from '../../components/chunk-retry/ChunkFailed';
import { loadWithRetry } from '../../components/chunk-retry/load-with-retry';
import { takeFlash } from '../../components/flash/flash';
import { Page } from '../../components/page/Page';
import { useCatalog } from '../../i18n';
import { withPageCatalogs } from '../../i18n/catalog';
import { notice } from '../../i18n/notice';
import { Unlocked } from '../../vault/Unlocked';
import { EmptyLog } from './EmptyLog';
import './notice.css';

type LogPart = typeof import('./NoticeLog');

// Kept once loaded, so a lock and unlock does not fetch or flicker it again.
let logPart: LogPart | null = null;
const loadLogPart = loadWithRetry<LogPart | 'failed'>(
  () => withPageCatalogs(import('./NoticeLog')),
  'failed',
);

/** /notice: what stands out, the timeline, and every session, newest first. */
export function NoticePage() {
  const m = useCatalog(notice);
  const [flash, setFlashText] = useState<string | null>(null);
  useEffect(() => setFlashText(takeFlash()), []);

  return (
    <Page title={m.title}>
      <p class="lead">{m.lead}</p>
      <p>{m.question}</p>
      <p role="status" class="success">
        {flash}
      </p>
      <div class="button-row">
        <a class="button" href="/notice/new">
          {m.logSession}
        </a>
      </div>
      <Unlocked whenEmpty={<EmptyLog />}>{(vault) => <LazyLog vault={vault} />}</Unlocked>
    </Page>
  );
}

/** The log itself, fetched the first time the vault is open on this page. */
function LazyLog({ vault }: { vault: UnlockedVault }) {
  const [part, setPart] = useState<LogPart | 'failed' | null>(logPart);
  useEffect(() => {
    if (part) return;
    let live = true;
    loadLogPart().then((loaded) => {
      if (loaded !== 'failed') logPart = loaded;
      if (live) setPart(loaded);
    });
    return () => {
      live = false;
    };
  }, [part]);
  if (part === 'failed') return <ChunkFailed />;
  return part ? <part.Log vault={vault} /> : null;
}
