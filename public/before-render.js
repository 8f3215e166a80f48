// Runs before the page renders, so nothing flashes or shifts:
// 1. After "Exit this page", coming back to Terrarium (Back button, a restored tab)
//    shows the start page, never the page that was open.
// 2. On a first visit, the "Staying safe" offer is shown (its markup is always in the
//    page; a class on <html> decides before the first paint).
// 3. The page opens in the person's language: the one they chose last on this device,
//    or else Spanish when the browser asks for Spanish first. Nothing is sent anywhere.
(() => {
  const EXITED = 'terrarium-exited';
  const OFFERED = 'terrarium-safety-offered';
  const CHOSEN_LANG = 'terrarium-lang';
  const root = document.documentElement;
  function read(storage, key) {
    try {
      return storage.getItem(key);
    } catch {
      return null;
    }
  }
  if (read(sessionStorage, EXITED) === '1') {
    if (location.pathname === '/' || location.pathname === '/es') {
      sessionStorage.removeItem(EXITED);
    } else {
      root.classList.add('exiting');
      location.replace(/^\/es(\/|$)/.test(location.pathname) ? '/es' : '/');
    }
  }
  const spanishPage = /^\/es(\/|$)/.test(location.pathname);
  const chosen = read(localStorage, CHOSEN_LANG);
  const browserSpanish = /^es\b/i.test(
    (navigator.languages && navigator.languages[0]) || navigator.language || '',
  );
  const wanted = chosen === 'en' || chosen === 'es' ? chosen : browserSpanish ? 'es' : null;
  if (!root.classList.contains('exiting') && wanted && (wanted === 'es') !== spanishPage) {
    const rest = spanishPage ? location.pathname.replace(/^\/es/, '') || '/' : location.pathname;
    const target = wanted === 'es' ? `/es${rest === '/' ? '' : rest}` : rest;
    root.classList.add('exiting');
    location.replace(target + location.search + location.hash);
  }
  // A page restored from the back-forward cache skips the check above.
  window.addEventListener('pageshow', (event) => {
    if (
      event.persisted &&
      (read(sessionStorage, EXITED) === '1' || root.classList.contains('exiting'))
    ) {
      root.classList.add('exiting');
      location.replace(/^\/es(\/|$)/.test(location.pathname) ? '/es' : '/');
    }
  });
  if (read(localStorage, OFFERED) !== '1' && !/^(\/es)?\/safety$/.test(location.pathname)) {
    root.classList.add('first-visit');
  }
})();
