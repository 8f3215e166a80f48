import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_EXIT_DESTINATION } from '../../../core/safety/exit-destination';
import { useCatalog } from '../../i18n';
import { exit } from '../../i18n/exit';
import { exitDestination, exitNow } from '../../safety/exit';
import './exit-this-page.css';

/**
 * The sticky "Exit this page" control (GOV.UK pattern). Without JavaScript it is
 * a plain link to the neutral site; with it, it also blanks the page and drops
 * decrypted data first. Shift pressed three times is counted by the early script
 * (src/ui/safety/shift-shortcut.ts), which also speaks the progress; the dots here
 * show it to sighted keyboard users.
 */
export function ExitThisPage() {
  return (
    <div class="exit-this-page">
      <ExitLink />
    </div>
  );
}

function ExitLink() {
  const m = useCatalog(exit);
  const [href, setHref] = useState(DEFAULT_EXIT_DESTINATION);
  useEffect(() => setHref(exitDestination()), []);
  return (
    <a
      class="exit-this-page__button"
      href={href}
      rel="nofollow noreferrer"
      onClick={(event) => {
        event.preventDefault();
        exitNow();
      }}
      onKeyDown={(event) => {
        // It looks like a button, so Space works as on a button (and does not scroll).
        if (event.key === ' ') {
          event.preventDefault();
          exitNow();
        }
      }}
    >
      {m.button}
      <span class="exit-this-page__hint">{m.hint}</span>
      <span class="exit-this-page__dots" aria-hidden="true">
        <span />
        <span />
        <span />
      </span>
    </a>
  );
}

/**
 * The same control inside a modal <dialog>. A modal makes the rest of the page
 * inert, so the sticky button behind it cannot be reached; one press must still
 * leave from every screen. (Shift three times still works: keys reach the window.)
 */
export function ExitInDialog() {
  return (
    <div class="exit-this-page exit-this-page--dialog">
      <ExitLink />
    </div>
  );
}
