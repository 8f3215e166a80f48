import { guidePages } from 'virtual:guide/en';
import type { FunctionComponent } from 'preact';
import { lazy } from 'preact-iso';
import { neighbours } from '../../../core/guide/guide-page';
import { Page } from '../../components/page/Page';
import { useMessages } from '../../i18n';
import { NotFoundPage } from '../not-found/NotFoundPage';
import { GuideText } from './GuideText';
import { WhereNext } from './WhereNext';
import './learn.css';

/**
 * One lazy component per page, so a page loads its own text and no other page's.
 * The prerendered HTML already holds the text; the chunk only lets it hydrate.
 */
const articles = new Map(
  guidePages.map((page) => [
    page.slug,
    lazy<FunctionComponent>(() =>
      page.load().then(({ default: loaded }) => ({
        default: () => <GuideText html={loaded.html} />,
      })),
    ),
  ]),
);

/** /learn/<slug>: the two-minute version or one section of the full guide. */
export function GuidePage({ slug }: { slug?: string }) {
  const m = useMessages().learn.page;
  const page = guidePages.find((candidate) => candidate.slug === slug);
  const Article = page && articles.get(page.slug);
  if (!page || !Article) return <NotFoundPage />;
  const { previous, next } = neighbours(guidePages, page.slug);
  return (
    <Page title={page.title}>
      <Article key={page.slug} />
      <nav class="guide-pager" aria-label={m.pagerLabel}>
        <ul>
          {previous && (
            <li>
              <a class="guide-pager__link" href={`/learn/${previous.slug}`} rel="prev">
                {m.previous(previous.title)}
              </a>
            </li>
          )}
          {next && (
            <li>
              <a class="guide-pager__link" href={`/learn/${next.slug}`} rel="next">
                {m.next(next.title)}
              </a>
            </li>
          )}
          <li>
            <a class="guide-pager__link" href="/learn">
              {m.allSections}
            </a>
          </li>
        </ul>
      </nav>
      <WhereNext />
    </Page>
  );
}
