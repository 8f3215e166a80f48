import { useMessages } from '../../i18n';
import { type Part, partIcons } from '../icon/part-icons';
import { Card, CardList } from './Card';

interface PartCardsProps<P extends Part> {
  parts: readonly P[];
  /** The sentence under each part's name: what the person finds there, said for this page. */
  say: (part: P) => string;
}

/** Cards into parts of Terrarium, each with the part's name and icon as the nav shows them. */
export function PartCards<P extends Part>({ parts, say }: PartCardsProps<P>) {
  const all = useMessages();
  return (
    <CardList>
      {parts.map((part) => (
        <li key={part}>
          <Card
            href={`/${part}`}
            heading={all.shell.nav[part]}
            headingLevel={3}
            icon={partIcons[part]}
          >
            <p>{say(part)}</p>
          </Card>
        </li>
      ))}
    </CardList>
  );
}
