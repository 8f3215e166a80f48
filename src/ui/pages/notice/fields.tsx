import type { ComponentChildren } from 'preact';

/*
 * Form fields in the GOV.UK shape: label, hint, the error message next to the
 * field (and named in aria-describedby), then the control.
 */

interface TextFieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'date' | 'time';
  inputMode?: 'numeric';
  max?: string;
  class?: string;
}

export function TextField(props: TextFieldProps) {
  const describedBy = [props.hint && `${props.id}-hint`, props.error && `${props.id}-error`]
    .filter(Boolean)
    .join(' ');
  return (
    <div class={`field${props.error ? ' field--error' : ''}`}>
      <label for={props.id}>{props.label}</label>
      {props.hint && (
        <p id={`${props.id}-hint`} class="hint">
          {props.hint}
        </p>
      )}
      {props.error && (
        <p id={`${props.id}-error`} class="error-message">
          {props.error}
        </p>
      )}
      <input
        id={props.id}
        // Preact types each input type apart; the three we use share every attribute set here.
        type={(props.type ?? 'text') as 'text'}
        inputMode={props.inputMode}
        autoComplete="off"
        spellcheck={false}
        max={props.max}
        class={props.class}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy || undefined}
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
    </div>
  );
}

interface ChoiceGroupProps {
  /** Used for the input name and as the prefix of each option's id. */
  name: string;
  legend: string;
  hint?: string;
  error?: string | undefined;
  children: ComponentChildren;
}

/** A fieldset of radios or checkboxes with its legend, hint and error. */
export function ChoiceGroup(props: ChoiceGroupProps) {
  const describedBy = [props.hint && `${props.name}-hint`, props.error && `${props.name}-error`]
    .filter(Boolean)
    .join(' ');
  return (
    <div class={`field${props.error ? ' field--error' : ''}`}>
      <fieldset aria-describedby={describedBy || undefined}>
        <legend>{props.legend}</legend>
        {props.hint && (
          <p id={`${props.name}-hint`} class="hint">
            {props.hint}
          </p>
        )}
        {props.error && (
          <p id={`${props.name}-error`} class="error-message">
            {props.error}
          </p>
        )}
        {props.children}
      </fieldset>
    </div>
  );
}

interface RadiosProps<V extends string> {
  name: string;
  options: Readonly<Record<V, string>>;
  value: string;
  onChange: (value: V) => void;
}

export function Radios<V extends string>({ name, options, value, onChange }: RadiosProps<V>) {
  return (
    <>
      {(Object.entries(options) as [V, string][]).map(([option, label]) => (
        <div class="choice" key={option}>
          <input
            autoComplete="off"
            type="radio"
            id={`${name}-${option}`}
            name={name}
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
          />
          <label for={`${name}-${option}`}>{label}</label>
        </div>
      ))}
    </>
  );
}

interface CheckboxProps {
  id: string;
  label: string;
  hint: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function Checkbox({ id, label, hint, checked, onChange }: CheckboxProps) {
  return (
    <div class="choice">
      <input
        autoComplete="off"
        type="checkbox"
        id={id}
        checked={checked}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <div>
        <label for={id}>{label}</label>
        <p id={`${id}-hint`} class="hint choice__hint">
          {hint}
        </p>
      </div>
    </div>
  );
}

/** The GOV.UK error summary: every problem, each a link to its field. Focused when it appears. */
export function ErrorSummary({
  heading,
  intro,
  items,
  summaryRef,
}: {
  heading: string;
  intro?: string;
  items: Array<{ href: string; text: string }>;
  summaryRef: { current: HTMLDivElement | null };
}) {
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={summaryRef}>
      <h2>{heading}</h2>
      {intro && <p>{intro}</p>}
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <a href={item.href}>{item.text}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
