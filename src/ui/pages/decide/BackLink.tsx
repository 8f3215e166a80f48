import { StepLink } from './StepLink';

/**
 * The GOV.UK back link: above the heading, to the page before in the journey. It
 * replaces the history entry, like every step of the flow.
 */
export function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <StepLink class="decide-back" href={href}>
      {label}
    </StepLink>
  );
}
