import { useId, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../../core/i18n/lang';
import { characterCount, type Doc, docToText } from '../../../core/report/document';
import { useCatalog } from '../../i18n';
import { documentText } from '../../i18n/document';
import { happened } from '../../i18n/happened';
import { DocView } from './DocView';
import type { Paper } from './pdf/pdf';

interface ExportPanelProps {
  /** The document to export. */
  doc: Doc;
  /** The language the document is written in, which may differ from the page's. */
  docLang: Lang;
  /** A name for the files, without extension, e.g. "complaint-2025-06-01". */
  fileName: string;
  printHref: string;
  /** The footer of every PDF page, in the document's language. */
  footer: string;
  /** Extra plain texts to offer, such as only "what happened" for a form's own box. */
  extraTexts?: readonly { label: string; text: string }[];
  /** Keeps the ids of the text boxes unique on the page. */
  idPrefix: string;
  /**
   * Shows the document as it reads on paper, with its plain text behind a disclosure (the
   * complaint letter); without it the plain text is shown open (the report, whose codes are
   * worked out from that text).
   */
  preview?: boolean;
}

/**
 * The paper size chosen for PDFs. Letter, what US boards expect, until the person picks A4;
 * kept in memory only while the app is open, never stored.
 */
let chosenPaper: Paper = 'letter';

type PdfState = 'idle' | 'working' | 'done' | 'failed';

/** The three ways out: a PDF (made on request), a printable page, and plain text with its length. */
export function ExportPanel({
  doc,
  docLang,
  fileName,
  printHref,
  footer,
  extraTexts = [],
  idPrefix,
  preview = false,
}: ExportPanelProps) {
  const m = useCatalog(happened).exportText;
  const [pdf, setPdf] = useState<PdfState>('idle');
  const [paper, setPaper] = useState<Paper>(chosenPaper);
  const text = docToText(doc);
  const choosePaper = (size: Paper) => {
    chosenPaper = size;
    setPaper(size);
  };

  const downloadPdf = async () => {
    setPdf('working');
    try {
      // The PDF code, jsPDF and the font load only now, never with the page.
      const { makePdf } = await import('./pdf/pdf');
      // What the PDF itself says is in the document's language, not the page's.
      const inDoc = documentText.of(docLang);
      const blob = await makePdf(doc, {
        footer,
        substitutionNote: inDoc.substitutionNote,
        pageLabel: inDoc.page,
        paper,
      });
      save(blob, `${fileName}.pdf`);
      setPdf('done');
    } catch {
      setPdf('failed');
    }
  };

  return (
    <>
      {preview && (
        <>
          <h3>{m.previewHeading}</h3>
          <article class="paper" aria-label={m.previewLabel(doc.title)} lang={docLang}>
            <h4 class="paper__title" dir="auto">
              {doc.title}
            </h4>
            <DocView doc={doc} headingsFrom={5} />
          </article>
        </>
      )}
      <PaperSize paper={paper} onChoose={choosePaper} />
      <div class="button-row">
        <button type="button" class="button" onClick={downloadPdf} disabled={pdf === 'working'}>
          {pdf === 'working' ? m.pdfWorking : m.pdf}
        </button>
        <a class="button button--secondary" href={printHref}>
          {m.printable}
        </a>
      </div>
      <p role="status">{pdf === 'done' ? m.pdfDone : pdf === 'failed' ? m.pdfFailed : ''}</p>
      <h3>{m.textHeading}</h3>
      <p class="hint">{m.textHint}</p>
      <PlainText
        id={`${idPrefix}-text`}
        label={m.textLabel(doc.title)}
        text={text}
        lang={docLang}
        fileName={`${fileName}.txt`}
        disclosure={preview ? m.showText : undefined}
      />
      {extraTexts.map((extra, i) => (
        <PlainText
          key={extra.label}
          id={`${idPrefix}-extra-${i}`}
          label={extra.label}
          text={extra.text}
        />
      ))}
    </>
  );
}

/** Letter or A4 for the PDF: a choice for this visit only. */
function PaperSize({ paper, onChoose }: { paper: Paper; onChoose: (paper: Paper) => void }) {
  const m = useCatalog(happened).exportText.paper;
  const name = useId();
  const sizes: { size: Paper; label: string }[] = [
    { size: 'letter', label: m.letter },
    { size: 'a4', label: m.a4 },
  ];
  return (
    <fieldset class="paper-size">
      <legend>{m.legend}</legend>
      <div class="paper-size__choices">
        {sizes.map(({ size, label }) => (
          <div class="choice" key={size}>
            <input
              autoComplete="off"
              type="radio"
              id={`${name}-${size}`}
              name={name}
              value={size}
              checked={paper === size}
              onChange={() => onChoose(size)}
            />
            <label for={`${name}-${size}`}>{label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * A text shown for copying, in a scrollable block rather than a text box:
 * browsers save the content of form fields, even read-only ones, in their
 * session files, and an export is the person's words.
 */
function PlainText({
  id,
  label,
  text,
  lang,
  fileName,
  disclosure,
}: {
  id: string;
  label: string;
  text: string;
  /** The language of the text, when Terrarium wrote it; the person's own words have none we know. */
  lang?: Lang;
  fileName?: string;
  /** When given, the text sits closed behind a disclosure with these words; the buttons stay out. */
  disclosure?: string;
}) {
  const m = useCatalog(happened).exportText;
  const block = useRef<HTMLPreElement>(null);
  const shell = useRef<HTMLDetailsElement>(null);
  const [copied, setCopied] = useState<string>('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(m.copied);
    } catch {
      // The fallback selects the text, which must be shown to be selected and copied.
      if (shell.current) shell.current.open = true;
      setCopied(selectForCopy(block.current) ? m.copied : m.copyFailed);
    }
  };
  const shown = (
    <>
      <p id={`${id}-label`} class="plain-text__label">
        {label}
      </p>
      {/* biome-ignore lint/a11y/useSemanticElements: a named, focusable region is how a scrolling block is read and scrolled by keyboard and screen reader; a <section> cannot keep the text preformatted */}
      <pre
        ref={block}
        id={id}
        class="plain-text"
        dir="auto"
        lang={lang}
        role="region"
        aria-labelledby={`${id}-label`}
        aria-describedby={`${id}-count`}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling block must be reachable by keyboard to be read (WCAG 2.1.1)
        tabIndex={0}
      >
        {text}
      </pre>
    </>
  );
  return (
    <div class="field">
      {disclosure ? (
        <details class="plain-text__disclosure" ref={shell}>
          <summary>{disclosure}</summary>
          {shown}
        </details>
      ) : (
        shown
      )}
      <p id={`${id}-count`} class="count">
        {m.count(characterCount(text))}
      </p>
      <div class="button-row">
        <button type="button" class="button button--secondary" onClick={copy}>
          {m.copy}
        </button>
        {fileName && (
          <button
            type="button"
            class="button button--secondary"
            onClick={() => save(new Blob([text], { type: 'text/plain;charset=utf-8' }), fileName)}
          >
            {m.downloadText}
          </button>
        )}
      </div>
      <p role="status">{copied}</p>
    </div>
  );
}

/**
 * Where the clipboard API is refused (an older browser, a page not allowed
 * to write it), selects the block and asks the browser to copy the
 * selection. The text stays selected either way, so the person can copy it
 * themselves.
 */
function selectForCopy(element: HTMLElement | null): boolean {
  const selection = window.getSelection();
  if (!element || !selection) return false;
  selection.selectAllChildren(element);
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

/** Saves a file made on this device; nothing leaves it. */
function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
