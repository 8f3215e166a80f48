import { useRoute } from 'preact-iso';
import { boardsInState, findBoard } from '../../../../core/boards/lookup';
import { nationalDirectories } from '../../../../core/boards/national-directories';
import { type StateCode, stateName } from '../../../../core/boards/states';
import {
  statesWhoseCriminalLawCoversUnlicensed,
  unlicensedRoutes,
} from '../../../../core/boards/unlicensed-routes';
import { type Complaint, complaintDocument, isLicensed } from '../../../../core/report/complaint';
import type { UnlockedVault } from '../../../../core/vault/record-type';
import { Page } from '../../../components/page/Page';
import { useCatalog } from '../../../i18n';
import { useFormat } from '../../../i18n/format';
import { happened } from '../../../i18n/happened';
import { Unlocked } from '../../../vault/Unlocked';
import { DocLanguage, useDocLang } from '../DocLanguage';
import { ExportPanel } from '../ExportPanel';
import { checkPath, complaintPrintPath } from '../paths';
import { Source } from '../Source';
import { useHappenedData } from '../store';
import { today } from '../today';
import '../happened.css';

/** /happened/complaint/file?id=…: the letter, who receives it, how to send it, and the exports. */
export function FilePage() {
  const m = useCatalog(happened).complaint;
  const id = useRoute().query.id ?? '';
  return (
    <>
      <a class="back-link" href={checkPath(id)}>
        {m.back}
      </a>
      <Page title={m.file.title}>
        <Unlocked whenEmpty={<p>{m.notFound}</p>}>
          {(vault) => <Letter vault={vault} id={id} />}
        </Unlocked>
      </Page>
    </>
  );
}

/** The name of the board that receives a complaint, when the directory knows it. */
export function boardNameFor(complaint: Complaint): string | null {
  if (complaint.state === '' || !isLicensed(complaint.profession)) return null;
  return findBoard(complaint.state, complaint.profession).record.board ?? null;
}

function Letter({ vault, id }: { vault: UnlockedVault; id: string }) {
  const all = useCatalog(happened);
  const m = all.complaint;
  const docLang = useDocLang();
  const record = useHappenedData(vault).complaints.find((r) => r.id === id);
  if (!record) {
    return (
      <p>
        {m.notFound} <a href="/happened/complaint">{m.backToList}</a>
      </p>
    );
  }
  const complaint = record.data;
  const day = today();
  const doc = complaintDocument(complaint, boardNameFor(complaint), day, docLang);
  const inDoc = happened[docLang].exportText;
  return (
    <>
      <p class="lead">{m.file.lead}</p>
      <h2>{m.file.boardHeading}</h2>
      <Receiver complaint={complaint} />
      <h2>{m.file.howHeading}</h2>
      <ul>
        {m.file.how.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <Source {...m.file.howSource} />
      <h2>{m.file.exportHeading}</h2>
      <DocLanguage />
      <ExportPanel
        doc={doc}
        docLang={docLang}
        fileName={`${inDoc.fileComplaint}-${day}`}
        printHref={complaintPrintPath(id, docLang)}
        footer={inDoc.footerComplaint}
        extraTexts={[{ label: all.exportText.onlyNarrative, text: complaint.whatHappened }]}
        idPrefix="complaint"
      />
      <p>
        <a href={checkPath(id)}>{m.file.edit}</a>
      </p>
      <p class="hint">{m.notAdvice}</p>
    </>
  );
}

/** Which board receives the complaint, or why none does and what to do instead. */
function Receiver({ complaint }: { complaint: Complaint }) {
  const m = useCatalog(happened).complaint.file;
  const format = useFormat();
  const { state, profession } = complaint;
  if (profession === 'unlicensed') {
    return (
      <div class="notice">
        <h3>{m.unlicensedHeading}</h3>
        <p>{m.unlicensedText}</p>
        <ul>
          {unlicensedRoutes.map((route) => (
            <li key={route.route}>
              {m.unlicensedRoutes[route.route]}
              {route.route === 'criminal' &&
                ` ${m.unlicensedRoutes.criminalStates(
                  statesWhoseCriminalLawCoversUnlicensed.map(stateName).join(', '),
                )}`}
            </li>
          ))}
        </ul>
        <p>
          <a href="/happened#state-heading">{useCatalog(happened).state.heading}</a>
        </p>
      </div>
    );
  }
  if (state === '' || profession === '') return <p>{m.unknownBoard}</p>;
  if (profession === 'not-sure') return <NotSure state={state} />;
  const { record, fallbackFields, nationalDirectory } = findBoard(state, profession);
  return (
    <div class="notice">
      {record.board && (
        <p>
          {m.boardIs} <strong>{record.board}</strong>
          {record.agency ? ` (${record.agency})` : ''}
        </p>
      )}
      <ul>
        {record.complaintUrl && (
          <li>
            <a href={record.complaintUrl} rel="noreferrer" target="_blank">
              {m.complaintPage}
            </a>
          </li>
        )}
        {record.lookupUrl && (
          <li>
            <a href={record.lookupUrl} rel="noreferrer" target="_blank">
              {m.lookupPage}
            </a>
          </li>
        )}
        {record.site && (
          <li>
            <a href={record.site} rel="noreferrer" target="_blank">
              {m.boardSite}
            </a>
          </li>
        )}
        {record.phone && (
          <li>
            <a href={`tel:+1${record.phone.replace(/^1-/, '').replaceAll('-', '')}`}>
              {m.phone(record.phone)}
            </a>
          </li>
        )}
      </ul>
      {record.otherBoards && (
        <>
          <p>{m.otherBoards}</p>
          <ul>
            {record.otherBoards.map((other) => (
              <li key={other.board}>
                {other.complaintUrl ? (
                  <a href={other.complaintUrl} rel="noreferrer" target="_blank">
                    {other.board}
                  </a>
                ) : (
                  other.board
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {fallbackFields.length > 0 && (
        <p>
          {m.fallback(nationalDirectory.organization)}{' '}
          <a href={nationalDirectory.url} rel="noreferrer" target="_blank">
            {nationalDirectory.organizationName}
          </a>
        </p>
      )}
      {record.sources.length > 0 && (
        <p class="source">{m.checkedOn(format.day(record.checkedOn))}</p>
      )}
    </div>
  );
}

function NotSure({ state }: { state: StateCode }) {
  const m = useCatalog(happened).complaint.file;
  // One board often licenses several professions: list each look-up page once.
  const boards = boardsInState(state).filter(
    (b, i, list) => b.lookupUrl && list.findIndex((o) => o.lookupUrl === b.lookupUrl) === i,
  );
  return (
    <div class="notice">
      <h3>{m.notSureHeading}</h3>
      <p>{m.notSureText}</p>
      <ul>
        {boards.map((b) => (
          <li key={b.profession}>
            <a href={b.lookupUrl} rel="noreferrer" target="_blank">
              {b.board}
            </a>
          </li>
        ))}
      </ul>
      <p>{m.nationalDirectories}</p>
      <ul>
        {Object.values(nationalDirectories).map((d) => (
          <li key={d.organization}>
            <a href={d.url} rel="noreferrer" target="_blank">
              {d.organizationName}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
