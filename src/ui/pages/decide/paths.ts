import { questions } from '../../../core/decide/answers';

/** The Decide pages, for prerendering: the start, one page per question, check and result. */
export const decidePaths = [
  '/decide',
  ...questions.map((_, i) => `/decide/q/${i + 1}`),
  '/decide/check',
  '/decide/result',
];
