import { langOfPath } from '../../core/i18n/lang';
import type { ShiftInput } from '../../core/safety/shift-presses';
import { type ShiftNews, watchShift } from '../../core/safety/shift-watch';
import { exit as messages } from '../i18n/exit';
import { exitNow } from './exit';

/** Set on <html> while a count is under way; the exit control's dots read it (CSS). */
export const PRESSES_ATTRIBUTE = 'data-shift-presses';

/**
 * Shift pressed three times leaves. Started by the early script, before the first
 * paint, and the only counter on the page: the app adds none of its own. Its live
 * region sits outside the app's root, so rendering the app never touches it.
 */
export function startShiftShortcut(): void {
  let region: HTMLElement | null = null;
  const liveRegion = (): HTMLElement | null => {
    if (!region && document.body) {
      region = document.createElement('p');
      region.className = 'visually-hidden';
      region.setAttribute('aria-live', 'polite');
      region.setAttribute('aria-atomic', 'true');
      document.body.append(region);
    }
    return region;
  };
  const say = (text: string) => {
    const target = liveRegion();
    if (target) target.textContent = text;
  };
  const m = () => messages[langOfPath(location.pathname)];
  const root = document.documentElement;

  const send = watchShift(
    (news: ShiftNews) => {
      if (news.kind === 'progress') root.setAttribute(PRESSES_ATTRIBUTE, String(news.presses));
      else root.removeAttribute(PRESSES_ATTRIBUTE);
      if (news.kind === 'exit') exitNow();
      else if (news.kind === 'progress') say(m().progress(news.left));
      else if (news.kind === 'expired') say(m().expired);
      else say('');
    },
    {
      setTimeout: (run, ms) => window.setTimeout(run, ms),
      clearTimeout: (id) => window.clearTimeout(id as number),
    },
  );

  const key = (kind: 'down' | 'up') => (event: KeyboardEvent) =>
    send({ kind, key: event.key, at: event.timeStamp, repeat: event.repeat } as ShiftInput);
  // Capture phase on window: a handler that stops the event further down cannot hide it.
  window.addEventListener('keydown', key('down'), true);
  window.addEventListener('keyup', key('up'), true);
  window.addEventListener(
    'pointerdown',
    (event) => send({ kind: 'pointer', at: event.timeStamp }),
    true,
  );
  document.addEventListener('DOMContentLoaded', liveRegion);
}
