import type { Prompt } from '../../../core/reflect/prompts';
import type { PromptAnswer } from '../../../core/reflect/reflection';
import { useCatalog } from '../../i18n';
import { reflect } from '../../i18n/reflect';
import { promptWords } from './wording';

interface PromptFieldsProps {
  prompt: Prompt;
  answer: PromptAnswer;
  onChange: (answer: PromptAnswer) => void;
  /** On a page of its own the h1 asks the question, so the legend is for screen readers only. */
  legendHidden: boolean;
  dayError?: string | null;
}

/** The fields for one prompt: its options (checkboxes or radios), a day if it asks for one, and the person's own words. */
export function PromptFields({
  prompt,
  answer,
  onChange,
  legendHidden,
  dayError,
}: PromptFieldsProps) {
  const m = useCatalog(reflect);
  const words = promptWords(m, prompt.id);
  const id = prompt.id;
  const multi = prompt.kind === 'multi';

  const toggle = (option: string, checked: boolean) => {
    const others = answer.choices.filter((choice) => choice !== option);
    const choices = multi ? (checked ? [...others, option] : others) : checked ? [option] : others;
    onChange({ ...answer, choices });
  };

  return (
    <fieldset class="prompt" aria-describedby={`${id}-hint`}>
      <legend class={legendHidden ? 'visually-hidden' : 'prompt__legend'}>{words.question}</legend>
      <p id={`${id}-hint`} class="hint">
        {words.hint}
      </p>
      {prompt.options.length > 0 && (
        <div class="choices">
          {prompt.options.map((option) => (
            <div class="choice" key={option}>
              <input
                autoComplete="off"
                type={multi ? 'checkbox' : 'radio'}
                id={`${id}-${option}`}
                name={`${id}-choice`}
                value={option}
                checked={answer.choices.includes(option)}
                onChange={(event) => toggle(option, event.currentTarget.checked)}
              />
              <label for={`${id}-${option}`}>{words.options[option]}</label>
            </div>
          ))}
        </div>
      )}
      {prompt.kind === 'date' && (
        <div class={`field${dayError ? ' field--error' : ''}`}>
          <label for={`${id}-date`}>{words.dateLabel}</label>
          <p id={`${id}-date-hint`} class="hint">
            {words.dateHint}
          </p>
          {dayError && (
            <p id={`${id}-date-error`} class="error-message">
              {dayError}
            </p>
          )}
          <input
            autoComplete="off"
            type="date"
            id={`${id}-date`}
            class="input--date"
            value={answer.date}
            aria-describedby={`${id}-date-hint${dayError ? ` ${id}-date-error` : ''}`}
            onInput={(event) => onChange({ ...answer, date: event.currentTarget.value })}
          />
        </div>
      )}
      <div class="field">
        <label for={`${id}-text`}>{words.textLabel}</label>
        {words.textHint && (
          <p id={`${id}-text-hint`} class="hint">
            {words.textHint}
          </p>
        )}
        <textarea
          autoComplete="off"
          id={`${id}-text`}
          dir="auto"
          rows={prompt.kind === 'free' ? 8 : 4}
          aria-describedby={words.textHint ? `${id}-text-hint` : undefined}
          value={answer.text}
          onInput={(event) => onChange({ ...answer, text: event.currentTarget.value })}
        />
      </div>
    </fieldset>
  );
}
