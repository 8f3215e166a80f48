/**
 * A guide page's text. The HTML was compiled from our own Markdown at build time
 * (build/guide-content.ts refuses raw HTML, images and unsafe links), so it is trusted.
 */
export function GuideText({ html }: { html: string }) {
  return <div class="guide-text" dangerouslySetInnerHTML={{ __html: html }} />;
}
