import type { Question } from '../../../core/decide/answers';
import type { Reason, SignInSessions } from '../../../core/decide/reasons';
import type { ShownLine } from '../../../core/decide/shown-reasons';
import type { LoggedSession } from '../../../core/notice/session';
import { useCatalog } from '../../i18n';
import { decide } from '../../i18n/decide';
import { useFormat } from '../../i18n/format';
import { notice } from '../../i18n/notice';

interface ReasonListProps {
  lines: readonly ShownLine[];
  /** The session log as it is now, to name the sessions behind a reason by their dates. */
  sessions: readonly LoggedSession[];
}

/** The reasons of a decision in plain sentences, each naming the sessions behind it. */
export function ReasonList({ lines, sessions }: ReasonListProps) {
  return (
    <ul class="decide-reasons">
      {lines.map((line) => (
        <li key={JSON.stringify(line)}>
          {line.kind === 'skipped' ? (
            <SkippedText questions={line.questions} />
          ) : (
            <ReasonText reason={line.reason} sessions={sessions} />
          )}
        </li>
      ))}
    </ul>
  );
}

/** Every skipped question in one sentence; a single one keeps its own, fuller sentence. */
function SkippedText({ questions }: { questions: readonly Question[] }) {
  const format = useFormat();
  const m = useCatalog(decide).reasons;
  const [only] = questions;
  if (questions.length === 1 && only) return <>{m.skipped[only]}</>;
  return (
    <>{m.skippedMany(questions.length, format.list(questions.map((q) => m.skippedName[q])))}</>
  );
}

function ReasonText({ reason, sessions }: { reason: Reason; sessions: readonly LoggedSession[] }) {
  const format = useFormat();
  const text = useCatalog(decide);
  const signNames = useCatalog(notice).signs;
  const m = text.reasons;
  const dates = (ids: readonly string[]) => {
    const known = ids.flatMap((id) => {
      const session = sessions.find((s) => s.id === id);
      return session ? [format.day(session.data.date)] : [];
    });
    const gone = ids.length - known.length;
    return format.list(gone > 0 ? [...known, m.sessionsGone(gone)] : known);
  };
  const draws = (list: readonly (keyof typeof text.drawsInSentence)[]) =>
    format.list(list.map((d) => text.drawsInSentence[d]));
  const signList = (signs: readonly SignInSessions[]) => (
    <ul>
      {signs.map(({ sign, sessionIds }) => (
        <li key={sign}>{m.signLine(signNames[sign].name, dates(sessionIds))}</li>
      ))}
    </ul>
  );

  switch (reason.kind) {
    case 'reported-contact':
    case 'reported-proposal':
    case 'suggestive-more-than-once':
    case 'suggestive-and-unsafe':
    case 'gut-uneasy':
    case 'suggestive-once':
    case 'suggestive-draw':
    case 'nothing-crossed':
    case 'gut-clear':
    case 'log-locked':
    case 'slip-repaired':
      return <>{m[reason.kind]}</>;
    case 'logged-overriding': {
      const sentence =
        m['logged-overriding'][reason.sign as 'romantic-proposal' | 'sexual-contact'];
      return <>{sentence(dates(reason.sessionIds))}</>;
    }
    case 'suggestive-sign-recurs': {
      const sentence = m['suggestive-sign-recurs'][reason.sign as 'body-comments' | 'sex-talk'];
      return <>{sentence(dates(reason.sessionIds))}</>;
    }
    case 'signs-recur':
      return (
        <>
          {m['signs-recur']}
          {signList(reason.signs)}
        </>
      );
    case 'many-signs':
      return (
        <>
          {m['many-signs'](reason.signs.length)}
          {signList(reason.signs)}
        </>
      );
    case 'some-signs':
      return (
        <>
          {m['some-signs'](reason.signs.length)}
          {signList(reason.signs)}
        </>
      );
    case 'feels-unsafe':
      return <>{m['feels-unsafe'][reason.source]}</>;
    case 'not-sure':
      return <>{reason.skipped ? m.skipped[reason.question] : m['not-sure'][reason.question]}</>;
    case 'draws-power-or-gaze':
    case 'draws-other':
    case 'warm-draws':
    case 'plain-attraction':
      return <>{m[reason.kind](draws(reason.draws))}</>;
    case 'no-signs-logged':
      return <>{m['no-signs-logged'](reason.sessionCount)}</>;
    case 'at-most-awkward':
      return <>{m['at-most-awkward'][reason.comfort]}</>;
  }
}
