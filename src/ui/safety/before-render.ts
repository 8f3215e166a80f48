// The early script: built to /before-render.js and loaded in <head>, so it runs
// before the page renders and nothing flashes or shifts. Kept small: it blocks the first paint.
// 1. Inside another site's frame, the page is not shown.
// 2. After "Exit this page", going back to Terrarium shows the start page, never a page that was open.
// 3. Shift pressed three times leaves, from the first paint on.
// 4. On a first visit, the "Staying safe" offer is shown (its markup is always in the
//    page; a class on <html> decides before the first paint).
// 5. A form is never sent by the browser itself (before the app's script runs, it would put
//    the fields' words in the page's address).
// 6. The page opens in the person's language: the one they chose last on this device,
//    or else Spanish when the browser asks for Spanish first. Nothing is sent anywhere.
import { langOfPath, localizePath } from '../../core/i18n/lang';
import { guardAfterExit, guardRestoredPages, sendTo } from './after-exit';
import { guardFormSubmission } from './form-guard';
import { guardAgainstFraming } from './frame-guard';
import { startShiftShortcut } from './shift-shortcut';

const OFFERED = 'terrarium-safety-offered';
const CHOSEN_LANG = 'terrarium-lang';

function readLocal(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function openInChosenLanguage(): void {
  const chosen = readLocal(CHOSEN_LANG);
  const browserSpanish = /^es\b/i.test(navigator.languages?.[0] || navigator.language || '');
  const wanted = chosen === 'en' || chosen === 'es' ? chosen : browserSpanish ? 'es' : null;
  if (wanted && wanted !== langOfPath(location.pathname)) {
    sendTo(localizePath(location.pathname, wanted) + location.search + location.hash);
  }
}

guardAgainstFraming();
if (!guardAfterExit()) openInChosenLanguage();
guardRestoredPages();
startShiftShortcut();
guardFormSubmission();
if (readLocal(OFFERED) !== '1' && !/^(\/es)?\/safety$/.test(location.pathname)) {
  document.documentElement.classList.add('first-visit');
}
