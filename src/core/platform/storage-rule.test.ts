import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BrowserFacts, storageAdvice } from './storage-rule';

const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Mobile/15E148 Safari/604.1';
const IPAD_SAFARI =
  'Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const IPAD_DESKTOP_MODE =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Safari/605.1.15';
const IPHONE_HOME_SCREEN =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148';
const IPHONE_CHROME =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/141.0.7390.96 Mobile/15E148 Safari/604.1';
const ANDROID_CHROME =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Mobile Safari/537.36';
const WEBKITGTK =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/60.5 Safari/605.1.15';
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0';

function facts(userAgent: string, more: Partial<BrowserFacts> = {}): BrowserFacts {
  return {
    userAgent,
    maxTouchPoints: 0,
    standalone: undefined,
    displayModeStandalone: false,
    canAskToKeep: true,
    ...more,
  };
}

describe('storageAdvice', () => {
  it('warns iPhone and iPad Safari in a tab about the seven-day rule', () => {
    expect(storageAdvice(facts(IPHONE_SAFARI, { standalone: false, maxTouchPoints: 5 }))).toEqual({
      sevenDayRule: 'safariTab',
      offerKeepRequest: true,
    });
    expect(storageAdvice(facts(IPAD_SAFARI, { standalone: false })).sevenDayRule).toBe('safariTab');
  });

  it('tells an iPad asking for desktop sites from a Mac by its touch screen', () => {
    expect(storageAdvice(facts(IPAD_DESKTOP_MODE, { maxTouchPoints: 5 })).sevenDayRule).toBe(
      'safariTab',
    );
    expect(storageAdvice(facts(IPAD_DESKTOP_MODE, { maxTouchPoints: 0 })).sevenDayRule).toBe(
      'other',
    );
  });

  it('stops warning once opened from the Home Screen, by either signal', () => {
    expect(storageAdvice(facts(IPHONE_HOME_SCREEN, { standalone: true })).sevenDayRule).toBe(
      'homeScreen',
    );
    expect(
      storageAdvice(facts(IPHONE_SAFARI, { standalone: false, displayModeStandalone: true }))
        .sevenDayRule,
    ).toBe('homeScreen');
  });

  it('does not tell the Safari rule to other browsers', () => {
    for (const ua of [IPHONE_CHROME, ANDROID_CHROME, WEBKITGTK, FIREFOX]) {
      expect(storageAdvice(facts(ua, { standalone: false })).sevenDayRule).toBe('other');
    }
  });

  it('offers the keep request exactly where the browser has it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(IPHONE_SAFARI, IPAD_DESKTOP_MODE, ANDROID_CHROME, WEBKITGTK, FIREFOX),
        fc.nat(10),
        fc.option(fc.boolean(), { nil: undefined }),
        fc.boolean(),
        fc.boolean(),
        (userAgent, maxTouchPoints, standalone, displayModeStandalone, canAskToKeep) => {
          const advice = storageAdvice({
            userAgent,
            maxTouchPoints,
            standalone,
            displayModeStandalone,
            canAskToKeep,
          });
          expect(advice.offerKeepRequest).toBe(canAskToKeep);
        },
      ),
    );
  });

  it('never warns outside Apple phones and tablets, whatever the other signals say', () => {
    fc.assert(
      fc.property(
        fc.string().filter((noise) => !/iP|Macintosh/.test(noise)),
        fc.option(fc.boolean(), { nil: undefined }),
        fc.boolean(),
        (noise, standalone, displayModeStandalone) => {
          const userAgent = `${FIREFOX} ${noise}`;
          const advice = storageAdvice(
            facts(userAgent, { standalone, displayModeStandalone, maxTouchPoints: 5 }),
          );
          expect(advice.sevenDayRule).toBe('other');
        },
      ),
    );
  });
});
