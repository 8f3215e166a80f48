import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { isAnsweredSign, signsFromAnswers } from '../../../core/notice/answered-signs';
import { fees, localDateOf, places, type Session, touches } from '../../../core/notice/session';
import {
  type SessionDraft,
  type SessionErrors,
  type SessionField,
  sessionFields,
  validateSession,
} from '../../../core/notice/validate-session';
import { overridingIds, signIds } from '../../../core/notice/warning-signs';
import { sessionRecord } from '../../../core/record-keys';
import { isVaultError } from '../../../core/vault/errors';
import type { UnlockedVault, VaultRecord } from '../../../core/vault/record-type';
import { setFlash } from '../../components/flash/flash';
import { useCatalog } from '../../i18n';
import { notice } from '../../i18n/notice';
import { openVault } from '../../vault/open-vault';
import { useSealedDraft } from '../../vault/SealedDraft';
import { useVault } from '../../vault/VaultProvider';
import { Checkbox, ChoiceGroup, ErrorSummary, Radios, TextField } from './fields';
import { reflectionPath, sessionPath } from './paths';
import './notice.css';

/** A new session before the person has typed anything. */
export const emptyDraft: SessionDraft = {
  date: '',
  start: '',
  plannedMinutes: '50',
  actualMinutes: '50',
  place: 'office',
  fee: 'usual',
  contactsBetween: '',
  touch: 'none',
  signs: [],
  notes: '',
};

/** Where each field's error links to: the control itself, or a group's first option. */
const fieldTarget: Record<SessionField, string> = {
  date: 'session-date',
  start: 'session-start',
  plannedMinutes: 'session-planned',
  actualMinutes: 'session-actual',
  place: `place-${places[0]}`,
  fee: `fee-${fees[0]}`,
  contactsBetween: 'session-contacts',
  touch: `touch-${touches[0]}`,
  signs: `sign-${signIds[0]}`,
  notes: 'session-notes',
};

function draftOf(session: Session): SessionDraft {
  return {
    date: session.date,
    start: session.start,
    plannedMinutes: String(session.plannedMinutes),
    actualMinutes: String(session.actualMinutes),
    place: session.place,
    fee: session.fee,
    contactsBetween: session.contactsBetween ? String(session.contactsBetween) : '',
    touch: session.touch,
    signs: session.signs,
    notes: session.notes,
  };
}

/** A logged session's form, filled with what was recorded. */
export function LoggedSessionForm({ record }: { record: VaultRecord<Session> }) {
  return <SessionForm key={record.id} initial={draftOf(record.data)} existing={record} />;
}

/**
 * The signs the answers typed so far already show, for the line under "Did anything else
 * happen?". Numbers not yet typed count as nothing, so the line never claims too much.
 */
function countedSoFar(draft: SessionDraft): readonly (typeof signIds)[number][] {
  const count = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text) : 0);
  const planned = count(draft.plannedMinutes);
  return signsFromAnswers({
    ...emptySession,
    plannedMinutes: planned as Session['plannedMinutes'],
    actualMinutes: Math.max(planned, count(draft.actualMinutes)) as Session['actualMinutes'],
    place: (places as readonly string[]).includes(draft.place)
      ? (draft.place as Session['place'])
      : 'office',
    fee: (fees as readonly string[]).includes(draft.fee) ? (draft.fee as Session['fee']) : 'usual',
    touch: (touches as readonly string[]).includes(draft.touch)
      ? (draft.touch as Session['touch'])
      : 'none',
    contactsBetween: count(draft.contactsBetween),
  });
}

const emptySession: Session = {
  date: '' as Session['date'],
  start: '' as Session['start'],
  plannedMinutes: 0 as Session['plannedMinutes'],
  actualMinutes: 0 as Session['actualMinutes'],
  place: 'office',
  fee: 'usual',
  contactsBetween: 0,
  touch: 'none',
  signs: [],
  notes: '',
};

interface SessionFormProps {
  initial: SessionDraft;
  existing?: VaultRecord<Session>;
}

/** The session form: a new session, or a logged one to change or delete. */
export function SessionForm({ initial, existing }: SessionFormProps) {
  const m = useCatalog(notice);
  const f = m.form;
  const vaultState = useVault();
  const { route } = useLocation();
  const [draft, setDraft] = useState(initial);
  // Defaults that arrive after the first render (today's date, the usual time) fill only
  // the fields the person has not touched yet, so nothing typed early is lost.
  const shownDefaults = useRef(initial);
  useEffect(() => {
    const before = shownDefaults.current;
    if (initial === before) return;
    shownDefaults.current = initial;
    setDraft((current) => {
      const merged = { ...current };
      for (const key of Object.keys(initial) as (keyof SessionDraft)[]) {
        if (current[key] === before[key]) Object.assign(merged, { [key]: initial[key] });
      }
      return merged;
    });
  }, [initial]);
  // A lock seals the form as it is; unlocking brings it back.
  const sealed = useSealedDraft(
    existing ? `notice/session?id=${existing.id}` : 'notice/new',
    draft,
    setDraft,
    (Object.keys(draft) as (keyof SessionDraft)[]).some(
      (key) => JSON.stringify(draft[key]) !== JSON.stringify(shownDefaults.current[key]),
    ),
  );
  const [actualTouched, setActualTouched] = useState(existing !== undefined);
  // The other signs wait behind one question; a draft that already has some opens it.
  const [more, setMore] = useState(initial.signs.length > 0);
  useEffect(() => {
    if (draft.signs.length > 0) setMore(true);
  }, [draft.signs.length]);
  // Signs the form no longer asks (the answers show them) stay visible where an older
  // session had them ticked, so they can still be unticked.
  const signChoices = signIds.filter((id) => !isAnsweredSign(id) || initial.signs.includes(id));
  const [errors, setErrors] = useState<SessionErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const deleteQuestion = useRef<HTMLParagraphElement>(null);
  // The delete button is replaced by the question: move focus there, not to the top of the page.
  useEffect(() => {
    if (confirmDelete) deleteQuestion.current?.focus();
  }, [confirmDelete]);

  const set = <K extends keyof SessionDraft>(key: K, value: SessionDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const error = (field: SessionField) => {
    const code = errors[field];
    return code ? f.errors(field, code) : undefined;
  };
  const toggleSign = (id: string, on: boolean) =>
    setDraft((d) => ({ ...d, signs: on ? [...d.signs, id] : d.signs.filter((s) => s !== id) }));
  const signBox = (id: (typeof signIds)[number] | (typeof overridingIds)[number]) => (
    <Checkbox
      key={id}
      id={`sign-${id}`}
      label={m.signs[id].name}
      hint={m.signs[id].example}
      checked={draft.signs.includes(id)}
      onChange={(on) => toggleSign(id, on)}
    />
  );

  const save = async (event: Event) => {
    event.preventDefault();
    setProblem(null);
    // "No" to anything else means no other signs, whatever was ticked before the answer changed.
    const result = validateSession(more ? draft : { ...draft, signs: [] }, localDateOf(new Date()));
    if (!result.ok) {
      setErrors(result.errors);
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const vault: UnlockedVault = await openVault(vaultState);
      const reflection = existing?.data.reflection;
      const session: Session = reflection ? { ...result.session, reflection } : result.session;
      const saved = await vault.put(sessionRecord, session, existing?.id);
      sealed.saved();
      if (session.signs.length > 0 && !reflection) {
        route(reflectionPath(saved.id), true);
      } else {
        setFlash(m.saved);
        route('/notice', true);
      }
    } catch (failure) {
      setProblem(isVaultError(failure, 'cancelled') ? f.unlockCancelled : f.saveFailed);
      setBusy(false);
    }
  };

  const remove = async () => {
    if (!existing) return;
    setBusy(true);
    try {
      const vault = await openVault(vaultState);
      await vault.remove(sessionRecord, existing.id);
      sealed.saved();
      setFlash(m.deleted);
      route('/notice', true);
    } catch {
      setProblem(f.saveFailed);
      setBusy(false);
    }
  };

  const listed = sessionFields.filter((field) => errors[field]);
  const counted = countedSoFar(draft);
  const today = localDateOf(new Date());

  return (
    <form autoComplete="off" onSubmit={save} noValidate class="session-form">
      {sealed.notice}
      {listed.length > 0 && (
        <ErrorSummary
          heading={f.errorSummary}
          intro={f.nothingSaved}
          summaryRef={summary}
          items={listed.map((field) => ({
            href: `#${fieldTarget[field]}`,
            text: error(field) ?? '',
          }))}
        />
      )}
      <p>{f.intro}</p>
      <TextField
        id="session-date"
        type="date"
        label={f.date}
        max={today}
        error={error('date')}
        value={draft.date}
        onInput={(v) => set('date', v)}
      />
      <TextField
        id="session-start"
        type="time"
        label={f.start}
        hint={f.startHint}
        error={error('start')}
        value={draft.start}
        onInput={(v) => set('start', v)}
      />
      <div class="session-form__lengths">
        <TextField
          id="session-planned"
          inputMode="numeric"
          label={f.plannedMinutes}
          hint={f.lengthHint}
          error={error('plannedMinutes')}
          class="input--short"
          value={draft.plannedMinutes}
          onInput={(v) =>
            setDraft((d) => ({
              ...d,
              plannedMinutes: v,
              actualMinutes: actualTouched ? d.actualMinutes : v,
            }))
          }
        />
        <TextField
          id="session-actual"
          inputMode="numeric"
          label={f.actualMinutes}
          hint={f.lengthHint}
          error={error('actualMinutes')}
          class="input--short"
          value={draft.actualMinutes}
          onInput={(v) => {
            setActualTouched(true);
            set('actualMinutes', v);
          }}
        />
      </div>
      <ChoiceGroup name="place" legend={f.place} hint={f.placeHint} error={error('place')}>
        <Radios
          name="place"
          options={f.places}
          value={draft.place}
          onChange={(v) => set('place', v)}
        />
      </ChoiceGroup>
      <ChoiceGroup name="fee" legend={f.fee} error={error('fee')}>
        <Radios name="fee" options={f.fees} value={draft.fee} onChange={(v) => set('fee', v)} />
      </ChoiceGroup>
      <TextField
        id="session-contacts"
        inputMode="numeric"
        label={f.contactsBetween}
        hint={f.contactsHint}
        error={error('contactsBetween')}
        class="input--short"
        value={draft.contactsBetween}
        onInput={(v) => set('contactsBetween', v)}
      />
      <ChoiceGroup name="touch" legend={f.touch} error={error('touch')}>
        <Radios
          name="touch"
          options={f.touches}
          value={draft.touch}
          onChange={(v) => set('touch', v)}
        />
      </ChoiceGroup>
      <ChoiceGroup name="anything-else" legend={f.anythingElse} hint={f.anythingElseHint}>
        {counted.length > 0 && (
          <p class="hint counted">{f.counted(counted.map((id) => m.signs[id].short))}</p>
        )}
        <Radios
          name="anything-else"
          options={f.anythingElseOptions}
          value={more ? 'yes' : 'no'}
          onChange={(v) => setMore(v === 'yes')}
        />
      </ChoiceGroup>
      {more && (
        <>
          <ChoiceGroup name="signs" legend={f.signs} hint={f.signsHint} error={error('signs')}>
            {signChoices.map(signBox)}
          </ChoiceGroup>
          <ChoiceGroup name="overriding" legend={f.overriding} hint={f.overridingHint}>
            {overridingIds.map(signBox)}
          </ChoiceGroup>
        </>
      )}
      <div class={`field${error('notes') ? ' field--error' : ''}`}>
        <label for="session-notes">{f.notes}</label>
        <p id="session-notes-hint" class="hint">
          {f.notesHint}
        </p>
        {error('notes') && (
          <p id="session-notes-error" class="error-message">
            {error('notes')}
          </p>
        )}
        <textarea
          autoComplete="off"
          id="session-notes"
          dir="auto"
          rows={4}
          aria-describedby={`session-notes-hint${error('notes') ? ' session-notes-error' : ''}`}
          value={draft.notes}
          onInput={(event) => set('notes', event.currentTarget.value)}
        />
      </div>
      {problem && (
        <p class="notice session-problem" role="alert">
          {problem}
        </p>
      )}
      <div class="button-row">
        <button type="submit" class="button" disabled={busy}>
          {busy ? f.saving : f.save}
        </button>
        <a class="button button--secondary" href={existing ? sessionPath(existing.id) : '/notice'}>
          {existing ? f.backToSession : f.back}
        </a>
      </div>
      {existing && existing.data.signs.length > 0 && (
        <p>
          <a href={reflectionPath(existing.id)}>{m.reflection.title}</a>
        </p>
      )}
      {existing && (
        <div class="session-form__delete">
          {confirmDelete ? (
            <div>
              <p tabIndex={-1} ref={deleteQuestion}>
                {f.deleteConfirm}
              </p>
              <div class="button-row">
                <button
                  type="button"
                  class="button button--warning"
                  onClick={remove}
                  disabled={busy}
                >
                  {f.deleteYes}
                </button>
                <button
                  type="button"
                  class="button button--secondary"
                  onClick={() => setConfirmDelete(false)}
                >
                  {f.deleteNo}
                </button>
              </div>
            </div>
          ) : (
            <button
              type="button"
              class="button button--secondary"
              onClick={() => setConfirmDelete(true)}
            >
              {f.delete}
            </button>
          )}
        </div>
      )}
    </form>
  );
}
