import { useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { FeltLike, NeedsAtCenter, Reflection, Session } from '../../../core/notice/session';
import { sessionRecord } from '../../../core/record-keys';
import type { UnlockedVault, VaultRecord } from '../../../core/vault/record-type';
import { setFlash } from '../../components/flash/flash';
import { useCatalog } from '../../i18n';
import { notice } from '../../i18n/notice';
import { ChoiceGroup, ErrorSummary, Radios } from './fields';
import { LoggedSessionPage } from './LoggedSessionPage';
import './notice.css';
import { useSealedDraft } from '../../vault/SealedDraft';

/** /notice/reflect?id=…: two questions after a session with any sign, saved with the session. */
export function ReflectionPage() {
  const m = useCatalog(notice);
  return (
    <LoggedSessionPage title={m.reflection.title}>
      {(record, vault) => <ReflectionForm key={record.id} vault={vault} record={record} />}
    </LoggedSessionPage>
  );
}

type Missing = { feltLike?: boolean; needsAtCenter?: boolean };

function ReflectionForm({ vault, record }: { vault: UnlockedVault; record: VaultRecord<Session> }) {
  const m = useCatalog(notice);
  const r = m.reflection;
  const { route } = useLocation();
  const [feltLike, setFeltLike] = useState<FeltLike | ''>(record.data.reflection?.feltLike ?? '');
  const [needs, setNeeds] = useState<NeedsAtCenter | ''>(
    record.data.reflection?.needsAtCenter ?? '',
  );
  const [note, setNote] = useState(record.data.reflection?.note ?? '');
  const [missing, setMissing] = useState<Missing>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const saved = record.data.reflection;
  const sealed = useSealedDraft(
    `notice/reflect?id=${record.id}`,
    { feltLike, needs, note },
    (kept) => {
      setFeltLike(kept.feltLike);
      setNeeds(kept.needs);
      setNote(kept.note);
    },
    feltLike !== (saved?.feltLike ?? '') ||
      needs !== (saved?.needsAtCenter ?? '') ||
      note !== (saved?.note ?? ''),
  );

  const save = async (event: Event) => {
    event.preventDefault();
    if (!feltLike || !needs) {
      setMissing({ feltLike: !feltLike, needsAtCenter: !needs });
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    setMissing({});
    setBusy(true);
    try {
      const reflection: Reflection = { feltLike, needsAtCenter: needs, note: note.trim() };
      await vault.put(sessionRecord, { ...record.data, reflection }, record.id);
      sealed.saved();
      setFlash(m.saved);
      route('/notice', true);
    } catch {
      setProblem(m.form.saveFailed);
      setBusy(false);
    }
  };

  const skip = () => {
    sealed.saved();
    setFlash(m.saved);
    route('/notice', true);
  };

  const items = [
    missing.feltLike && { href: '#felt-like-therapy', text: r.feltLikeRequired },
    missing.needsAtCenter && { href: '#needs-mine', text: r.needsRequired },
  ].filter((item): item is { href: string; text: string } => Boolean(item));

  return (
    <form autoComplete="off" onSubmit={save} noValidate>
      {sealed.notice}
      {items.length > 0 && (
        <ErrorSummary
          heading={m.form.errorSummary}
          intro={r.required}
          items={items}
          summaryRef={summary}
        />
      )}
      <p>{r.intro(record.data.signs.length)}</p>
      <ChoiceGroup
        name="felt-like"
        legend={r.feltLike}
        error={missing.feltLike ? r.feltLikeRequired : undefined}
      >
        <Radios
          name="felt-like"
          options={r.feltLikeOptions}
          value={feltLike}
          onChange={(v) => setFeltLike(v)}
        />
      </ChoiceGroup>
      <ChoiceGroup
        name="needs"
        legend={r.needsAtCenter}
        error={missing.needsAtCenter ? r.needsRequired : undefined}
      >
        <Radios name="needs" options={r.needsOptions} value={needs} onChange={(v) => setNeeds(v)} />
      </ChoiceGroup>
      <div class="field">
        <label for="reflection-note">{r.note}</label>
        <textarea
          autoComplete="off"
          id="reflection-note"
          dir="auto"
          rows={3}
          value={note}
          onInput={(event) => setNote(event.currentTarget.value)}
        />
      </div>
      <p class="notice">{r.why}</p>
      {problem && (
        <p class="notice session-problem" role="alert">
          {problem}
        </p>
      )}
      <div class="button-row">
        <button type="submit" class="button" disabled={busy}>
          {r.save}
        </button>
        <button type="button" class="button button--secondary" onClick={skip}>
          {r.skip}
        </button>
      </div>
    </form>
  );
}
