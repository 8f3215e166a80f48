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
 * region sits outside the app's root (or in the open dialog), so rendering the app
 * never rewrites it.
 */
export function startShiftShortcut(): void {
  let region: HTMLElement | null = null;
  let latest = '';
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
    latest = text;
    const target = liveRegion();
    if (!target) return;
    // An open modal dialog makes the rest of the page inert, live regions too: speak from inside it.
    const dialogs = document.querySelectorAll<HTMLElement>('dialog[open]');
    const host = dialogs[dialogs.length - 1] ?? document.body;
    if (target.parentElement === host) {
      target.textContent = text;
      return;
    }
    // A region that has just been moved is not listened to yet: speak a moment later.
    target.textContent = '';
    host.append(target);
    window.setTimeout(() => {
      target.textContent = latest;
    }, 150);
  };
  const m = () => messages.of(langOfPath(location.pathname));
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
