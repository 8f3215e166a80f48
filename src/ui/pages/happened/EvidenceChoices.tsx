import type { LoggedSession } from '../../../core/notice/session';
import type { JournalEntry } from '../../../core/reflect/entry';
import type { EvidenceSelection } from '../../../core/report/evidence';
import { entryWords } from '../../../core/report/narrative';
import type { VaultRecord } from '../../../core/vault/record-type';
import { ChunkFailed } from '../../components/chunk-retry/ChunkFailed';
import { useCatalog, useLang } from '../../i18n';
import { useFormat } from '../../i18n/format';
import { happened } from '../../i18n/happened';
import { useDocumentWording } from './use-document-wording';

interface EvidenceChoicesProps {
  entries: readonly VaultRecord<JournalEntry>[];
  /** Oldest first. */
  sessions: readonly LoggedSession[];
  selection: EvidenceSelection;
  onChange: (selection: EvidenceSelection) => void;
  /** Also offer to leave out earlier versions and session notes (the report does; the draft does not need it). */
  showParts: boolean;
}

const PREVIEW = 90;

/** Checkboxes for what goes into the evidence: entries marked as evidence, sessions, and parts to leave out. */
export function EvidenceChoices({
  entries,
  sessions,
  selection,
  onChange,
  showParts,
}: EvidenceChoicesProps) {
  const all = useCatalog(happened);
  const m = all.complaint.evidenceStep;
  const r = all.report;
  const lang = useLang();
  const format = useFormat();
  const wording = useDocumentWording(lang);
  if (wording !== 'ready') return wording === 'failed' ? <ChunkFailed /> : null;
  const marked = entries
    .filter((e) => e.data.evidence)
    .sort((a, b) => (a.data.createdAt < b.data.createdAt ? -1 : 1));
  const leftOut = new Set(selection.leftOutEntryIds);
  const chosen = new Set(selection.sessionIds);

  const toggle = (list: readonly string[], id: string, on: boolean) =>
    on ? [...list.filter((x) => x !== id), id] : list.filter((x) => x !== id);

  return (
    <>
      <fieldset>
        <legend>{m.entriesHeading}</legend>
        {marked.length === 0 ? (
          <p>
            {m.entriesNone} <a href="/reflect">{m.reflectLink}</a>
          </p>
        ) : (
          marked.map(({ id, data }) => {
            const words = entryWords(data, lang);
            const preview = words.length > PREVIEW ? `${words.slice(0, PREVIEW)}…` : words;
            return (
              <div class="choice" key={id}>
                <input
                  autoComplete="off"
                  type="checkbox"
                  id={`entry-${id}`}
                  checked={!leftOut.has(id)}
                  onChange={(event) =>
                    onChange({
                      ...selection,
                      leftOutEntryIds: toggle(
                        selection.leftOutEntryIds,
                        id,
                        !event.currentTarget.checked,
                      ),
                    })
                  }
                />
                <label for={`entry-${id}`} class="session-choice">
                  {format.dateTime(data.createdAt)}
                  <small dir="auto">{preview}</small>
                </label>
              </div>
            );
          })
        )}
      </fieldset>

      <fieldset aria-describedby="sessions-hint">
        <legend>{m.sessionsLegend}</legend>
        <p id="sessions-hint" class="hint">
          {m.sessionsHint}
        </p>
        {sessions.length === 0 ? (
          <p>{m.sessionsNone}</p>
        ) : (
          <>
            <button
              type="button"
              class="button button--secondary"
              onClick={() =>
                onChange({
                  ...selection,
                  sessionIds: [
                    ...new Set([
                      ...selection.sessionIds,
                      ...sessions.filter((s) => s.data.signs.length > 0).map((s) => s.id),
                    ]),
                  ],
                })
              }
            >
              {m.tickWithSigns}
            </button>
            {sessions.map(({ id, data }) => (
              <div class="choice" key={id}>
                <input
                  autoComplete="off"
                  type="checkbox"
                  id={`session-${id}`}
                  checked={chosen.has(id)}
                  onChange={(event) =>
                    onChange({
                      ...selection,
                      sessionIds: toggle(selection.sessionIds, id, event.currentTarget.checked),
                    })
                  }
                />
                <label for={`session-${id}`} class="session-choice">
                  {`${format.day(data.date)}, ${format.time(data.start)}`}
                  <small>{data.signs.length ? m.signsCount(data.signs.length) : m.noSigns}</small>
                </label>
              </div>
            ))}
          </>
        )}
      </fieldset>

      {showParts && (
        <fieldset>
          <legend>{r.partsLegend}</legend>
          <div class="choice">
            <input
              autoComplete="off"
              type="checkbox"
              id="leave-out-revisions"
              checked={selection.leaveOut.revisions}
              onChange={(event) =>
                onChange({
                  ...selection,
                  leaveOut: { ...selection.leaveOut, revisions: event.currentTarget.checked },
                })
              }
            />
            <label for="leave-out-revisions">{r.leaveOutRevisions}</label>
          </div>
          <div class="choice">
            <input
              autoComplete="off"
              type="checkbox"
              id="leave-out-notes"
              checked={selection.leaveOut.sessionNotes}
              onChange={(event) =>
                onChange({
                  ...selection,
                  leaveOut: { ...selection.leaveOut, sessionNotes: event.currentTarget.checked },
                })
              }
            />
            <label for="leave-out-notes">{r.leaveOutNotes}</label>
          </div>
        </fieldset>
      )}
    </>
  );
}
