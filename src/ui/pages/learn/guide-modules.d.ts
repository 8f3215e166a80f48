/**
 * The guide's content in each language, compiled from src/content/guide/<lang>/*.md at build
 * time (build/guide-content.ts). Every page in reading order, the two-minute version first;
 * `load` fetches one page's HTML.
 */
declare module 'virtual:guide/en' {
  export const guidePages: import('./guide-pages').GuidePages;
}

declare module 'virtual:guide/es' {
  export const guidePages: import('./guide-pages').GuidePages;
}
