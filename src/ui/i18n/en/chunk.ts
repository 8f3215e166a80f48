/**
 * Shown when part of the app could not be downloaded, even after a second try. Part of the main
 * bundle, because it must show exactly when a later download failed.
 */
export const chunk = {
  heading: 'This part did not load',
  body: 'Part of this page could not be downloaded. This can happen when the connection drops. Nothing you saved has changed.',
  reload: 'Load the page again',
};
