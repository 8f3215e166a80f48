// Loaded into Chromium from the Vite dev server by notice.bench.ts, so the
// timeline renders with the same Preact the app uses.
import { render } from 'preact';
import { detectDrift } from '../src/core/notice/drift';
import {
  chronological,
  type LocalDate,
  type LocalTime,
  type LoggedSession,
  type Minutes,
} from '../src/core/notice/session';
import { signIds } from '../src/core/notice/warning-signs';
import { Timeline } from '../src/ui/components/timeline/Timeline';
import { notice } from '../src/ui/i18n/notice';

/** The timeline's sentences, loaded before anything renders: a page does the same before it shows. */
export function ready(): Promise<unknown> {
  return notice.load('en');
}

/**
 * A seeded, weekly-ish log over `years` that drifts in its last year: sessions
 * run over, move later, fees drop, texts and hugs grow, signs recur.
 */
export function makeLog(count: number, years: number): LoggedSession[] {
  let seed = 7;
  const random = () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const start = Date.UTC(2020, 0, 6);
  const span = years * 365 * 86_400_000;
  return chronological(
    Array.from({ length: count }, (_, i) => {
      const progress = i / Math.max(1, count - 1);
      const drifting = progress > 0.8;
      const day = new Date(start + Math.floor(progress * span)).toISOString().slice(0, 10);
      const hour = drifting ? 17 + Math.floor(random() * 3) : 10 + Math.floor(random() * 6);
      return {
        id: `s${i}`,
        data: {
          date: day as LocalDate,
          start: `${String(hour).padStart(2, '0')}:${random() < 0.5 ? '00' : '30'}` as LocalTime,
          plannedMinutes: 50 as Minutes,
          actualMinutes: (50 +
            (drifting ? Math.floor(random() * 30) : Math.floor(random() * 6))) as Minutes,
          place: drifting && random() < 0.2 ? 'elsewhere' : random() < 0.1 ? 'video' : 'office',
          fee: drifting && random() < 0.3 ? 'waived' : 'usual',
          contactsBetween: drifting ? Math.floor(random() * 6) : random() < 0.05 ? 1 : 0,
          touch: drifting && random() < 0.7 ? 'hug' : random() < 0.1 ? 'handshake' : 'none',
          signs: signIds.filter(() => random() < (drifting ? 0.15 : 0.01)),
          notes: '',
        },
      };
    }),
  );
}

/** Milliseconds for each of `runs` calls of detectDrift over the log. */
export function timeDrift(log: LoggedSession[], runs: number): number[] {
  return Array.from({ length: runs }, () => {
    const t0 = performance.now();
    detectDrift(log);
    return performance.now() - t0;
  });
}

/**
 * Milliseconds for each of `runs` fresh renders of the timeline, including
 * detectDrift and the browser's style and layout (forced by reading a size).
 */
export function timeTimeline(log: LoggedSession[], runs: number): number[] {
  const host = document.createElement('div');
  document.body.append(host);
  const times = Array.from({ length: runs }, () => {
    render(null, host);
    const t0 = performance.now();
    render(<Timeline sessions={log} findings={detectDrift(log)} />, host);
    host.getBoundingClientRect();
    void host.offsetHeight;
    return performance.now() - t0;
  });
  return times;
}

/** Leaves one timeline on the page, for a look or a screenshot. */
export function showTimeline(log: LoggedSession[]) {
  const host = document.createElement('main');
  document.body.append(host);
  render(<Timeline sessions={log} findings={detectDrift(log)} />, host);
}
