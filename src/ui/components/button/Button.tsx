import type { ButtonHTMLAttributes, ComponentChildren, TargetedMouseEvent } from 'preact';
import './button.css';

/** Primary for the one next step a page offers, secondary for the others, warning for what cannot be undone. */
export type ButtonVariant = 'primary' | 'secondary' | 'warning';

function classes(variant: ButtonVariant, extra?: string): string {
  return ['button', variant !== 'primary' && `button--${variant}`, extra].filter(Boolean).join(' ');
}

type ButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'class' | 'type'> & {
  variant?: ButtonVariant;
  /** A button does nothing to a form unless it says so: `submit` is opt-in. */
  type?: 'button' | 'submit';
  class?: string;
};

/** A button that does something on this page. */
export function Button({
  variant = 'primary',
  type = 'button',
  class: extra,
  ...rest
}: ButtonProps) {
  return <button type={type} class={classes(variant, extra)} {...rest} />;
}

interface ButtonLinkProps {
  href: string;
  variant?: ButtonVariant;
  children: ComponentChildren;
  class?: string;
  rel?: string;
  'aria-describedby'?: string;
  onClick?: (event: TargetedMouseEvent<HTMLAnchorElement>) => void;
}

/** A link to the next step, drawn as a button so it is easy to find and to tap. It stays a link: it goes somewhere. */
export function ButtonLink({
  variant = 'primary',
  class: extra,
  children,
  ...rest
}: ButtonLinkProps) {
  return (
    <a class={classes(variant, extra)} {...rest}>
      {children}
    </a>
  );
}
