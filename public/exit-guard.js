// Runs before the page renders. After "Exit this page", coming back to Terrarium
// (Back button, a restored tab) shows the start page, never the page that was open.
(() => {
  const FLAG = 'terrarium-exited';
  const root = document.documentElement;
  function exited() {
    try {
      return sessionStorage.getItem(FLAG) === '1';
    } catch {
      return false;
    }
  }
  if (exited()) {
    if (location.pathname === '/') {
      sessionStorage.removeItem(FLAG);
    } else {
      root.classList.add('exiting');
      location.replace('/');
    }
  }
  // A page restored from the back-forward cache skips the check above.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted && (exited() || root.classList.contains('exiting'))) {
      root.classList.add('exiting');
      location.replace('/');
    }
  });
})();
