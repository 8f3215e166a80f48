import { useCatalog } from '../../i18n';
import { chunk } from '../../i18n/chunk';

/** In place of a part of the app that could not be downloaded. */
export function ChunkFailed() {
  const m = useCatalog(chunk);
  return (
    <div role="alert">
      <h1>{m.heading}</h1>
      <p>{m.body}</p>
      <p>
        <button type="button" class="button" onClick={() => location.reload()}>
          {m.reload}
        </button>
      </p>
    </div>
  );
}
