import type { ComponentChildren } from 'preact';
import {
  type Confidence,
  confidenceOf,
  confidenceOfOther,
} from '../../../../core/boards/confidence';
import { namesOnlyDepartment } from '../../../../core/boards/department';
import { boardsInState, findBoard } from '../../../../core/boards/lookup';
import {
  type NationalDirectory,
  nationalDirectories,
} from '../../../../core/boards/national-directories';
import { type ComplaintProfession, isLicensed } from '../../../../core/boards/practitioners';
import type { StateBoards } from '../../../../core/boards/schema';
import { type StateCode, stateName } from '../../../../core/boards/states';
import {
  statesWhoseCriminalLawCoversUnlicensed,
  unlicensedRoutes,
} from '../../../../core/boards/unlicensed-routes';
import { useCatalog } from '../../../i18n';
import { useFormat } from '../../../i18n/format';
import { happened } from '../../../i18n/happened';
import { useStateBoards } from './state-boards';

/**
 * Who receives a complaint about this profession in this state: the board,
 * the department around it, and each address with how sure we are of it.
 * Only the chosen state's file is loaded.
 */
export function BoardDetails({
  state,
  profession,
}: {
  state: StateCode | '';
  profession: ComplaintProfession | '';
}) {
  const all = useCatalog(happened);
  const loaded = useStateBoards(isLicensed(profession) || profession === 'not-sure' ? state : '');
  if (profession === 'unlicensed') return <NoBoard />;
  if (state === '' || profession === '') return <p>{all.complaint.file.unknownBoard}</p>;
  if (loaded.status !== 'ready') {
    return <p role="status">{all.board.loading}</p>;
  }
  if (profession === 'not-sure') return <NotSure boards={loaded.boards} />;
  return <Board boards={loaded.boards} profession={profession} />;
}

function Board({
  boards,
  profession,
}: {
  boards: StateBoards | null;
  profession: Exclude<ComplaintProfession, 'unlicensed' | 'not-sure'>;
}) {
  const m = useCatalog(happened).board;
  const { record, fallbackFields, nationalDirectory } = findBoard(boards, profession);
  const directoryLink = <DirectoryLink directory={nationalDirectory} />;
  if (record.board === undefined) {
    return (
      <div class="notice board">
        <p>
          {m.noBoard(nationalDirectory.organizationName)} {directoryLink}
        </p>
      </div>
    );
  }
  const line = (confidence: Confidence) => (
    <ConfidenceLine confidence={confidence} directory={nationalDirectory} />
  );
  const missingAction = fallbackFields.some((f) => f !== 'site');
  return (
    <div class="notice board">
      <p class="board__name">
        {m.boardIs} <strong>{record.board}</strong>
      </p>
      {record.agency && (
        <p>
          {m.agencyIs} {record.agency}
        </p>
      )}
      {namesOnlyDepartment(record) && <p>{m.departmentOnly}</p>}
      <ul class="board__addresses">
        {record.complaintUrl && (
          <Address href={record.complaintUrl} label={m.complaintPage}>
            {line(confidenceOf(record, 'complaintUrl'))}
          </Address>
        )}
        {record.lookupUrl && (
          <Address href={record.lookupUrl} label={m.lookupPage}>
            {line(confidenceOf(record, 'lookupUrl'))}
          </Address>
        )}
        {record.phone && (
          <Address
            href={`tel:+1${record.phone.replace(/^1-/, '').replaceAll('-', '')}`}
            label={m.phone(record.phone)}
          >
            {line(confidenceOf(record, 'phone'))}
          </Address>
        )}
        {record.site && (
          <Address href={record.site} label={m.boardSite}>
            {line(confidenceOf(record, 'site'))}
          </Address>
        )}
      </ul>
      {record.otherBoards && (
        <>
          <p>{m.otherBoards}</p>
          <ul class="board__addresses">
            {record.otherBoards.map((other) =>
              other.complaintUrl ? (
                <Address key={other.board} href={other.complaintUrl} label={other.board}>
                  {line(confidenceOfOther(record, other))}
                </Address>
              ) : (
                <li key={other.board}>{other.board}</li>
              ),
            )}
          </ul>
        </>
      )}
      {missingAction && (
        <p>
          {m.missing(nationalDirectory.organizationName)} {directoryLink}
        </p>
      )}
      <p class="hint">{m.pagesMove}</p>
    </div>
  );
}

function Address({
  href,
  label,
  children,
}: {
  href: string;
  label: string;
  children: ComponentChildren;
}) {
  const external = !href.startsWith('tel:');
  return (
    <li>
      <a href={href} {...(external ? { rel: 'noreferrer', target: '_blank' } : {})}>
        {label}
      </a>
      {children}
    </li>
  );
}

/** Never a bare link: every address says whether we saw it on the board's own site. */
function ConfidenceLine({
  confidence,
  directory,
}: {
  confidence: Confidence;
  directory: NationalDirectory;
}) {
  const m = useCatalog(happened).board;
  const format = useFormat();
  if (confidence.confirmed) {
    return <p class="confidence">{m.checked(format.month(confidence.seen))}</p>;
  }
  return (
    <p class="confidence confidence--unsure">
      {m.notConfirmed} <DirectoryLink directory={directory} />.
    </p>
  );
}

function DirectoryLink({ directory }: { directory: NationalDirectory }) {
  return (
    <a href={directory.url} rel="noreferrer" target="_blank">
      {directory.organizationName}
    </a>
  );
}

/** Coaches and unlicensed practitioners have no board: the other routes instead. */
function NoBoard() {
  const all = useCatalog(happened);
  const m = all.complaint.file;
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
    </div>
  );
}

function NotSure({ boards }: { boards: StateBoards | null }) {
  const m = useCatalog(happened).complaint.file;
  // One board often licenses several professions: list each look-up page once.
  const lookups = boardsInState(boards).filter(
    (b, i, list) => b.lookupUrl && list.findIndex((o) => o.lookupUrl === b.lookupUrl) === i,
  );
  return (
    <div class="notice">
      <h3>{m.notSureHeading}</h3>
      <p>{m.notSureText}</p>
      <ul>
        {lookups.map((b) => (
          <Address key={b.profession} href={b.lookupUrl ?? ''} label={b.board ?? ''}>
            <ConfidenceLine
              confidence={confidenceOf(b, 'lookupUrl')}
              directory={nationalDirectories[b.profession]}
            />
          </Address>
        ))}
      </ul>
      <p>{m.nationalDirectories}</p>
      <ul>
        {Object.values(nationalDirectories).map((d) => (
          <li key={d.organization}>
            <DirectoryLink directory={d} />
          </li>
        ))}
      </ul>
    </div>
  );
}
