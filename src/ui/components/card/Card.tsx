import type { IconNode } from 'lucide';
import type { ComponentChildren } from 'preact';
import { Icon } from '../icon/Icon';
import './card.css';

interface CardProps {
  /** Where the card leads. */
  href: string;
  /** The card's heading, which is also the text of its one link. */
  heading: string;
  /** The heading's level in the page's outline. */
  headingLevel?: 2 | 3;
  /** A decorative picture beside the heading. */
  icon?: IconNode;
  /** What the person finds there, in a sentence or two. */
  children?: ComponentChildren;
}

/**
 * A way into another part of the app, tappable anywhere on it. There is one link, the
 * heading's: it is stretched over the card, so a screen reader hears the heading once
 * and nothing is nested inside the link.
 */
export function Card({ href, heading, headingLevel = 2, icon, children }: CardProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  return (
    <div class="card card--link">
      {icon && (
        <span class="card__icon">
          <Icon node={icon} size={26} />
        </span>
      )}
      <div class="card__body">
        <Heading class="card__heading">
          <a class="card__link" href={href}>
            {heading}
          </a>
        </Heading>
        {children && <div class="card__text">{children}</div>}
      </div>
    </div>
  );
}

/** Cards side by side where there is room, one under another on a phone. Its children are `<li>`s. */
export function CardList({ children }: { children: ComponentChildren }) {
  return <ul class="card-list">{children}</ul>;
}
