import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Lang } from '../../../../core/i18n/lang';
import { chronological } from '../../../../core/notice/session';
import type { Doc } from '../../../../core/report/document';
import type { EvidenceItem, EvidenceSelection } from '../../../../core/report/evidence';
import { buildEvidenceReport, reportDocument } from '../../../../core/report/report';
import type { UnlockedVault } from '../../../../core/vault/record-type';
import { useCatalog } from '../../../i18n';
import { documentText } from '../../../i18n/document';
import { happened } from '../../../i18n/happened';
import { DocLanguage, useDocLang } from '../DocLanguage';
import { EvidenceChoices } from '../EvidenceChoices';
import { ExportPanel } from '../ExportPanel';
import { reportPrintPath, verifyPath } from '../paths';
import { saveProblem } from '../save-problem';
import { evidenceOf, type HappenedData, saveSelection, useHappenedData } from '../store';
import { today } from '../today';

/**
 * The report for the current choices, in the documents' language. Working
 * out its codes takes a moment, so the document arrives asynchronously; it
 * is made again when what is in it or its language changes, since the codes
 * cover the printed words.
 */
export function useReport(
  data: HappenedData,
  lang: Lang,
): { items: EvidenceItem[]; doc: Doc | null } {
  const items = evidenceOf(data);
  const key = JSON.stringify(data.selection) + items.map((i) => `${i.kind}:${i.id}`).join(',');
  const stable = useMemo(() => items, [key]);
  return { items, doc: useReportDocument(stable, lang) };
}

function useReportDocument(items: readonly EvidenceItem[], lang: Lang): Doc | null {
  const [doc, setDoc] = useState<Doc | null>(null);
  useEffect(() => {
    let live = true;
    setDoc(null);
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    reportDocument(buildEvidenceReport(items, new Date(), timeZone), lang).then((made) => {
      if (live) setDoc(made);
    });
    return () => {
      live = false;
    };
  }, [items, lang]);
  return doc;
}

/** The choices, what they reveal and the exports: fetched once the vault is open. */
export function Report({ vault }: { vault: UnlockedVault }) {
  const all = useCatalog(happened);
  const m = all.report;
  const data = useHappenedData(vault);
  const [status, setStatus] = useState('');
  const docLang = useDocLang();
  const inDoc = documentText.of(docLang);
  const { items, doc } = useReport(data, docLang);

  const change = async (selection: EvidenceSelection) => {
    try {
      await saveSelection(vault, data, selection);
      setStatus(m.saved);
    } catch (error) {
      setStatus(saveProblem(error, all.complaint));
    }
  };

  const entries = items.filter((i) => i.kind === 'entry');
  const versions = entries.reduce(
    (n, i) => n + (i.kind === 'entry' ? i.entry.revisions.length : 0),
    0,
  );

  return (
    <>
      <h2>{m.chooseHeading}</h2>
      <EvidenceChoices
        entries={data.entries}
        sessions={chronological(data.sessions)}
        selection={data.selection}
        onChange={change}
        showParts={true}
      />
      <p role="status">{status}</p>

      <section class="notice" aria-labelledby="reveals-heading">
        <h2 id="reveals-heading">{m.revealsHeading}</h2>
        <ul>
          {m.reveals(entries.length, items.length - entries.length, versions).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p>{m.revealsNot}</p>
        {items.length === 0 && <p>{m.empty}</p>}
      </section>

      <h2>{m.exportHeading}</h2>
      <DocLanguage />
      {doc ? (
        <ExportPanel
          doc={doc}
          docLang={docLang}
          fileName={`${inDoc.fileReport}-${today()}`}
          printHref={reportPrintPath(docLang)}
          footer={inDoc.footerReport}
          idPrefix="report"
        />
      ) : (
        <p role="status">{all.exportText.working}</p>
      )}
      <p>
        <a href={verifyPath}>{all.verify.link}</a>
      </p>
    </>
  );
}
