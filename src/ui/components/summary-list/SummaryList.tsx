import './summary-list.css';

/** One row: what the setting is, its current value, and where to change it. */
export interface SummaryRow {
  key: string;
  label: string;
  value: string;
  /** Where "Change" goes; a row without it is only shown. */
  href?: string;
  /** The link's visible word ("Change"); the row's label is added for screen readers. */
  action?: string;
}

/**
 * Settings or answers as a list of rows, each with its value and a link to change it (GOV.UK
 * "summary list"). A description list, so each value is read with its label.
 */
export function SummaryList({ rows }: { rows: readonly SummaryRow[] }) {
  return (
    <dl class="summary-list">
      {rows.map((row) => (
        <div class="summary-list__row" key={row.key}>
          <dt class="summary-list__key">{row.label}</dt>
          <dd class="summary-list__value">{row.value}</dd>
          {row.href && row.action && (
            <dd class="summary-list__actions">
              <a href={row.href} class="summary-list__link">
                {row.action} <span class="visually-hidden">{row.label.toLocaleLowerCase()}</span>
              </a>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
