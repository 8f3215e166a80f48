import { useState } from 'preact/hooks';
import { journalEntryRecord } from '../../../core/record-keys';
import { createEntry } from '../../../core/reflect/entry';
import { Button, ButtonLink } from '../../components/button/Button';
import { Page } from '../../components/page/Page';
import { useCatalog } from '../../i18n';
import { prepare } from '../../i18n/prepare';
import { useSealedDraft } from '../../vault/SealedDraft';
import { BackLink } from '../decide/BackLink';
import { SaveStatus, useSave } from '../decide/use-save';
import { setOpening, useOpening } from './opening-store';
import '../decide/decide.css';

/** /prepare/practice — the chosen opening, tips, and a private page to try out words. */
export function PracticePage() {
  const all = useCatalog(prepare);
  const m = all.practice;
  const { choice, own, notes } = useOpening();
  const [saved, save] = useSave();
  // A lock seals the chosen opening and the notes; unlocking brings them back here.
  const sealed = useSealedDraft('prepare/practice', { choice, own, notes }, setOpening);
  const opening = choice === 'own' ? own.trim() : choice ? all.openings[choice] : '';

  const nothing = opening === '' && notes.trim() === '';
  const [empty, setEmpty] = useState(false);

  const saveToJournal = () => {
    setEmpty(nothing);
    if (nothing) return;
    const body = opening ? m.journalEntry(opening, notes) : m.journalNotesOnly(notes);
    save(async (vault) => {
      await vault.put(journalEntryRecord, createEntry('free', { body }, new Date()));
      sealed.saved();
      return m.saved;
    });
  };

  return (
    <>
      <BackLink href="/prepare" label={m.back} />
      <Page title={m.title}>
        {sealed.notice}
        {choice ? (
          // The words are the person's to change: any edit makes them their own words.
          <div class="field">
            <h2>
              <label for="practice-opening">{m.yourOpening}</label>
            </h2>
            <p id="practice-opening-hint" class="hint">
              {m.openingHint}
            </p>
            <textarea
              autoComplete="off"
              id="practice-opening"
              rows={3}
              dir="auto"
              aria-describedby="practice-opening-hint"
              value={choice === 'own' ? own : all.openings[choice]}
              onInput={(event) => setOpening({ choice: 'own', own: event.currentTarget.value })}
            />
          </div>
        ) : (
          <p>
            {m.none} <a href="/prepare">{m.choose}</a>
          </p>
        )}
        <h2>{m.tipsHeading}</h2>
        <ul>
          {m.tips.map((tip) => (
            <li key={tip}>{tip}</li>
          ))}
        </ul>
        <div class="field">
          <label for="practice-notes">{m.notesLabel}</label>
          <p id="practice-notes-hint" class="hint">
            {m.notesHint}
          </p>
          <textarea
            autoComplete="off"
            id="practice-notes"
            rows={8}
            aria-describedby="practice-notes-hint"
            value={notes}
            onInput={(event) => setOpening({ notes: event.currentTarget.value })}
          />
        </div>
        <div class="button-row">
          <Button onClick={saveToJournal}>{m.save}</Button>
        </div>
        <SaveStatus message={empty ? { ok: false, text: m.nothingToSave } : saved} />
        {/* The next step, once the conversation has happened. */}
        <div class="button-row">
          <ButtonLink href="/prepare/after" variant="secondary">
            {m.afterLink}
          </ButtonLink>
        </div>
      </Page>
    </>
  );
}
