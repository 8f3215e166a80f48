import type { ComponentChildren } from 'preact';
import type { EntryContent as Content, EntryKind } from '../../../core/reflect/entry';
import { type PromptId, prompts } from '../../../core/reflect/prompts';
import {
  isAnswered,
  type PromptAnswer,
  type ReflectionAnswers,
} from '../../../core/reflect/reflection';
import { useCatalog } from '../../i18n';
import { reflect } from '../../i18n/reflect';
import { formatDay } from './journal';
import { promptWords } from './wording';

/**
 * What the person wrote, shown as text. Preact puts strings into text nodes,
 * so pasted markup stays visible characters; white-space: pre-wrap keeps their
 * line breaks and dir="auto" lets right-to-left writing run the right way.
 */
export function UserText({ text }: { text: string }) {
  return (
    <p class="user-text" dir="auto">
      {text}
    </p>
  );
}

export function AnswerView({ id, answer }: { id: PromptId; answer: PromptAnswer }) {
  const m = useCatalog(reflect);
  const words = promptWords(m, id);
  const prompt = prompts.find((p) => p.id === id);
  return (
    <>
      {answer.choices.length > 0 &&
        (prompt?.kind === 'multi' ? (
          <ul class="answer__choices">
            {answer.choices.map((choice) => (
              <li key={choice}>{words.options[choice]}</li>
            ))}
          </ul>
        ) : (
          <p class="answer__choice">{words.options[answer.choices[0] ?? '']}</p>
        ))}
      {answer.date && <p class="answer__choice">{formatDay(answer.date, m.locale)}</p>}
      {answer.text.trim() && <UserText text={answer.text} />}
    </>
  );
}

/** Every prompt with its answer, or "Skipped"; an optional action (a "Change" link) per row. */
export function AnswerList({
  answers,
  action,
}: {
  answers: ReflectionAnswers;
  action?: (id: PromptId, step: number) => ComponentChildren;
}) {
  const m = useCatalog(reflect);
  return (
    <dl class="summary-list">
      {prompts.map((prompt, i) => {
        const answer = answers[prompt.id];
        return (
          <div class="summary-list__row" key={prompt.id}>
            <dt>{promptWords(m, prompt.id).question}</dt>
            <dd>
              {isAnswered(answer) ? (
                <AnswerView id={prompt.id} answer={answer} />
              ) : (
                <p class="muted">{m.summary.skipped}</p>
              )}
            </dd>
            {action && <dd class="summary-list__action">{action(prompt.id, i + 1)}</dd>}
          </div>
        );
      })}
    </dl>
  );
}

/** One version of an entry: a free entry's text, or a reflection's answers. */
export function EntryBody({ kind, content }: { kind: EntryKind; content: Content }) {
  return kind === 'free' ? (
    <UserText text={content.body} />
  ) : (
    <AnswerList answers={content.answers} />
  );
}
