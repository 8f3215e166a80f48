import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useMessages } from '../../i18n';
import { BackupReminder } from '../../vault/BackupReminder';
import { LockButton } from '../../vault/LockButton';
import { Button, ButtonLink } from '../button/Button';
import { ExitThisPage } from '../exit-this-page/ExitThisPage';
import { LanguageSwitch } from '../language-switch/LanguageSwitch';
import './layout.css';

/** Read by the early script (src/ui/safety/before-render.ts), which shows the first-visit offer before the first paint. */
const FIRST_VISIT_KEY = 'terrarium-safety-offered';

type Limits = { storage: boolean; offline: boolean };

function dismissSafetyOffer() {
  document.documentElement.classList.remove('first-visit');
  try {
    localStorage.setItem(FIRST_VISIT_KEY, '1');
  } catch {
    // Without storage the offer simply comes back next time.
  }
}

/** The frame around every page: exit control, navigation, crisis help. */
export function Layout({ children, path }: { children: ComponentChildren; path: string }) {
  const m = useMessages().shell;
  const [limits, setLimits] = useState<Limits>({ storage: true, offline: true });

  useEffect(() => {
    setLimits({
      storage: typeof indexedDB !== 'undefined' && indexedDB !== null,
      offline: 'serviceWorker' in navigator,
    });
    if (path === '/safety') dismissSafetyOffer();
  }, [path]);

  return (
    <>
      <a class="skip-link" href="#main">
        {m.skipToContent}
      </a>
      <ExitThisPage />
      <header class="site-header">
        {/* One row on a phone too: the name, then the language switch and Lock at its end. */}
        <div class="site-header__bar">
          <a class="site-header__name" href="/">
            <img src="/icon.svg" alt="" width="32" height="32" />
            {m.appName}
          </a>
          <div class="site-header__tools">
            <LanguageSwitch />
            <LockButton />
          </div>
        </div>
        <nav aria-label={m.nav.label}>
          <ul class="site-nav">
            {(['learn', 'reflect', 'notice', 'decide', 'prepare', 'happened'] as const).map(
              (part) => (
                <li key={part}>
                  <a
                    href={`/${part}`}
                    aria-current={path.startsWith(`/${part}`) ? 'page' : undefined}
                  >
                    {m.nav[part]}
                  </a>
                </li>
              ),
            )}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <section class="notice first-visit-offer" aria-labelledby="first-visit-heading">
          <h2 id="first-visit-heading">{m.firstVisit.heading}</h2>
          <p>{m.firstVisit.body}</p>
          <div class="button-row">
            <ButtonLink href="/safety" onClick={dismissSafetyOffer}>
              {m.firstVisit.read}
            </ButtonLink>
            <Button
              variant="secondary"
              onClick={() => {
                dismissSafetyOffer();
                // The offer disappears with the button: carry on reading from the page's heading.
                document.querySelector<HTMLElement>('main h1')?.focus();
              }}
            >
              {m.firstVisit.later}
            </Button>
          </div>
        </section>
        {!limits.storage && <p class="notice">{m.limits.noStorage}</p>}
        {!limits.offline && <p class="notice">{m.limits.noOffline}</p>}
        <BackupReminder />
        {children}
      </main>
      <footer class="site-footer">
        <section aria-labelledby="crisis-heading">
          <h2 id="crisis-heading">{m.crisis.heading}</h2>
          <p>
            <a href="tel:988">{m.crisis.line988}</a>
          </p>
          <p>
            <a href="tel:911">{m.crisis.emergency}</a> {m.crisis.notService}
          </p>
        </section>
        <ul class="footer-links">
          <li>
            <a href="/safety">{m.nav.safety}</a>
          </li>
          <li>
            <a href="/settings">{m.nav.settings}</a>
          </li>
        </ul>
      </footer>
    </>
  );
}
