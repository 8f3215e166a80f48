/**
 * Terrarium is never shown inside another site's frame, where that site could
 * overlay it or trick a click. Hosts that send `frame-ancestors 'none'` stop this
 * already; this covers hosts that send no headers. The page stays hidden (CSS on
 * html.framed) and, where the browser allows it, takes over the whole tab.
 */
export function guardAgainstFraming(): void {
  if (window.top === window.self) return;
  document.documentElement.classList.add('framed');
  try {
    if (window.top) window.top.location.href = location.href;
  } catch {
    // The browser refused (a cross-origin frame without a click): the page stays hidden.
  }
}
