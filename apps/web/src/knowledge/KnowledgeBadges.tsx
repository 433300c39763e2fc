// What state an article is in, in words. Colour and a symbol only help to scan a list: the word
// always says it (WCAG 1.4.1).
import { KNOWLEDGE_STATUS_LABELS, type KnowledgeStatus, type KnowledgeVisibility } from '@helder/domain';
import type { KnowledgeArticleSummary } from './model';

const STATUS_SYMBOL: Record<KnowledgeStatus, string> = { draft: '✎', published: '✓', archived: '–' };

export function StatusTag({ status }: { status: KnowledgeStatus }) {
  return (
    <span className={`helder-tag helder-tag--knowledge-${status}`}>
      <span aria-hidden="true">{STATUS_SYMBOL[status]}</span> {KNOWLEDGE_STATUS_LABELS[status]}
    </span>
  );
}

export function VisibilityTag({ visibility }: { visibility: KnowledgeVisibility }) {
  return <span className={`helder-tag helder-tag--knowledge-${visibility}`}>{visibility === 'public' ? 'Openbaar' : 'Intern'}</span>;
}

/** Review date passed, not at B1, open feedback: what asks for the editor's attention. */
export function AttentionTags({ article }: { article: Pick<KnowledgeArticleSummary, 'reviewOverdue' | 'isB1' | 'openFeedback' | 'visibility'> }) {
  return (
    <>
      {article.reviewOverdue ? (
        <span className="helder-tag helder-tag--attention">
          <span aria-hidden="true">■</span> Herzien-datum voorbij
        </span>
      ) : null}
      {!article.isB1 ? (
        <span className="helder-tag helder-tag--attention-light">
          <span aria-hidden="true">▲</span> Niet op B1-niveau
        </span>
      ) : null}
      {article.openFeedback > 0 ? (
        <span className="helder-tag helder-tag--attention">
          <span aria-hidden="true">!</span> {article.openFeedback} open {article.openFeedback === 1 ? 'melding' : 'meldingen'}
        </span>
      ) : null}
    </>
  );
}
