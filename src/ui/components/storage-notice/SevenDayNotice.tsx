import { useId } from 'preact/hooks';
import { useCatalog } from '../../i18n';
import { storage } from '../../i18n/storage';
import { useStorageAdvice } from './use-storage-advice';

/**
 * On iPhone and iPad Safari in a tab: the seven-day rule, the Home Screen steps and a backup
 * nudge. From the Home Screen: that the rule no longer applies. Elsewhere: nothing.
 */
export function SevenDayNotice({ headingLevel = 3 }: { headingLevel?: 2 | 3 }) {
  const m = useCatalog(storage);
  const advice = useStorageAdvice();
  const id = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  if (advice?.sevenDayRule === 'safariTab') {
    return (
      <section class="notice" aria-labelledby={id} data-testid="seven-day-notice">
        <Heading id={id}>{m.safariTab.heading}</Heading>
        <p>{m.safariTab.body}</p>
        <p>{m.safariTab.homeScreen}</p>
        <ol>
          {m.safariTab.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <p>{m.safariTab.backup}</p>
      </section>
    );
  }
  if (advice?.sevenDayRule === 'homeScreen') {
    return (
      <section class="notice" aria-labelledby={id} data-testid="home-screen-notice">
        <Heading id={id}>{m.homeScreen.heading}</Heading>
        <p>{m.homeScreen.body}</p>
      </section>
    );
  }
  return null;
}
