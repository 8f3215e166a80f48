import { Card, CardList } from '../../components/card/Card';
import { partIcons } from '../../components/icon/part-icons';
import { useCatalog, useMessages } from '../../i18n';
import { learn } from '../../i18n/learn';

type Part = 'reflect' | 'notice' | 'decide' | 'happened';

/**
 * The end of every guide page: the parts of Terrarium that help with the next
 * step. After "If it already happened", deciding whether to tell that therapist
 * is not a next step; getting support is.
 */
export function WhereNext({
  parts = ['reflect', 'notice', 'decide'],
}: {
  parts?: readonly Part[];
}) {
  const all = useMessages();
  const m = useCatalog(learn).whereNext;
  return (
    <section class="where-next" aria-labelledby="where-next-heading">
      <h2 id="where-next-heading">{m.heading}</h2>
      <p>{m.intro}</p>
      <CardList>
        {parts.map((part) => (
          <li key={part}>
            <Card
              href={`/${part}`}
              heading={all.shell.nav[part]}
              headingLevel={3}
              icon={partIcons[part]}
            >
              <p>{m[part]}</p>
            </Card>
          </li>
        ))}
      </CardList>
    </section>
  );
}
