import { stateName } from '../../../../core/boards/states';
import { type Complaint, missingAnswers } from '../../../../core/report/complaint';
import type { UnlockedVault } from '../../../../core/vault/record-type';
import { useCatalog } from '../../../i18n';
import { useFormat } from '../../../i18n/format';
import { happened } from '../../../i18n/happened';
import { type ComplaintStep, filePath, stepPath } from '../paths';
import { evidenceOf, useHappenedData } from '../store';

/** Every answer with a Change link: fetched once the vault is open. */
export function Answers({ vault, id }: { vault: UnlockedVault; id: string }) {
  const all = useCatalog(happened).complaint;
  const m = all.check;
  const format = useFormat();
  const data = useHappenedData(vault);
  const record = data.complaints.find((r) => r.id === id);
  if (!record) {
    return (
      <p>
        {all.notFound} <a href="/happened/complaint">{all.backToList}</a>
      </p>
    );
  }
  const c: Complaint = record.data;
  const items = evidenceOf(data);
  const entries = items.filter((i) => i.kind === 'entry').length;
  const orNot = (text: string) => (text.trim() === '' ? m.notGiven : text);
  const rows: { step: ComplaintStep; label: string; value: string }[] = [
    { step: 'state', label: m.rows.state, value: c.state ? stateName(c.state) : m.notGiven },
    {
      step: 'profession',
      label: m.rows.profession,
      value: c.profession ? all.professionStep.options[c.profession] : m.notGiven,
    },
    {
      step: 'therapist',
      label: m.rows.therapist,
      value: orNot(
        [c.therapist.name, c.therapist.licenseNumber, c.therapist.practiceAddress]
          .filter((x) => x.trim())
          .join('\n'),
      ),
    },
    {
      step: 'you',
      label: m.rows.you,
      value: orNot(
        [c.you.name, c.you.email, c.you.phone, c.you.address].filter((x) => x.trim()).join('\n'),
      ),
    },
    {
      step: 'dates',
      label: m.rows.dates,
      value: c.treatment.from
        ? `${format.day(c.treatment.from)} – ${c.treatment.to ? format.day(c.treatment.to) : m.stillSeeing}`
        : m.notGiven,
    },
    {
      step: 'evidence',
      label: m.rows.evidence,
      value: m.evidenceSummary(entries, items.length - entries),
    },
    { step: 'what-happened', label: m.rows.narrative, value: orNot(c.whatHappened) },
  ];
  const missing = missingAnswers(c);
  return (
    <>
      <p>{m.lead}</p>
      <dl class="check-list">
        {rows.map((row) => (
          <div class="check-list__row" key={row.step}>
            <dt>{row.label}</dt>
            <dd class="user-text" dir="auto">
              {row.value}
            </dd>
            <dd class="check-list__action">
              <a href={stepPath(row.step, id, true)}>
                {m.change}
                <span class="visually-hidden">{m.changeHidden(row.label)}</span>
              </a>
            </dd>
          </div>
        ))}
      </dl>
      {missing.length > 0 ? (
        <div class="notice">
          <p>{m.missing}</p>
          <ul>
            {missing.map((step) => (
              <li key={step}>
                <a href={stepPath(step, id, true)}>{m.rows[step]}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <a class="button" href={filePath(id)}>
          {m.make}
        </a>
      )}
    </>
  );
}
