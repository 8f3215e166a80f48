import { emojiNameTable } from './emoji-names';

/*
 * What the PDF can draw. jsPDF draws only characters of the Basic Multilingual
 * Plane, from the one font we embed (DejaVu Sans: Latin, Greek, Cyrillic,
 * Hebrew, Arabic and many symbols). Color emoji cannot be drawn at all.
 *
 * Our choice: an emoji the font has in black and white (☺, ✓, ❤) is drawn as
 * such; any other emoji is written as its Unicode short name in brackets,
 * e.g. "[smiling face with hearts]", so its meaning survives; any other
 * character the font lacks is written as its code, e.g. "[U+4E2D]". The PDF
 * says so when it happened. The plain text and the printable page keep every
 * character exactly.
 */

const SKIN_TONES: Readonly<Record<string, string>> = {
  '\u{1F3FB}': 'light skin tone',
  '\u{1F3FC}': 'medium-light skin tone',
  '\u{1F3FD}': 'medium skin tone',
  '\u{1F3FE}': 'medium-dark skin tone',
  '\u{1F3FF}': 'dark skin tone',
};

/** An emoji as people type it: a flag, a keycap, or pictographs joined by zero-width joiners, with tags and modifiers. */
const EMOJI =
  /\p{Regional_Indicator}{2}|[#*0-9]\uFE0F?\u20E3|\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})*(?:\u200D\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})*)*[\u{E0020}-\u{E007E}]*\u{E007F}?/gu;

/** Invisible characters that only steer how an emoji looks; without the emoji they mean nothing. */
const PRESENTATION = /[\uFE0E\uFE0F\u200D]/gu;

let names: Map<string, string> | null = null;

function nameOf(key: string): string | undefined {
  if (!names) {
    names = new Map(emojiNameTable.split('\n').map((line) => line.split('\t') as [string, string]));
  }
  return names.get(key);
}

function codes(text: string): string {
  return Array.from(
    text,
    (c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
  ).join(' ');
}

export interface PdfText {
  readonly text: string;
  /** True when some character had to be written as a name or a code. */
  readonly substituted: boolean;
}

/**
 * The text as the PDF will show it. `covers` says whether the embedded font
 * has a glyph for a code point.
 */
export function pdfText(text: string, covers: (codePoint: number) => boolean): PdfText {
  let substituted = false;
  const drawable = (c: string) => {
    const cp = c.codePointAt(0) ?? 0;
    return cp <= 0xffff && (covers(cp) || c === '\n' || c === '\t');
  };
  const withEmoji = text.replace(EMOJI, (emoji) => {
    const tone = Array.from(emoji).find((c) => SKIN_TONES[c]);
    const key = Array.from(emoji)
      .filter((c) => !SKIN_TONES[c] && c !== '\uFE0F')
      .join('');
    if (!tone && Array.from(key).length === 1 && drawable(key)) return key;
    substituted = true;
    const name = nameOf(key);
    if (!name) return `[emoji ${codes(emoji)}]`;
    return tone ? `[${name}: ${SKIN_TONES[tone]}]` : `[${name}]`;
  });
  let out = '';
  for (const c of withEmoji.replace(PRESENTATION, '')) {
    if (drawable(c)) out += c;
    else {
      substituted = true;
      out += `[${codes(c)}]`;
    }
  }
  return { text: out, substituted };
}

const RTL = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}]/u;
const LETTER = /\p{L}/u;

/** A paragraph's direction, from its first letter, as browsers do for dir="auto". */
export function isRightToLeft(text: string): boolean {
  const first = LETTER.exec(text);
  return first !== null && RTL.test(first[0]);
}
