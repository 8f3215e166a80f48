import type { IconNode } from 'lucide';
import { h } from 'preact';
import './icon.css';

interface IconProps {
  /** One icon's shapes from `lucide`, imported by name so the rest of the set is left out of the bundle. */
  node: IconNode;
  /** Width and height in CSS pixels. */
  size?: number;
}

/**
 * A decorative line icon, drawn inline: nothing is fetched, and it takes the text color.
 * It is hidden from assistive technology, since the words beside it say the same.
 */
export function Icon({ node, size = 24 }: IconProps) {
  return (
    <svg
      class="icon"
      xmlns="http://www.w3.org/2000/svg"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {/* The shapes of an icon never change order, so their place is a stable key. */}
      {node.map(([tag, attributes], index) => h(tag, { key: index, ...attributes }))}
    </svg>
  );
}
