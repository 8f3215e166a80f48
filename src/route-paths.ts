import { localizePath } from './core/i18n/lang';
import { decidePaths } from './ui/pages/decide/paths';
import { happenedPaths } from './ui/pages/happened/paths';
import { noticePaths } from './ui/pages/notice/paths';
import { preparePaths } from './ui/pages/prepare/paths';
import { reflectPaths } from './ui/pages/reflect/paths';
import { settingsPaths } from './ui/pages/settings/setting-paths';

// Apart from src/app.tsx so the browser never downloads the list (and the question and
// prompt lists it is built from): only prerendering and the benchmarks read it.

/** Every page of the app in one language. */
const pagePaths = [
  '/',
  '/safety',
  ...settingsPaths,
  '/learn',
  '/learn/quick',
  '/learn/feelings-are-common',
  '/learn/why-they-can-help',
  '/learn/why-acting-never-works',
  '/learn/the-rules',
  '/learn/what-a-good-therapist-does',
  '/learn/boundaries',
  '/learn/warning-signs',
  '/learn/therapy-by-video',
  '/learn/leaving-a-therapist',
  '/learn/if-it-already-happened',
  '/learn/what-a-board-does',
  '/learn/other-routes',
  ...reflectPaths,
  ...noticePaths,
  ...decidePaths,
  ...preparePaths,
  ...happenedPaths,
  '/erased',
  '/404',
];

/** Every route of the app, in every language. Prerendering starts from these and follows links. */
export const routePaths = [...pagePaths, ...pagePaths.map((path) => localizePath(path, 'es'))];
