// One answer as staff read it: the question, the answer, what it is about and who owns it, how
// often it was used and whether residents found it clear, the B1 check, feedback and the history.
// Editors publish, archive, edit and restore from here.
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@utrecht/button-react';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { api, ApiError } from '../api/client';
import { useSession } from '../app/session';
import { Alert, Loading } from '../ui/feedback';
import { formatDateTime, formatLongDate } from '../ui/format';
import { useApi } from '../ui/hooks';
import { PageTitle, Section } from '../ui/page';
import { B1Level } from '../ui/b1';
import { B1Findings } from './B1Result';
import { ConfirmDialog } from './ConfirmDialog';
import { FeedbackSection } from './FeedbackSection';
import { AttentionTags, StatusTag, VisibilityTag } from './KnowledgeBadges';
import { handoverShare, isEditor, type KnowledgeArticle, type KnowledgeVersion, mayResolveFeedback, nestHeadings, percent, times } from './model';
import { useB1Confirmation } from './useB1Confirmation';
import { VersionHistory } from './VersionHistory';

type Confirming = { kind: 'archive' } | { kind: 'restore'; version: KnowledgeVersion } | null;

export function ArticlePage() {
  const { id } = useParams();
  const { me } = useSession();
  const article = useApi<KnowledgeArticle>(`/api/knowledge/articles/${id}`);
  const b1Confirmation = useB1Confirmation();
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [busy, setBusy] = useState(false);
  // A message from the editor page ("opgeslagen") arrives with the navigation.
  const location = useLocation();
  const arrived = (location.state as { message?: string } | null)?.message;
  const [message, setMessage] = useState<{ type: 'ok' | 'error'; text: string } | null>(arrived ? { type: 'ok', text: arrived } : null);

  if (article.loading && !article.data) return <Loading />;
  if (!article.data) {
    return (
      <>
        <Paragraph>
          <Link className="utrecht-link" to="/kennisbank">
            ← Kennisbank
          </Link>
        </Paragraph>
        <PageTitle title="Antwoord">Antwoord niet gevonden</PageTitle>
        <Alert type="error">{article.error?.message ?? 'Dit antwoord bestaat niet.'}</Alert>
      </>
    );
  }
  const a = article.data;
  const editor = isEditor(me);
  const share = handoverShare(a);
  const clearTotal = a.clearYes + a.clearNo;

  /** Sends an editor's action; shows the outcome above the article and reloads it. */
  const act = async (send: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setMessage(null);
    try {
      const result = await send();
      if (result !== undefined) {
        setMessage({ type: 'ok', text: done });
        article.reload();
      }
    } catch (e) {
      setMessage({ type: 'error', text: e instanceof ApiError ? e.message : 'Er ging iets mis. Probeer het opnieuw.' });
    } finally {
      setBusy(false);
      setConfirming(null);
    }
  };

  const publish = () =>
    act(
      () =>
        b1Confirmation.run(
          (confirmNotB1) => api(`/api/knowledge/articles/${a.id}/publish`, { method: 'POST', body: confirmNotB1 ? { confirmNotB1: true } : {} }),
          a.b1,
          'publiceren',
        ),
      a.visibility === 'public' ? 'Het antwoord is gepubliceerd. Inwoners kunnen het nu ook op de website lezen.' : 'Het antwoord is gepubliceerd. Collega’s vinden het nu bij zoeken.',
    );
  const archive = () =>
    act(() => api(`/api/knowledge/articles/${a.id}`, { method: 'DELETE' }).then(() => true), 'Het antwoord is gearchiveerd. Het is niet meer te vinden bij zoeken.');
  const restore = (v: KnowledgeVersion) =>
    act(
      () =>
        b1Confirmation.run(
          (confirmNotB1) => api(`/api/knowledge/articles/${a.id}`, { method: 'PATCH', body: { restoreVersion: v.version, ...(confirmNotB1 ? { confirmNotB1: true } : {}) } }),
          null,
          'terugzetten',
        ),
      `Versie ${v.version} is teruggezet. Dat is nu de nieuwste versie.`,
    );

  return (
    <>
      <Paragraph>
        <Link className="utrecht-link" to="/kennisbank">
          ← Kennisbank
        </Link>
      </Paragraph>
      <PageTitle title={`Kennisbank: ${a.title}`}>{a.title}</PageTitle>
      <p className="helder-tags helder-article-tags">
        <StatusTag status={a.status} />
        <VisibilityTag visibility={a.visibility} />
        <AttentionTags article={a} />
      </p>

      {message ? <Alert type={message.type}>{message.text}</Alert> : null}

      {editor ? (
        <div className="helder-actions">
          {a.status !== 'archived' ? (
            <Link className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" to={`/kennisbank/${a.id}/bewerken`}>
              Bewerken
            </Link>
          ) : null}
          {a.status !== 'published' ? (
            <Button appearance="primary-action-button" type="button" busy={busy} disabled={busy} onClick={() => void publish()}>
              Publiceren
            </Button>
          ) : null}
          {a.status !== 'archived' ? (
            <Button appearance="subtle-button" type="button" disabled={busy} onClick={() => setConfirming({ kind: 'archive' })}>
              Archiveren
            </Button>
          ) : null}
        </div>
      ) : null}

      <div className="helder-detail-grid">
        <div>
          {a.question ? (
            <Section title="Vraag van de inwoner">
              <Paragraph className="helder-question">{a.question}</Paragraph>
            </Section>
          ) : null}
          <Section title="Antwoord">
            {/* Sanitised by the server on save: only headings, paragraphs, lists, links and emphasis. */}
            <div className="utrecht-html helder-answer" dangerouslySetInnerHTML={{ __html: nestHeadings(a.answer) }} />
          </Section>
          {a.keywords.length > 0 ? (
            <Section title="Trefwoorden">
              <ul className="helder-chips helder-chips--static">
                {a.keywords.map((k) => (
                  <li key={k} className="helder-chip">
                    {k}
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}
        </div>
        <div>
          <Section title="Gegevens">
            <dl className="helder-dl">
              <dt>Product of dienst</dt>
              <dd>{a.productName ?? '–'}</dd>
              <dt>Team</dt>
              <dd>{a.teamName ?? '–'}</dd>
              <dt>Herzien vóór</dt>
              <dd>
                {a.reviewBy ? formatLongDate(a.reviewBy) : '–'}
                {a.reviewOverdue ? <span className="helder-cell-sub">Deze datum is voorbij.</span> : null}
              </dd>
              <dt>Versie</dt>
              <dd>{a.version}</dd>
              <dt>Gewijzigd</dt>
              <dd>{formatDateTime(a.updatedAt)}</dd>
              <dt>Gepubliceerd</dt>
              <dd>{a.publishedAt ? formatDateTime(a.publishedAt) : 'Nog niet'}</dd>
            </dl>
          </Section>
          <Section title="Gebruik">
            <dl className="helder-dl">
              <dt>Gebruikt</dt>
              <dd>{times(a.useCount)} bij een contact</dd>
              <dt>Toch doorgezet</dt>
              <dd>
                {times(a.handedOverCount)}
                {share !== null ? ` (${percent(share)})` : ''}
              </dd>
              <dt>Duidelijk?</dt>
              <dd>
                {clearTotal === 0 ? (
                  'Nog geen antwoorden van inwoners'
                ) : (
                  <>
                    {a.clearYes} keer ja, {a.clearNo} keer nee
                  </>
                )}
              </dd>
            </dl>
            {share !== null && share >= 0.5 && a.useCount >= 4 ? (
              <Paragraph className="helder-hint">Dit antwoord lost de vraag vaak niet op. Kijk of het beter kan.</Paragraph>
            ) : null}
          </Section>
          <Section title="B1-controle">
            <Paragraph>
              <B1Level b1={a.b1} />
            </Paragraph>
            <B1Findings findings={a.b1.findings} headingLevel={3} />
          </Section>
        </div>
      </div>

      <FeedbackSection articleId={a.id} feedback={a.feedback} canResolve={mayResolveFeedback(me, a)} onChanged={article.reload} />

      <VersionHistory versions={a.versions} canRestore={editor && a.status !== 'archived'} onRestore={(version) => setConfirming({ kind: 'restore', version })} />

      <ConfirmDialog
        open={confirming?.kind === 'archive'}
        title="Antwoord archiveren?"
        confirmLabel="Ja, archiveren"
        busy={busy}
        onCancel={() => setConfirming(null)}
        onConfirm={() => void archive()}
      >
        <Paragraph>
          Na archiveren vinden collega’s en inwoners dit antwoord niet meer. De geschiedenis blijft bewaard.
        </Paragraph>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirming?.kind === 'restore'}
        title={confirming?.kind === 'restore' ? `Versie ${confirming.version.version} terugzetten?` : 'Versie terugzetten?'}
        confirmLabel="Ja, terugzetten"
        busy={busy}
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          if (confirming?.kind !== 'restore') return;
          // This dialog closes first: a B1 question may follow in its own dialog.
          setConfirming(null);
          void restore(confirming.version);
        }}
      >
        <Paragraph>
          De tekst van deze versie wordt de nieuwste versie ({a.version + 1}). Er gaat niets verloren: de huidige versie blijft in de geschiedenis.
        </Paragraph>
      </ConfirmDialog>
      {b1Confirmation.dialog}
    </>
  );
}
