import { dismissFirstVisit, driftingWeeks, logSession } from '../e2e/notice-journey';
import { type BenchContext, type BenchRow, median } from './types';

const RUNS = 3;
/** The aim: a session where something happened, logged in under 30 seconds. */
const TIME_BUDGET_MS = 30_000;

/**
 * The scripted Notice journey of e2e/notice.spec.ts on the production build,
 * in a phone-sized Chromium (390 × 844, touch): six weekly sessions that drift.
 * Measured is week 5, a session where something happened (fee waived, six
 * contacts, a hug, one sign under "Did anything else happen?"): the taps (links,
 * buttons, radios and tick boxes pressed), the fields typed in, and the time from
 * the tap on "Log a session" to "Session saved." on the log. The script does not
 * pause to read or type, so the time is the app's share of a person's 30 seconds.
 * Each run starts with an empty vault in a fresh browser context.
 */
export async function run({ page, previewOrigin }: BenchContext): Promise<BenchRow[]> {
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser');
  const taps: number[] = [];
  const typed: number[] = [];
  const screens: number[] = [];
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
      serviceWorkers: 'block',
    });
    const phone = await context.newPage();
    await phone.goto(`${previewOrigin}/notice`);
    await dismissFirstVisit(phone);
    for (const [i, week] of driftingWeeks.entries()) {
      const started = performance.now();
      const effort = await logSession(phone, week, i === 0);
      if (i === 4) {
        times.push(performance.now() - started);
        taps.push(effort.taps);
        typed.push(effort.typed);
        screens.push(effort.screens);
      }
    }
    await context.close();
  }
  return [
    {
      area: 'notice',
      metric: 'logging a session where something happened: taps (scripted journey, 390×844)',
      value: median(taps),
      unit: 'taps',
    },
    {
      area: 'notice',
      metric: 'logging a session where something happened: fields typed in',
      value: median(typed),
      unit: 'fields',
    },
    {
      area: 'notice',
      metric:
        'logging a session where something happened: the form’s height in phone screens (844 px)',
      value: median(screens),
      unit: 'screens',
    },
    {
      area: 'notice',
      metric: `logging a session where something happened: time, no pauses (median of ${RUNS})`,
      value: Math.round(median(times)),
      unit: 'ms',
      budget: TIME_BUDGET_MS,
    },
  ];
}
