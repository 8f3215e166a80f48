/**
 * The Notice pages. A session's pages take its id as ?id=, so one static,
 * prerendered page serves every session and a reload never lands on a 404.
 */
export const noticePaths: readonly string[] = [
  '/notice',
  '/notice/new',
  '/notice/session',
  '/notice/reflect',
];

export const sessionPath = (id: string) => `/notice/session?id=${encodeURIComponent(id)}`;
export const editPath = (id: string) => `${sessionPath(id)}&edit=1`;
export const reflectionPath = (id: string) => `/notice/reflect?id=${encodeURIComponent(id)}`;
