// Writing an answer (editors and administrators): a new one at /kennisbank/nieuw, a new version of
// an existing one at /kennisbank/:id/bewerken. The B1 check runs beside the text while typing; the
// server's messages appear at each field, and nothing typed is lost.
import {
  KNOWLEDGE_LIMITS,
  KNOWLEDGE_VISIBILITIES,
  KNOWLEDGE_VISIBILITY_LABELS,
  type KnowledgeArticleInput,
  type KnowledgeArticlePatch,
  type KnowledgeVisibility,
} from '@helder/domain';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@utrecht/button-react';
import { type FormEvent, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, ApiError } from '../api/client';
import { useOrganisation } from '../app/session';
import { Alert, ErrorSummary, Loading } from '../ui/feedback';
import { RadioGroup, SelectField, TextArea, TextField } from '../ui/fields';
import { useApi, useSubmit } from '../ui/hooks';
import { PageTitle } from '../ui/page';
import { LiveB1Check, useLiveB1 } from './LiveB1Check';
import { type KnowledgeArticle, knowledgePath, parseKeywords } from './model';
import { RichTextEditor } from './RichTextEditor';
import { useB1Confirmation } from './useB1Confirmation';

interface FormState {
  title: string;
  question: string;
  answer: string;
  keywords: string;
  productId: string;
  teamId: string;
  visibility: KnowledgeVisibility;
  reviewBy: string;
}

const EMPTY: FormState = { title: '', question: '', answer: '', keywords: '', productId: '', teamId: '', visibility: 'public', reviewBy: '' };

function fromArticle(a: KnowledgeArticle): FormState {
  return {
    title: a.title,
    question: a.question ?? '',
    answer: a.answer,
    keywords: a.keywords.join(', '),
    productId: a.productId ?? '',
    teamId: a.teamId ?? '',
    visibility: a.visibility,
    reviewBy: a.reviewBy ?? '',
  };
}

/** Field ids, so the error summary links to the field to fix. */
const FIELD_IDS: Record<string, string> = {
  title: 'article-title',
  question: 'article-question',
  answer: 'article-answer',
  keywords: 'article-keywords',
  productId: 'article-product',
  teamId: 'article-team',
  visibility: 'article-visibility-0',
  reviewBy: 'article-review-by',
};

/** The server's messages per field; `keywords.3` belongs to the keywords field. */
function errorsByField(error: ApiError | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of error?.fields ?? []) {
    const key = f.field.split('.')[0]!;
    out[key] ??= f.message;
  }
  return out;
}

export function NewArticlePage() {
  return <ArticleEditor article={null} />;
}

export function EditArticlePage() {
  const { id } = useParams();
  const article = useApi<KnowledgeArticle>(`/api/knowledge/articles/${id}`);
  if (article.loading && !article.data) return <Loading />;
  if (!article.data) {
    return (
      <>
        <PageTitle title="Antwoord bewerken">Antwoord bewerken</PageTitle>
        <Alert type="error">{article.error?.message ?? 'Dit antwoord bestaat niet.'}</Alert>
      </>
    );
  }
  return <ArticleEditor key={article.data.id} article={article.data} />;
}

function ArticleEditor({ article }: { article: KnowledgeArticle | null }) {
  const { teams, products } = useOrganisation();
  const navigate = useNavigate();
  const [form, setForm] = useState<FormState>(() => (article ? fromArticle(article) : EMPTY));
  const initialAnswer = useRef(form.answer);
  const set = <K extends keyof FormState>(key: K) => (value: FormState[K]) => setForm((f) => ({ ...f, [key]: value }));
  const b1 = useLiveB1(form.answer);
  const b1Confirmation = useB1Confirmation();

  const productOptions = useMemo(
    () =>
      products
        .filter((p) => p.active || p.id === form.productId)
        .map((p) => ({ value: p.id, label: p.name, group: teams.find((t) => t.id === p.teamId)?.name ?? '' }))
        .sort((a, b) => a.group.localeCompare(b.group, 'nl') || a.label.localeCompare(b.label, 'nl')),
    [products, teams, form.productId],
  );
  const product = products.find((p) => p.id === form.productId);
  const productTeam = product ? teams.find((t) => t.id === product.teamId) : undefined;

  const { submit, busy, error } = useSubmit(async () => {
    const body = {
      title: form.title,
      question: form.question,
      answer: form.answer,
      keywords: parseKeywords(form.keywords),
      productId: form.productId || null,
      visibility: form.visibility,
      reviewBy: form.reviewBy || null,
      ...(form.teamId ? { teamId: form.teamId } : article ? { teamId: null } : {}),
    } satisfies KnowledgeArticleInput;
    if (!article) return api<{ id: string }>('/api/knowledge/articles', { method: 'POST', body });
    return b1Confirmation.run(
      (confirmNotB1) =>
        api<{ id: string }>(`/api/knowledge/articles/${article.id}`, {
          method: 'PATCH',
          body: { ...body, ...(confirmNotB1 ? { confirmNotB1: true } : {}) } satisfies KnowledgeArticlePatch,
        }),
      b1,
      'opslaan',
    );
  });
  const errors = errorsByField(error);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await submit();
    if (!saved) return;
    navigate(knowledgePath(saved.id ?? article?.id), {
      state: { message: article ? 'De wijzigingen zijn opgeslagen als nieuwe versie.' : 'Het antwoord is opgeslagen als concept. Publiceer het als het klaar is.' },
    });
  };

  const title = article ? `Bewerken: ${article.title}` : 'Nieuw antwoord';
  return (
    <>
      <Paragraph>
        <Link className="utrecht-link" to={article ? knowledgePath(article.id) : '/kennisbank'}>
          ← {article ? 'Terug naar het antwoord' : 'Kennisbank'}
        </Link>
      </Paragraph>
      <PageTitle title={title}>{article ? 'Antwoord bewerken' : 'Nieuw antwoord'}</PageTitle>
      {article ? (
        <Paragraph className="helder-lead">
          U maakt een nieuwe versie van “{article.title}”. De vorige versies blijven bewaard.
        </Paragraph>
      ) : (
        <Paragraph className="helder-lead">Schrijf kort en duidelijk, in de woorden van de inwoner. Het antwoord wordt eerst een concept.</Paragraph>
      )}
      <div className="helder-editor-layout">
        <div className="helder-editor-layout__form">
          <ErrorSummary error={error} fieldIds={FIELD_IDS} />
          <form noValidate onSubmit={onSubmit} className="helder-form" aria-label={article ? 'Antwoord bewerken' : 'Nieuw antwoord'}>
            <TextField id="article-title" label="Titel" required value={form.title} onChange={set('title')} maxLength={KNOWLEDGE_LIMITS.title} error={errors.title} />
            <TextArea
              id="article-question"
              label="Vraag zoals inwoners die stellen"
              description="Bijvoorbeeld: Hoe vraag ik een nieuw paspoort aan?"
              value={form.question}
              onChange={set('question')}
              maxLength={KNOWLEDGE_LIMITS.question}
              rows={2}
              error={errors.question}
            />
            <RichTextEditor
              id="article-answer"
              label="Antwoord"
              description="Gebruik korte zinnen. Met kopjes en opsommingen leest het makkelijker. Sneltoetsen: Ctrl+B vet, Ctrl+I schuin, Alt+F10 naar de knoppen."
              initialHtml={initialAnswer.current}
              onChange={set('answer')}
              error={errors.answer}
            />
            <TextField
              id="article-keywords"
              label="Trefwoorden"
              description="Woorden waarop collega’s en inwoners zoeken. Zet een komma tussen de woorden."
              value={form.keywords}
              onChange={set('keywords')}
              error={errors.keywords}
            />
            <div className="helder-grid-2">
              <SelectField
                id="article-product"
                label="Product of dienst"
                value={form.productId}
                onChange={set('productId')}
                options={productOptions}
                placeholder="Geen product of dienst"
                error={errors.productId}
              />
              <SelectField
                id="article-team"
                label="Team dat het antwoord bijhoudt"
                value={form.teamId}
                onChange={set('teamId')}
                options={teams.filter((t) => t.active || t.id === form.teamId).map((t) => ({ value: t.id, label: t.name }))}
                placeholder={productTeam ? `Het team van het product (${productTeam.name})` : 'Het team van het product, of uw eigen team'}
                error={errors.teamId}
              />
            </div>
            <RadioGroup
              id="article-visibility"
              name="visibility"
              label="Wie mag het antwoord zien?"
              required
              value={form.visibility}
              onChange={(v) => set('visibility')(v as KnowledgeVisibility)}
              error={errors.visibility}
              options={KNOWLEDGE_VISIBILITIES.map((v) => ({ value: v, label: KNOWLEDGE_VISIBILITY_LABELS[v] }))}
            />
            <TextField
              id="article-review-by"
              label="Herzien vóór"
              description="Na deze datum vraagt het antwoord aandacht in de lijst. Kijk dan of het nog klopt."
              type="date"
              size="small"
              value={form.reviewBy}
              onChange={set('reviewBy')}
              error={errors.reviewBy}
            />
            <div className="helder-actions">
              <Button appearance="primary-action-button" type="submit" busy={busy} disabled={busy}>
                {article ? 'Nieuwe versie opslaan' : 'Opslaan als concept'}
              </Button>
              <Link className="utrecht-link" to={article ? knowledgePath(article.id) : '/kennisbank'}>
                Annuleren
              </Link>
            </div>
          </form>
        </div>
        <div className="helder-editor-layout__side">
          <LiveB1Check view={b1} isPublic={form.visibility === 'public'} />
        </div>
      </div>
      {b1Confirmation.dialog}
    </>
  );
}
