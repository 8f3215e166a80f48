import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useMessages } from '../../i18n';

interface PageProps {
  title: string;
  children: ComponentChildren;
}

/**
 * One screen: its heading, the document title, and focus moved to the heading
 * after a client-side navigation, so screen readers announce the new page.
 */
// The first page of a visit keeps the browser's natural focus; later pages move it.
let firstPageShown = false;

export function Page({ title, children }: PageProps) {
  const appName = useMessages().shell.appName;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – ${appName}`;
    if (firstPageShown) heading.current?.focus();
    firstPageShown = true;
  }, [title, appName]);
  return (
    <>
      <h1 tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {children}
    </>
  );
}
