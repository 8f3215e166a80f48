import type { ComponentChildren } from 'preact';
import './disclosure.css';

/**
 * A short question that opens to its answer in place (GOV.UK "details"). Built on the native
 * <details>, so it works without JavaScript, with every screen reader announcing expanded or
 * collapsed, and with the browser's find-in-page opening it.
 */
export function Disclosure({
  summary,
  children,
  open = false,
  onToggle,
}: {
  summary: string;
  children: ComponentChildren;
  open?: boolean;
  onToggle?: (open: boolean) => void;
}) {
  return (
    <details
      class="disclosure"
      open={open}
      onToggle={onToggle ? (event) => onToggle(event.currentTarget.open) : undefined}
    >
      <summary class="disclosure__summary">{summary}</summary>
      <div class="disclosure__body">{children}</div>
    </details>
  );
}
