import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';

interface StepLinkProps {
  href: string;
  class?: string;
  children: ComponentChildren;
}

/**
 * A link between steps of one flow. It takes the place of the current history entry,
 * so the browser's Back (and what is left after "Exit this page") never walks
 * through every question. Without script it is a plain link.
 */
export function StepLink({ href, class: className, children }: StepLinkProps) {
  const { route } = useLocation();
  const go = (event: MouseEvent) => {
    // A new tab or window is the person's choice: leave it to the browser.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    // The router's own click listener on the window would push a second entry.
    event.stopPropagation();
    route(href, true);
  };
  return (
    <a class={className} href={href} onClick={go}>
      {children}
    </a>
  );
}
