/** The Prepare pages, for prerendering. */
export const preparePaths = ['/prepare', '/prepare/practice', '/prepare/after'] as const;
