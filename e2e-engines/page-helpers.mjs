/**
 * Runs inside the page (as source text): finds an element the way a person would, by its role
 * and visible name or by its label, and marks it so the driver can act on it with real input.
 * Both drivers share it, so a journey reads the same in every engine.
 */
export function markInPage(kind, name, within, mark) {
  const norm = (text) => (text ?? '').replace(/\s+/g, ' ').trim();
  const matches = (text) =>
    typeof name === 'string' ? norm(text) === name : new RegExp(name.source).test(norm(text));
  const visible = (el) => el.getClientRects().length > 0;
  const root = within ? document.querySelector(within) : document;
  if (!root) return false;
  for (const old of document.querySelectorAll(`[data-engines="${mark}"]`)) {
    old.removeAttribute('data-engines');
  }
  let found = null;
  if (kind === 'field') {
    // A styled radio or checkbox may be drawn by its label; a person taps the label.
    found = [...root.querySelectorAll('label')]
      .filter((label) => matches(label.textContent) && label.control)
      .map((label) => (['radio', 'checkbox'].includes(label.control.type) ? label : label.control))
      .find((el) => visible(el));
  } else {
    const selector = {
      button: 'button, input[type="submit"]',
      link: 'a[href]',
      heading: 'h1, h2, h3',
      text: 'p, li, h1, h2, h3, label, blockquote',
    }[kind];
    found = [...root.querySelectorAll(selector)].find(
      (el) => visible(el) && matches(el.textContent),
    );
  }
  if (!found) return false;
  found.setAttribute('data-engines', mark);
  return true;
}
