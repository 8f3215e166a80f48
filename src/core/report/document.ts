/**
 * A document as plain blocks, so the PDF, the printable page and the plain
 * text are three renderings of one thing and cannot drift apart. Text is kept
 * exactly as written: no trimming, no normalisation, every character intact.
 */
export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  /** One paragraph; line breaks inside it are the person's own and are kept. */
  | { readonly kind: 'paragraph'; readonly text: string }
  /** Label–value pairs, such as "License number: 12345". */
  | { readonly kind: 'fields'; readonly rows: readonly Field[] }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  /** Codes that must be read character by character (hashes): set in a fixed-width font. */
  | { readonly kind: 'code'; readonly lines: readonly string[] };

export interface Field {
  readonly label: string;
  readonly value: string;
}

export interface Doc {
  readonly title: string;
  readonly blocks: readonly Block[];
}

/** The document as plain text, for pasting into a board's web form or saving as a .txt file. */
export function docToText(doc: Doc): string {
  const parts = [underline(doc.title, '=')];
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'heading':
        parts.push(
          block.level === 3 ? block.text : underline(block.text, block.level === 1 ? '=' : '-'),
        );
        break;
      case 'paragraph':
        parts.push(block.text);
        break;
      case 'fields':
        parts.push(block.rows.map((row) => `${row.label}: ${row.value}`).join('\n'));
        break;
      case 'list':
        parts.push(block.items.map((item) => `- ${item}`).join('\n'));
        break;
      case 'code':
        parts.push(block.lines.join('\n'));
        break;
    }
  }
  return `${parts.join('\n\n')}\n`;
}

function underline(text: string, mark: string): string {
  return `${text}\n${mark.repeat(Math.max(3, Array.from(text).length))}`;
}

/**
 * The length a web form counts. A form's maxlength counts UTF-16 code units,
 * so an emoji counts as 2 there; counting the same way means a form never
 * finds the text longer than we said.
 */
export function characterCount(text: string): number {
  return text.length;
}
