import type { Doc } from '../../../core/report/document';

/**
 * A document as HTML, for the printable page. Headings start one level down
 * (the page's own h1 is the document title). Every piece of the person's
 * text gets dir="auto", so Hebrew or Arabic reads right to left.
 */
export function DocView({ doc }: { doc: Doc }) {
  return (
    <div class="doc">
      {doc.blocks.map((block, i) => {
        const key = `${block.kind}-${i}`;
        switch (block.kind) {
          case 'heading':
            return block.level === 3 ? (
              <h3 key={key} dir="auto">
                {block.text}
              </h3>
            ) : (
              <h2 key={key} dir="auto">
                {block.text}
              </h2>
            );
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
        }
        return null;
      })}
    </div>
  );
}
