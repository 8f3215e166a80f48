import { PartCards } from '../../components/card/PartCards';
import { useCatalog } from '../../i18n';
import { learn } from '../../i18n/learn';

type WherePart = 'reflect' | 'notice' | 'decide' | 'happened';

/**
 * The end of every guide page: the parts of Terrarium that help with the next
 * step. After "If it already happened", deciding whether to tell that therapist
 * is not a next step; getting support is.
 */
export function WhereNext({
  parts = ['reflect', 'notice', 'decide'],
}: {
  parts?: readonly WherePart[];
}) {
  const m = useCatalog(learn).whereNext;
  return (
    <section class="where-next" aria-labelledby="where-next-heading">
      <h2 id="where-next-heading">{m.heading}</h2>
      <p>{m.intro}</p>
      <PartCards parts={parts} say={(part) => m[part]} />
    </section>
  );
}
