import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@utrecht/button-react';
import { type ReactNode, useEffect, useRef } from 'react';
import type { ApiError } from '../api/client';

export function Alert({ type = 'info', children, live = true }: { type?: 'info' | 'ok' | 'warning' | 'error'; children: ReactNode; live?: boolean }) {
  return (
    <div
      className={`utrecht-alert utrecht-alert--${type} helder-alert`}
      role={live ? (type === 'error' ? 'alert' : 'status') : undefined}
    >
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}

/** A list of everything to fix, on top of a form, with links to each field (WCAG 3.3.1). */
export function ErrorSummary({ error, fieldIds = {} }: { error: ApiError | null; fieldIds?: Record<string, string> }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);
  if (!error) return null;
  return (
    <div ref={ref} tabIndex={-1} className="utrecht-alert utrecht-alert--error helder-alert helder-error-summary" role="alert">
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <Paragraph>{error.message}</Paragraph>
          {error.fields.length > 1 ? (
            <ul className="utrecht-unordered-list">
              {error.fields.map((f) => (
                <li key={f.field} className="utrecht-unordered-list__item">
                  {fieldIds[f.field] ? <a className="utrecht-link" href={`#${fieldIds[f.field]}`}>{f.message}</a> : f.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    </div>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <div className="helder-empty"><Paragraph>{children}</Paragraph></div>;
}

export function Loading({ label = 'Even geduld, we laden de gegevens.' }: { label?: string }) {
  return <Paragraph className="helder-loading" role="status">{label}</Paragraph>;
}

/** The button under a paged list. */
export function LoadMore({ list, label }: { list: { hasMore: boolean; loadingMore: boolean; loadMore: () => Promise<void> }; label: string }) {
  if (!list.hasMore) return null;
  return (
    <p className="utrecht-paragraph">
      <Button appearance="secondary-action-button" busy={list.loadingMore} disabled={list.loadingMore} onClick={() => void list.loadMore()}>
        {label}
      </Button>
    </p>
  );
}
