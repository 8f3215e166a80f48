import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../../core/i18n/lang';
import { documentWordingLoaded, loadDocumentWording } from '../../../core/report/wording';
import { loadWithRetry } from '../../components/chunk-retry/load-with-retry';

/**
 * Whether the documents' words in `lang` can be read yet. They are fetched
 * the first time a part of a page that writes a document (or quotes from
 * one) is shown, so a locked first view downloads none of them; 'failed'
 * means a second download failed too.
 */
export function useDocumentWording(lang: Lang): 'ready' | 'loading' | 'failed' {
  const [failed, setFailed] = useState<Lang | null>(null);
  const [, setLoaded] = useState(0);
  const ready = documentWordingLoaded(lang);
  useEffect(() => {
    if (ready) return;
    let live = true;
    const load = loadWithRetry(() => loadDocumentWording(lang).then(() => true), false);
    load().then((ok) => {
      if (!live) return;
      if (ok) setLoaded((n) => n + 1);
      else setFailed(lang);
    });
    return () => {
      live = false;
    };
  }, [lang, ready]);
  if (ready) return 'ready';
  return failed === lang ? 'failed' : 'loading';
}
