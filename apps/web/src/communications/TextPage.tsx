// One text of the register: the latest version with its B1 result, what the author can do (a new
// version, ask the contact centre for review, mark it sent), the contact centre's review form
// (approve, or ask for changes with comments tied to passages), the review history and every version.
import { COMMUNICATION_KIND_LABELS, REVIEW_DECISION_LABELS } from '@helder/domain';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@utrecht/button-react';
import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../api/client';
import { useSession } from '../app/session';
import { B1Findings } from '../knowledge/B1Result';
import { Alert, ErrorSummary, Loading } from '../ui/feedback';
import { RadioGroup, TextArea, TextField } from '../ui/fields';
import { formatDateTime, formatLongDate } from '../ui/format';
import { fieldErrors, useApi, useSubmit } from '../ui/hooks';
import { PageTitle, Section } from '../ui/page';
import { type Communication, isAuthor, mayReview } from './model';
import { CommunicationStatusTag, LevelTag } from './Tags';

interface PassageComment {
  passage: string;
  comment: string;
}

export function TextPage() {
  const { id = '' } = useParams();
  const { me } = useSession();
  const item = useApi<Communication>(`/api/communications/${id}`);
  const [notice, setNotice] = useState('');

  if (item.loading && !item.data) return <Loading />;
  if (item.error && !item.data) return <Alert type="error">{item.error.message}</Alert>;
  const text = item.data!;
  const latest = text.versions[0]!;
  const author = isAuthor(me, text);
  const reviewer = mayReview(me, text) && text.status === 'review_requested';
  const done = async (message: string) => {
    await item.reload();
    setNotice(message);
  };

  return (
    <>
      <p>
        <Link className="utrecht-link" to="/communicatie">
          ← Communicatie
        </Link>
      </p>
      <PageTitle title={text.title}>{text.title}</PageTitle>
      <div className="helder-tags">
        <CommunicationStatusTag status={text.status} />
        <LevelTag b1={text.b1} />
      </div>
      {notice ? <Alert type="ok">{notice}</Alert> : null}

      <dl className="helder-facts">
        <dt>Soort</dt>
        <dd>{COMMUNICATION_KIND_LABELS[text.kind]}{text.template ? ' (standaardbrief)' : ''}</dd>
        <dt>Team</dt>
        <dd>{text.teamName ?? 'Geen team'}</dd>
        <dt>Ontvangers</dt>
        <dd>{text.recipients ?? 'Niet bekend'}</dd>
        <dt>Schrijver</dt>
        <dd>{text.ownerName ?? 'Onbekend'}</dd>
        <dt>Controle door het KCC</dt>
        <dd>
          {text.reviewRequired ? 'Nodig: de tekst gaat naar veel mensen.' : 'Niet nodig.'}
          {text.reviewDueAt ? ` Uiterlijk ${formatLongDate(text.reviewDueAt)}.` : ''}
          {text.approvedVersion !== null ? ` Versie ${text.approvedVersion} is goedgekeurd.` : ''}
        </dd>
        {text.sentAt ? (
          <>
            <dt>Verstuurd</dt>
            <dd>
              {formatDateTime(text.sentAt)} (versie {text.sentVersion})
            </dd>
          </>
        ) : null}
      </dl>

      <Section title={`Versie ${latest.version}`}>
        <div className="helder-communication-text">{latest.text}</div>
        <B1Findings findings={latest.b1.findings} headingLevel={3} />
      </Section>

      {author && text.status !== 'sent' ? <AuthorActions text={text} latestText={latest.text} onDone={done} /> : null}
      {reviewer ? <ReviewForm text={text} onDone={done} /> : null}

      <Section title="Controle door het KCC">
        {text.reviews.length === 0 ? (
          <Paragraph>Er is nog geen controle gevraagd.</Paragraph>
        ) : (
          <ol className="helder-history">
            {text.reviews.map((r) => (
              <li key={r.id} className="helder-history__item">
                <Paragraph>
                  <strong>Versie {r.version}</strong>: gevraagd door {r.requestedByName ?? 'onbekend'} op {formatDateTime(r.requestedAt)}, uiterlijk {formatLongDate(r.dueAt)}.
                </Paragraph>
                {r.decision ? (
                  <Paragraph>
                    <strong>{REVIEW_DECISION_LABELS[r.decision]}</strong> door {r.decidedByName ?? 'onbekend'} op {formatDateTime(r.decidedAt!)}.{r.comment ? ` ${r.comment}` : ''}
                  </Paragraph>
                ) : (
                  <Paragraph>Het KCC heeft nog niet gereageerd.</Paragraph>
                )}
                {r.comments.length > 0 ? (
                  <ul className="utrecht-unordered-list">
                    {r.comments.map((c, i) => (
                      <li key={i}>
                        {c.passage ? (
                          <>
                            Bij <q>{c.passage}</q>:{' '}
                          </>
                        ) : null}
                        {c.comment}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </Section>

      <Section title="Alle versies">
        <ol className="helder-history" reversed>
          {text.versions.map((v) => (
            <li key={v.version} className="helder-history__item">
              <details>
                <summary>
                  Versie {v.version}, {formatDateTime(v.createdAt)}
                  {v.authorName ? ` door ${v.authorName}` : ''}: {v.b1.isB1 ? 'op B1-niveau' : `niveau ${v.b1.level}, moeilijker dan B1`}
                </summary>
                <div className="helder-communication-text">{v.text}</div>
              </details>
            </li>
          ))}
        </ol>
      </Section>
    </>
  );
}

function AuthorActions({ text, latestText, onDone }: { text: Communication; latestText: string; onDone: (message: string) => Promise<void> }) {
  const [draft, setDraft] = useState(latestText);
  const save = useSubmit(useCallback((body: string) => api<{ version: number }>(`/api/communications/${text.id}/versions`, { method: 'POST', body: { text: body } }), [text.id]));
  const ask = useSubmit(useCallback(() => api<Communication>(`/api/communications/${text.id}/request-review`, { method: 'POST', body: {} }), [text.id]));
  const send = useSubmit(useCallback(() => api<Communication>(`/api/communications/${text.id}/mark-sent`, { method: 'POST', body: {} }), [text.id]));
  const fields = fieldErrors(save.error);
  const approvedLatest = text.status === 'approved' && text.approvedVersion === text.version;
  const canAsk = text.status !== 'review_requested' && !approvedLatest;

  return (
    <Section title="Wat kunt u doen?">
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const saved = await save.submit(draft);
          if (saved) await onDone(`Versie ${saved.version} is opgeslagen.`);
        }}
      >
        <ErrorSummary error={save.error} fieldIds={{ text: 'new-version' }} />
        <TextArea id="new-version" label="Nieuwe versie" description="Pas de tekst aan en sla hem op als nieuwe versie. De oude versies blijven bewaard." value={draft} onChange={setDraft} rows={12} error={fields.text} />
        <div className="helder-actions">
          <Button type="submit" appearance="secondary-action-button" disabled={save.busy || draft.trim() === latestText.trim()}>
            Nieuwe versie opslaan
          </Button>
        </div>
      </form>
      {ask.error ? <Alert type="error">{ask.error.message}</Alert> : null}
      {send.error ? <Alert type="error">{send.error.message}</Alert> : null}
      <div className="helder-actions">
        {canAsk ? (
          <Button
            type="button"
            appearance={text.reviewRequired ? 'primary-action-button' : 'secondary-action-button'}
            disabled={ask.busy}
            onClick={async () => {
              if (await ask.submit()) await onDone('Het KCC is gevraagd de tekst te controleren. U krijgt bericht in deze lijst.');
            }}
          >
            Vraag het KCC om controle
          </Button>
        ) : null}
        <Button
          type="button"
          appearance={approvedLatest || !text.reviewRequired ? 'primary-action-button' : 'secondary-action-button'}
          disabled={send.busy}
          onClick={async () => {
            if (await send.submit()) await onDone('De tekst staat als verstuurd in het register.');
          }}
        >
          Markeer als verstuurd
        </Button>
      </div>
    </Section>
  );
}

function ReviewForm({ text, onDone }: { text: Communication; onDone: (message: string) => Promise<void> }) {
  const [decision, setDecision] = useState('');
  const [comment, setComment] = useState('');
  const [passages, setPassages] = useState<PassageComment[]>([]);
  const review = useSubmit(
    useCallback(
      (body: unknown) => api<Communication>(`/api/communications/${text.id}/review`, { method: 'POST', body }),
      [text.id],
    ),
  );
  const fields = fieldErrors(review.error);
  const change = (i: number, key: keyof PassageComment) => (value: string) => setPassages((list) => list.map((p, j) => (j === i ? { ...p, [key]: value } : p)));

  return (
    <Section title="Controleren">
      <Paragraph>
        Is de tekst duidelijk en op taalniveau B1? Keur hem goed, of vraag om aanpassingen. Schrijf dan op wat er anders moet. U kunt een stukje tekst overnemen en er een
        opmerking bij zetten.
      </Paragraph>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const body = {
            decision: decision || undefined,
            comment: comment.trim() || undefined,
            comments: passages.filter((p) => p.comment.trim()).map((p) => ({ passage: p.passage.trim() || undefined, comment: p.comment.trim() })),
          };
          const done = await review.submit(body);
          if (done) await onDone(decision === 'approved' ? 'U heeft de tekst goedgekeurd.' : 'U heeft om aanpassingen gevraagd. De schrijver ziet uw opmerkingen.');
        }}
      >
        <ErrorSummary error={review.error} fieldIds={{ decision: 'review-decision', comment: 'review-comment' }} />
        <RadioGroup
          id="review-decision"
          name="decision"
          label="Uw besluit"
          value={decision}
          onChange={setDecision}
          options={[
            { value: 'approved', label: 'Goedkeuren' },
            { value: 'changes_requested', label: 'Vragen om aanpassingen' },
          ]}
          error={fields.decision}
        />
        <TextArea id="review-comment" label="Opmerking" value={comment} onChange={setComment} rows={3} error={fields.comment} />
        {passages.map((p, i) => (
          <fieldset className="helder-passage" key={i}>
            <legend>Opmerking bij een stukje tekst {i + 1}</legend>
            <TextField id={`passage-${i}`} label="Stukje tekst" value={p.passage} onChange={change(i, 'passage')} maxLength={500} error={fields[`comments.${i}.passage`]} />
            <TextField id={`passage-comment-${i}`} label="Wat moet er anders?" value={p.comment} onChange={change(i, 'comment')} maxLength={2000} error={fields[`comments.${i}.comment`]} />
            <Button type="button" appearance="subtle-button" onClick={() => setPassages((list) => list.filter((_, j) => j !== i))}>
              Weghalen
            </Button>
          </fieldset>
        ))}
        <div className="helder-actions">
          <Button type="button" appearance="secondary-action-button" onClick={() => setPassages((list) => [...list, { passage: '', comment: '' }])}>
            Opmerking bij een stukje tekst toevoegen
          </Button>
          <Button type="submit" appearance="primary-action-button" disabled={review.busy}>
            Besluit opslaan
          </Button>
        </div>
      </form>
    </Section>
  );
}
