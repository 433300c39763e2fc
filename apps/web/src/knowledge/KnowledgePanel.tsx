// One answer from the knowledge base beside the registration form. Opening it moves the keyboard
// to its heading; Escape or "Sluiten" closes it and the keyboard goes back to where it came from.
// Nothing in the form changes. "Dit antwoord gebruikt" is a toggle: pressed, the answer is linked
// to the contact when it is saved.
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@utrecht/button-react';
import { type KeyboardEvent, useEffect, useId, useRef } from 'react';
import { Alert, Loading } from '../ui/feedback';
import { useApi } from '../ui/hooks';
import { VisibilityTag } from './KnowledgeBadges';
import { type KnowledgeArticle, type KnowledgeArticleRef, knowledgePath, nestHeadings } from './model';

export interface KnowledgePanelProps {
  articleId: string;
  /** The title from the search, shown while the article loads. */
  title: string;
  used: boolean;
  onToggleUse: (article: KnowledgeArticleRef) => void;
  onClose: () => void;
}

export function KnowledgePanel({ articleId, title, used, onToggleUse, onClose }: KnowledgePanelProps) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const article = useApi<KnowledgeArticle>(`/api/knowledge/articles/${articleId}`);
  const a = article.data?.id === articleId ? article.data : undefined;

  // Another answer chosen while the panel is open: the keyboard goes to its heading again.
  useEffect(() => {
    headingRef.current?.focus();
  }, [articleId]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  };

  return (
    <aside className="helder-knowledge-panel" aria-labelledby={headingId} onKeyDown={onKeyDown}>
      <Heading level={2} id={headingId} ref={headingRef} tabIndex={-1} className="helder-knowledge-panel__title">
        <span className="helder-customer-panel__label">Antwoord uit de kennisbank</span> {a?.title ?? title}
      </Heading>
      {article.error ? <Alert type="error">{article.error.message}</Alert> : null}
      {!a && !article.error ? <Loading label="Even geduld, we halen het antwoord op." /> : null}
      {a ? (
        <>
          <p className="helder-tags">
            <VisibilityTag visibility={a.visibility} />
            {a.productName ? <span className="helder-tag">{a.productName}</span> : null}
          </p>
          {a.visibility === 'internal' ? (
            <Paragraph className="helder-hint">Dit is een werkinstructie. Lees het niet letterlijk voor.</Paragraph>
          ) : null}
          {a.question ? (
            <Paragraph className="helder-question">
              <strong>Vraag:</strong> {a.question}
            </Paragraph>
          ) : null}
          {/* Sanitised by the server on save. */}
          <div className="utrecht-html helder-answer helder-answer--panel" dangerouslySetInnerHTML={{ __html: nestHeadings(a.answer) }} />
        </>
      ) : null}
      <div className="helder-actions helder-knowledge-panel__actions">
        <Button
          appearance={used ? 'secondary-action-button' : 'primary-action-button'}
          type="button"
          aria-pressed={used}
          disabled={!a}
          onClick={() => a && onToggleUse({ id: a.id, slug: a.slug, title: a.title })}
        >
          {used ? <span aria-hidden="true">✓ </span> : null}Dit antwoord gebruikt
        </Button>
        <Button appearance="subtle-button" type="button" onClick={onClose}>
          Sluiten
        </Button>
      </div>
      <p className="utrecht-paragraph helder-hint" role="status">
        {used ? 'Dit antwoord staat bij het contact. Klik nog een keer om het weg te halen.' : ''}
      </p>
      {a ? (
        <Paragraph className="helder-hint">
          <a className="utrecht-link" href={knowledgePath(a.id)} target="_blank" rel="noopener">
            Open in de kennisbank (nieuw tabblad)
          </a>
          . Sluiten met Escape.
        </Paragraph>
      ) : null}
    </aside>
  );
}
