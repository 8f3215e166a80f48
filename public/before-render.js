// Runs before the page renders, so nothing flashes or shifts:
// 1. After "Exit this page", coming back to Terrarium (Back button, a restored tab)
//    shows the start page, never the page that was open.
// 2. On a first visit, the "Staying safe" offer is shown (its markup is always in the
//    page; a class on <html> decides before the first paint).
(() => {
  const EXITED = 'terrarium-exited';
  const OFFERED = 'terrarium-safety-offered';
  const root = document.documentElement;
  function read(storage, key) {
    try {
      return storage.getItem(key);
    } catch {
      return null;
    }
  }
  if (read(sessionStorage, EXITED) === '1') {
    if (location.pathname === '/') {
      sessionStorage.removeItem(EXITED);
    } else {
      root.classList.add('exiting');
      location.replace('/');
    }
  }
  // A page restored from the back-forward cache skips the check above.
  window.addEventListener('pageshow', (event) => {
    if (
      event.persisted &&
      (read(sessionStorage, EXITED) === '1' || root.classList.contains('exiting'))
    ) {
      root.classList.add('exiting');
      location.replace('/');
    }
  });
  if (read(localStorage, OFFERED) !== '1' && location.pathname !== '/safety') {
    root.classList.add('first-visit');
  }
})();
