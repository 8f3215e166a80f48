/** The guide's content, compiled from src/content/guide/en/*.md at build time (build/guide-content.ts). */
declare module 'virtual:guide/en' {
  type GuidePage = import('../../../core/guide/guide-page').GuidePage;
  type GuidePageMeta = import('../../../core/guide/guide-page').GuidePageMeta;

  /** Every page in reading order: the two-minute version first. `load` fetches one page's HTML. */
  export const guidePages: ReadonlyArray<
    GuidePageMeta & { readonly load: () => Promise<{ default: GuidePage }> }
  >;
}
