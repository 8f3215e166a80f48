import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { neutralTitle } from '../../../core/page-title';
import { useMessages } from '../../i18n';

interface PageProps {
  title: string;
  children: ComponentChildren;
}

/**
 * One screen: its heading, a neutral document title, and focus moved to the heading
 * after a client-side navigation, so screen readers announce the new page.
 */
// The first page of a visit keeps the browser's natural focus; later pages move it.
let firstPageShown = false;

export function Page({ title, children }: PageProps) {
  const { appName, titleWords } = useMessages().shell;
  const { path } = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // The heading is for the person; the title, which history keeps, stays neutral.
    document.title = neutralTitle(path, appName, titleWords);
    if (firstPageShown) heading.current?.focus();
    firstPageShown = true;
  }, [path, appName, titleWords]);
  return (
    <>
      <h1 tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {children}
    </>
  );
}
