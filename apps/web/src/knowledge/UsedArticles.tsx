// The answers from the knowledge base used for this contact, as chips that can be removed. They
// are sent with the contact (knowledgeArticleIds) and count for the article and the KPI.
import { FormFieldErrorMessage } from '@utrecht/form-field-error-message-react';
import { useRef } from 'react';
import type { KnowledgeArticleRef } from './model';

export interface UsedArticlesProps {
  id: string;
  articles: KnowledgeArticleRef[];
  error?: string | undefined;
  onRemove: (id: string) => void;
  /** Where the keyboard goes when the last chip is removed. */
  fallbackFocusId: string;
}

export function UsedArticles({ id, articles, error, onRemove, fallbackFocusId }: UsedArticlesProps) {
  const listRef = useRef<HTMLUListElement>(null);
  if (articles.length === 0 && !error) return <div id={id} />;

  const remove = (index: number, articleId: string) => {
    // The keyboard goes to the next chip, or the one before, or back to the field.
    const buttons = [...(listRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const next = buttons[index + 1] ?? buttons[index - 1];
    onRemove(articleId);
    requestAnimationFrame(() => (next?.isConnected ? next : document.getElementById(fallbackFocusId))?.focus());
  };

  return (
    <div id={id} className="helder-used-articles" role="group" aria-labelledby={`${id}-label`} tabIndex={-1}>
      <p className="utrecht-paragraph helder-used-articles__label" id={`${id}-label`}>
        Gebruikte antwoorden
      </p>
      {error ? <FormFieldErrorMessage>{error}</FormFieldErrorMessage> : null}
      <ul ref={listRef} className="helder-chips">
        {articles.map((a, index) => (
          <li key={a.id} className="helder-chip">
            <span>{a.title}</span>
            <button type="button" className="helder-chip__remove" onClick={() => remove(index, a.id)}>
              <span aria-hidden="true">×</span>
              <span className="helder-visually-hidden">Weghalen: {a.title}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
