import { signsFromAnswers } from '../../../core/notice/answered-signs';
import type { Session } from '../../../core/notice/session';
import type { VaultRecord } from '../../../core/vault/record-type';
import { useCatalog } from '../../i18n';
import { notice } from '../../i18n/notice';
import { editPath, reflectionPath } from './paths';

/**
 * A logged session as it was recorded, row by row, with one button to edit it.
 * Opening a session to look at it should not drop a person into a form where a
 * stray tap changes it.
 */
export function SessionSummary({ record }: { record: VaultRecord<Session> }) {
  const m = useCatalog(notice);
  const s = record.data;
  const t = m.session;
  const fromAnswers = signsFromAnswers(s);
  const rows: Array<{ key: string; label: string; value: string; own?: boolean }> = [
    { key: 'date', label: t.date, value: m.formatDate(s.date) },
    { key: 'start', label: t.start, value: m.formatTime(s.start) },
    {
      key: 'length',
      label: t.length,
      value: m.timeline.minutes(s.actualMinutes, s.plannedMinutes),
    },
    { key: 'place', label: t.place, value: m.form.places[s.place] },
    { key: 'fee', label: t.fee, value: m.form.fees[s.fee] },
    { key: 'contacts', label: t.contacts, value: t.contactCount(s.contactsBetween) },
    { key: 'touch', label: t.touch, value: m.form.touches[s.touch] },
    {
      key: 'from-answers',
      label: t.fromAnswers,
      value: fromAnswers.length
        ? m.timeline.list(fromAnswers.map((id) => m.signs[id].short))
        : t.none,
    },
    {
      key: 'other-signs',
      label: t.otherSigns,
      value: s.signs.length ? m.timeline.list(s.signs.map((id) => m.signs[id].name)) : t.none,
    },
    { key: 'notes', label: t.notes, value: s.notes || t.none, own: true },
  ];
  if (s.signs.length > 0 || s.reflection) {
    rows.push({
      key: 'reflection',
      label: t.reflection,
      value: s.reflection
        ? t.reflectionValue(
            m.reflection.feltLikeOptions[s.reflection.feltLike],
            m.reflection.needsOptions[s.reflection.needsAtCenter],
          ) + (s.reflection.note ? ` ${s.reflection.note}` : '')
        : t.noReflection,
      own: true,
    });
  }
  return (
    <>
      <p>{t.intro}</p>
      <dl class="session-summary">
        {rows.map((row) => (
          <div class="session-summary__row" key={row.key}>
            <dt>{row.label}</dt>
            {/* The person's own words may be in any language or direction. */}
            <dd dir={row.own ? 'auto' : undefined}>{row.value}</dd>
          </div>
        ))}
      </dl>
      <div class="button-row">
        <a class="button" href={editPath(record.id)}>
          {t.edit}
        </a>
        <a class="button button--secondary" href="/notice">
          {m.form.back}
        </a>
      </div>
      {s.signs.length > 0 && (
        <p>
          <a href={reflectionPath(record.id)}>{m.reflection.title}</a>
        </p>
      )}
    </>
  );
}
