import { Heading } from '@nl-design-system-candidate/heading-react';
import { type ReactNode, useEffect, useRef } from 'react';

/** The page heading: sets the document title and takes focus after navigation, for screen readers. */
export function PageTitle({ children, title }: { children: ReactNode; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – Helder`;
    ref.current?.focus({ preventScroll: false });
  }, [title]);
  return (
    <Heading level={1} ref={ref} tabIndex={-1} className="helder-page-title">
      {children}
    </Heading>
  );
}

export function Section({ title, children, level = 2, actions }: { title: ReactNode; children: ReactNode; level?: 2 | 3; actions?: ReactNode }) {
  return (
    <section className="helder-section">
      <div className="helder-section__header">
        <Heading level={level}>{title}</Heading>
        {actions}
      </div>
      {children}
    </section>
  );
}
