import type { Doc } from '../../../core/report/document';

type Level = 2 | 3 | 4 | 5 | 6;

/**
 * A document as HTML, for the printable page and the letter's preview. Its
 * headings start at `headingsFrom` (2 on the printable page, whose own h1 is
 * the document title). Every piece of the person's text gets dir="auto", so
 * Hebrew or Arabic reads right to left.
 */
export function DocView({ doc, headingsFrom = 2 }: { doc: Doc; headingsFrom?: 2 | 3 | 4 | 5 }) {
  return (
    <div class="doc">
      {doc.blocks.map((block, i) => {
        const key = `${block.kind}-${i}`;
        switch (block.kind) {
          case 'heading': {
            const Tag =
              `h${Math.min(6, headingsFrom + (block.level === 3 ? 1 : 0)) as Level}` as const;
            return (
              <Tag key={key} dir="auto" class={block.newPage ? 'doc__new-page' : undefined}>
                {block.text}
              </Tag>
            );
          }
          case 'paragraph':
            return (
              <p key={key} dir="auto">
                {block.text}
              </p>
            );
          case 'fields':
            return (
              <dl key={key}>
                {block.rows.map((row) => (
                  <div key={row.label}>
                    <dt>{row.label}</dt>
                    <dd dir="auto">{row.value}</dd>
                  </div>
                ))}
              </dl>
            );
          case 'list':
            return (
              <ul key={key}>
                {block.items.map((item) => (
                  <li key={item} dir="auto">
                    {item}
                  </li>
                ))}
              </ul>
            );
          case 'code':
            return (
              <pre key={key} class="doc__code">
                {block.lines.join('\n')}
              </pre>
            );
          case 'chart':
            // Drawn only in the PDF; here, as in the plain text, every value is in words.
            return (
              <div key={key} class="doc__chart">
                <p class="doc__chart-title">{block.chart.title}</p>
                <p>{block.chart.description}</p>
              </div>
            );
        }
        return null;
      })}
    </div>
  );
}
