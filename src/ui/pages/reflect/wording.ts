import type { PromptId } from '../../../core/reflect/prompts';
import type { reflect } from '../../i18n/en/reflect';

type ReflectMessages = typeof reflect;

/** The words for one prompt: its question, hint and field labels. */
export function promptWords(m: ReflectMessages, id: PromptId) {
  const words = m.prompts[id];
  const options: Readonly<Record<string, string>> = 'options' in words ? words.options : {};
  return {
    question: words.question,
    short: words.short,
    hint: words.hint,
    textLabel: words.textLabel,
    textHint: words.textHint,
    options,
    dateLabel: 'dateLabel' in words ? words.dateLabel : '',
    dateHint: 'dateHint' in words ? words.dateHint : '',
  };
}

/** The words shown for a chosen option. */
export function optionLabel(m: ReflectMessages, id: PromptId, option: string): string {
  return promptWords(m, id).options[option] ?? option;
}
