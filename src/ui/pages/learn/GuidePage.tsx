import type { FunctionComponent } from 'preact';
import { lazy } from 'preact-iso';
import { neighbours } from '../../../core/guide/guide-page';
import { langs } from '../../../core/i18n/lang';
import { ButtonLink } from '../../components/button/Button';
import { Page } from '../../components/page/Page';
import { useCatalog, useLang } from '../../i18n';
import { learn } from '../../i18n/learn';
import { NotFoundPage } from '../not-found/NotFoundPage';
import { GuideText } from './GuideText';
import { guides } from './guide-pages';
import { WhereNext } from './WhereNext';
import './learn.css';

/**
 * Pages read after harm was done: their next step is support and the complaint helper, not
 * deciding whether to tell that therapist.
 */
const AFTER_HARM = new Set(['if-it-already-happened', 'what-a-board-does', 'other-routes']);

/**
 * One lazy component per page and language, so a page loads its own text and no other.
 * The prerendered HTML already holds the text; the chunk only lets it hydrate.
 */
const articles = new Map(
  langs.flatMap((lang) =>
    guides[lang].map((page) => [
      `${lang}/${page.slug}`,
      lazy<FunctionComponent>(() =>
        page.load().then(({ default: loaded }) => ({
          default: () => <GuideText html={loaded.html} />,
        })),
      ),
    ]),
  ),
);

/** /learn/<slug>: the two-minute version or one section of the full guide, in the page's language. */
export function GuidePage({ slug }: { slug?: string }) {
  const lang = useLang();
  const m = useCatalog(learn).page;
  const guidePages = guides[lang];
  const page = guidePages.find((candidate) => candidate.slug === slug);
  const Article = page && articles.get(`${lang}/${page.slug}`);
  if (!page || !Article) return <NotFoundPage />;
  const { previous, next } = neighbours(guidePages, page.slug);
  return (
    <Page title={page.title}>
      <Article key={`${lang}/${page.slug}`} />
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
              <ButtonLink class="guide-pager__next" href={`/learn/${next.slug}`} rel="next">
                {m.next(next.title)}
              </ButtonLink>
            </li>
          )}
          <li>
            <a class="guide-pager__link" href="/learn">
              {m.allSections}
            </a>
          </li>
        </ul>
      </nav>
      <WhereNext
        parts={AFTER_HARM.has(page.slug) ? ['happened', 'reflect', 'notice'] : undefined}
      />
    </Page>
  );
}
