/**
 * What a browser does with saved notes, and so what Terrarium should tell the person.
 * Pure: the page passes in what the browser reports, so every case can be tested in Node.
 */
export type BrowserFacts = {
  /** navigator.userAgent */
  userAgent: string;
  /** navigator.maxTouchPoints: an iPad asking for desktop sites reports a Mac user agent. */
  maxTouchPoints: number;
  /** navigator.standalone: true only in a web app opened from the iPhone or iPad Home Screen. */
  standalone: boolean | undefined;
  /** matchMedia('(display-mode: standalone)').matches */
  displayModeStandalone: boolean;
  /** Whether navigator.storage.persist exists. */
  canAskToKeep: boolean;
};

/**
 * - `safariTab`: iPhone or iPad Safari in a tab, where seven days of Safari use without opening
 *   the site erase its storage: warn, give the Home Screen steps, nudge a backup.
 * - `homeScreen`: the same devices, opened from the Home Screen, which keeps its own count.
 * - `other`: everywhere else; no seven-day rule to tell.
 */
export type SevenDayRule = 'safariTab' | 'homeScreen' | 'other';

export type StorageAdvice = {
  sevenDayRule: SevenDayRule;
  /** Offer "ask the browser to keep my notes" only where the browser has that request. */
  offerKeepRequest: boolean;
};

const APPLE_MOBILE = /\b(iPhone|iPad|iPod)\b/;
// Other browsers on iPhone name themselves; Safari's own user agent carries none of these.
const NOT_SAFARI = /\b(CriOS|FxiOS|EdgiOS|OPiOS|OPT|YaBrowser|GSA|DuckDuckGo)\//;

function isAppleMobile(facts: BrowserFacts): boolean {
  if (APPLE_MOBILE.test(facts.userAgent)) return true;
  // iPadOS Safari shows a Mac user agent by default; a Mac has no touch screen.
  return /\bMacintosh\b/.test(facts.userAgent) && facts.maxTouchPoints > 1;
}

function isSafari(userAgent: string): boolean {
  return /\bSafari\//.test(userAgent) && !NOT_SAFARI.test(userAgent);
}

export function storageAdvice(facts: BrowserFacts): StorageAdvice {
  const offerKeepRequest = facts.canAskToKeep;
  if (!isAppleMobile(facts)) return { sevenDayRule: 'other', offerKeepRequest };
  // A Home Screen web app has no "Safari" token in its user agent, so check the mode first.
  if (facts.standalone === true || facts.displayModeStandalone) {
    return { sevenDayRule: 'homeScreen', offerKeepRequest };
  }
  if (!isSafari(facts.userAgent)) return { sevenDayRule: 'other', offerKeepRequest };
  return { sevenDayRule: 'safariTab', offerKeepRequest };
}
