import { Timer } from 'lucide';
import { QUICK_SLUG } from '../../../core/guide/guide-page';
import { Card } from '../../components/card/Card';
import { Page } from '../../components/page/Page';
import { useCatalog, useLang } from '../../i18n';
import { learn } from '../../i18n/learn';
import { guides } from './guide-pages';
import { WhereNext } from './WhereNext';
import './learn.css';

/** /learn: choose the two-minute version or the full guide, section by section. */
export function LearnPage() {
  const m = useCatalog(learn).index;
  const guidePages = guides[useLang()];
  const quick = guidePages.find((page) => page.slug === QUICK_SLUG);
  const topics = guidePages.filter((page) => page.slug !== QUICK_SLUG);
  return (
    <Page title={m.title}>
      <p class="lead">{m.lead}</p>
      {quick && (
        <div class="guide-quick">
          <Card href={`/learn/${quick.slug}`} heading={quick.title} icon={Timer}>
            <p>{quick.summary}</p>
            <p class="hint">{m.quickHint}</p>
          </Card>
        </div>
      )}
      <section aria-labelledby="guide-full-heading">
        <h2 id="guide-full-heading">{m.fullHeading}</h2>
        <p>{m.fullHint}</p>
        <ol class="guide-contents">
          {topics.map((topic) => (
            <li key={topic.slug}>
              <a class="guide-contents__link" href={`/learn/${topic.slug}`}>
                {topic.title}
              </a>
              <p>{topic.summary}</p>
            </li>
          ))}
        </ol>
      </section>
      <WhereNext />
    </Page>
  );
}
