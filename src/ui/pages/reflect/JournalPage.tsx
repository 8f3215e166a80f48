import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { JournalEntry } from '../../../core/reflect/entry';
import { type PromptId, prompts } from '../../../core/reflect/prompts';
import { createEntrySearch, type Snippet } from '../../../core/reflect/search';
import type { UnlockedVault } from '../../../core/vault/record-type';
import { ButtonLink } from '../../components/button/Button';
import { takeFlash } from '../../components/flash/flash';
import { Page } from '../../components/page/Page';
import { useCatalog } from '../../i18n';
import { reflect } from '../../i18n/reflect';
import { Unlocked } from '../../vault/Unlocked';
import { useVault } from '../../vault/VaultProvider';
import { type EntryRecord, formatMoment, useJournal } from './journal';
import { entryPath, guidedPath } from './paths';
import { optionLabel } from './wording';
import './reflect.css';

/** /reflect: the journal, newest first, with search and the two ways to write. */
export function JournalPage() {
  const m = useCatalog(reflect).journal;
  const { status } = useVault();
  const [flash, setFlash] = useState<string | null>(null);
  useEffect(() => setFlash(takeFlash()), []);

  return (
    <Page title={m.title}>
      {flash && (
        <p class="notice" role="status">
          {flash}
        </p>
      )}
      <p class="lead">{m.lead}</p>
      <div class="button-row">
        <ButtonLink href={guidedPath(1)} aria-describedby="journal-guided-hint">
          {m.startGuided}
        </ButtonLink>
        <ButtonLink href="/reflect/new" variant="secondary">
          {m.writeFree}
        </ButtonLink>
      </div>
      <p class="hint" id="journal-guided-hint">
        {m.guidedHint}
      </p>
      {status !== 'unavailable' && (
        <section aria-labelledby="entries-heading">
          <h2 id="entries-heading">{m.entriesHeading}</h2>
          <Unlocked
            whenEmpty={
              <>
                <p>{m.noEntries}</p>
                <p class="hint">{m.firstSaveHint}</p>
              </>
            }
          >
            {(vault) => <Entries vault={vault} />}
          </Unlocked>
        </section>
      )}
    </Page>
  );
}

const PREVIEW_LENGTH = 160;

function Entries({ vault }: { vault: UnlockedVault }) {
  const all = useCatalog(reflect);
  const m = all.journal;
  const entries = useJournal(vault);
  const [query, setQuery] = useState('');
  // Chosen options are searchable by the words shown for them.
  const search = useMemo(
    () => createEntrySearch({ choiceLabel: (id, option) => optionLabel(all, id, option) }),
    [all],
  );
  const results = useMemo(
    () => (query.trim() ? search(entries, query) : null),
    [search, entries, query],
  );
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  // Results show as the person types; pressing Search (or Enter) takes them to the results,
  // where the heading is read with the count. A phone's keyboard otherwise hides them.
  const showResults = (event: Event) => {
    event.preventDefault();
    resultsHeading.current?.focus();
  };

  if (entries.length === 0) return <p>{m.noEntries}</p>;

  const shown = results ?? entries.map((item) => ({ item, snippet: null }));
  return (
    <>
      <search class="search">
        <form autoComplete="off" onSubmit={showResults}>
          <label for="journal-search">{m.searchLabel}</label>
          <p id="journal-search-hint" class="hint">
            {m.searchHint}
          </p>
          <div class="search__row">
            <input
              type="search"
              id="journal-search"
              autoComplete="off"
              spellcheck={false}
              dir="auto"
              aria-describedby="journal-search-hint"
              value={query}
              onInput={(event) => setQuery(event.currentTarget.value)}
            />
            <button type="submit" class="button">
              {m.searchButton}
            </button>
          </div>
        </form>
      </search>
      {results && (
        <h3
          id="journal-results-heading"
          class="search__heading"
          tabIndex={-1}
          ref={resultsHeading}
          aria-describedby="journal-results-count"
        >
          {m.resultsHeading}
        </h3>
      )}
      {/* Announced as the count changes while typing; read with the heading when focus moves to it. */}
      <p role="status" id="journal-results-count" class="search__status">
        {results ? m.matches(results.length) : m.count(entries.length)}
      </p>
      {results && (
        <p>
          <button
            type="button"
            class="link-button"
            onClick={() => {
              setQuery('');
              // The button goes away with the search: keep focus where the next search starts.
              document.getElementById('journal-search')?.focus();
            }}
          >
            {m.clearSearch}
          </button>
        </p>
      )}
      <ol class="entry-list">
        {shown.map(({ item, snippet }) => (
          <EntryItem key={item.id} record={item} snippet={snippet} />
        ))}
      </ol>
    </>
  );
}

function EntryItem({ record, snippet }: { record: EntryRecord; snippet: Snippet | null }) {
  const all = useCatalog(reflect);
  const m = all.journal;
  const entry = record.data;
  return (
    <li class="entry-list__item">
      <a href={entryPath(record.id)} class="entry-list__link">
        {formatMoment(entry.createdAt, all.locale)}
      </a>
      <p class="entry-list__meta">
        <span>{entry.kind === 'guided' ? m.guided : m.free}</span>
        {entry.evidence && <span class="tag">{m.evidence}</span>}
        {entry.revisions.length > 0 && <span class="tag tag--quiet">{m.edited}</span>}
      </p>
      {snippet ? (
        <p class="entry-list__preview" dir="auto">
          {snippet.cutBefore && '…'}
          {snippet.before}
          <mark>{snippet.match}</mark>
          {snippet.after}
          {snippet.cutAfter && '…'}
        </p>
      ) : (
        <p class="entry-list__preview" dir="auto">
          {preview(entry, (id, option) => optionLabel(all, id, option))}
        </p>
      )}
    </li>
  );
}

/** The start of what was written, on one line. Long entries are cut at a whole character. */
function preview(entry: JournalEntry, label: (id: PromptId, option: string) => string): string {
  const texts = [entry.body];
  for (const { id } of prompts) {
    const answer = entry.answers[id];
    if (answer) texts.push(answer.text, ...answer.choices.map((choice) => label(id, choice)));
  }
  const text = texts.find((t) => t.trim() !== '') ?? '';
  const start = Array.from(
    text
      .slice(0, PREVIEW_LENGTH * 2)
      .replace(/\s+/g, ' ')
      .trim(),
  );
  const cut = start.length > PREVIEW_LENGTH || text.length > PREVIEW_LENGTH * 2;
  return cut ? `${start.slice(0, PREVIEW_LENGTH).join('')}…` : start.join('');
}
