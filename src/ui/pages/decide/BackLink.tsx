/** The GOV.UK back link: above the heading, to the page before in the journey. */
export function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <a class="decide-back" href={href}>
      {label}
    </a>
  );
}
