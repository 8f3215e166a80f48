import { useEffect, useRef, useState } from 'preact/hooks';
import {
  countShift,
  noPresses,
  SHIFT_PRESSES_TO_EXIT,
  shouldExit,
} from '../../../core/safety/shift-presses';
import { useMessages } from '../../i18n';
import { exitDestination, exitNow } from '../../safety/exit';
import './exit-this-page.css';

/**
 * The sticky "Exit this page" control (GOV.UK pattern). Without JavaScript it is
 * a plain link to the neutral site; with it, it also blanks the page and drops
 * decrypted data first, and listens for Shift pressed three times.
 */
export function ExitThisPage() {
  const m = useMessages().shell.exit;
  const [announcement, setAnnouncement] = useState('');
  const [href, setHref] = useState('https://www.bbc.com/weather');
  const count = useRef(noPresses);

  useEffect(() => {
    setHref(exitDestination());
    const onKey = (event: KeyboardEvent) => {
      count.current = countShift(count.current, {
        key: event.key,
        at: event.timeStamp,
        repeat: event.repeat,
      });
      if (shouldExit(count.current)) {
        setAnnouncement(m.leaving);
        exitNow();
      } else if (event.key === 'Shift' && count.current.presses > 0) {
        setAnnouncement(m.progress(SHIFT_PRESSES_TO_EXIT - count.current.presses));
      } else {
        setAnnouncement('');
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [m]);

  return (
    <div class="exit-this-page">
      <ExitLink href={href} />
      <p class="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </div>
  );
}

function ExitLink({ href }: { href: string }) {
  const m = useMessages().shell.exit;
  return (
    <a
      class="exit-this-page__button"
      href={href}
      rel="nofollow noreferrer"
      onClick={(event) => {
        event.preventDefault();
        exitNow();
      }}
    >
      {m.button}
      <span class="exit-this-page__hint">{m.hint}</span>
    </a>
  );
}

/**
 * The same control inside a modal <dialog>. A modal makes the rest of the page
 * inert, so the sticky button behind it cannot be reached; one press must still
 * leave from every screen. (Shift three times still works: keys reach the document.)
 */
export function ExitInDialog() {
  const [href, setHref] = useState('https://www.bbc.com/weather');
  useEffect(() => setHref(exitDestination()), []);
  return (
    <div class="exit-this-page exit-this-page--dialog">
      <ExitLink href={href} />
    </div>
  );
}
