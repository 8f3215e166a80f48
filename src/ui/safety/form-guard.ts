/**
 * Every form of the app is handled by its script. Before that script has run, a prerendered
 * form would be sent by the browser itself on Enter or a tap on its button: to this page's
 * own address, with every field in the query string, where history keeps it. So the browser
 * never sends a form; the app's own handlers still get the event.
 */
export function guardFormSubmission(root: Pick<Document, 'addEventListener'> = document): void {
  root.addEventListener('submit', (event) => event.preventDefault(), { capture: true });
}
