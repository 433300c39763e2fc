// One press question: the mail thread with its attachments, who handles it, the answer with the
// administrator's check, the interim reply (procesantwoord), internal notes, input asked of other
// teams, and the history. Every form keeps what was typed when the server refuses it.
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@utrecht/button-react';
import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../api/client';
import { useOrganisation, useSession } from '../app/session';
import { DeadlineBadge } from '../ui/badges';
import { Alert, ErrorSummary, Loading } from '../ui/feedback';
import { CheckboxField, SelectField, TextArea, TextField } from '../ui/fields';
import { formatDateTime, formatLongDate, todayInAmsterdam } from '../ui/format';
import { fieldErrors, useApi, useSubmit } from '../ui/hooks';
import { PageTitle, Section } from '../ui/page';
import { HandlerTag } from './HandlerTag';
import { type PressQuestion, PRESS_TEAM_NAME } from './model';

type Done = (message: string) => Promise<void>;

export function PressQuestionPage() {
  const { id = '' } = useParams();
  const question = useApi<PressQuestion>(`/api/press-questions/${id}`);
  const [notice, setNotice] = useState('');
  if (question.loading && !question.data) return <Loading />;
  if (question.error && !question.data) return <Alert type="error">{question.error.message}</Alert>;
  const q = question.data!;
  const open = q.status === 'open' || q.status === 'in_progress';
  const done: Done = async (message) => {
    question.reload();
    setNotice(message);
  };

  return (
    <>
      <p>
        <Link className="utrecht-link" to="/pers">← Persvragen</Link>
      </p>
      <PageTitle title={`${q.reference}: ${q.subject}`}>
        {q.reference}: {q.subject}
      </PageTitle>
      {notice ? <Alert type="ok">{notice}</Alert> : null}
      <dl className="helder-facts">
        <dt>Termijn</dt>
        <dd>
          <DeadlineBadge state={q.deadlineState} label={q.deadlineLabel} /> uiterlijk {formatDateTime(q.dueAt)}
          <span className="helder-cell-sub">{q.dueExplanation}</span>
        </dd>
        <dt>Journalist</dt>
        <dd>{[q.journalist.name, q.journalist.email].filter(Boolean).join(', ') || 'Onbekend'}</dd>
        <dt>Binnengekomen</dt>
        <dd>{formatDateTime(q.receivedAt)}</dd>
        <dt>Behandelaar</dt>
        <dd><HandlerTag name={q.assignee?.name} colour={q.assigneeColour} /></dd>
        <dt>Status</dt>
        <dd>{q.statusLabel}. Antwoord: {q.answerStatusLabel.toLowerCase()}.</dd>
        {q.interimExpectedBy ? (
          <>
            <dt>Procesantwoord</dt>
            <dd>Antwoord beloofd uiterlijk {formatLongDate(q.interimExpectedBy)}</dd>
          </>
        ) : null}
      </dl>

      {open ? <AssignForm q={q} onDone={done} /> : null}

      <Section title="Berichten">
        <ol className="helder-thread">
          {q.thread.map((m) => (
            <li key={m.id} className={`helder-thread__mail helder-thread__mail--${m.direction}`}>
              <Paragraph>
                <strong>{m.direction === 'in' ? m.fromName ?? m.from : `Verstuurd aan ${m.to ?? 'de journalist'}`}</strong>, {formatDateTime(m.at)}
              </Paragraph>
              <Paragraph>Onderwerp: {m.subject}</Paragraph>
              <div className="helder-communication-text">{m.text || '(geen tekst)'}</div>
              {m.attachments.length > 0 ? (
                <ul className="utrecht-unordered-list" aria-label="Bijlagen">
                  {m.attachments.map((a) => (
                    <li key={a.id}>
                      <a className="utrecht-link" href={`/api/press-questions/${q.id}/attachments/${a.id}`} download={a.filename}>
                        {a.filename}
                      </a>{' '}
                      ({Math.max(1, Math.round(a.size / 1024))} kB)
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      </Section>

      {open ? <AnswerSection q={q} onDone={done} /> : q.answer.text ? (
        <Section title="Antwoord">
          <div className="helder-communication-text">{q.answer.text}</div>
        </Section>
      ) : null}
      {open ? <InterimReplyForm q={q} onDone={done} /> : null}
      {open ? <InputRequestForm q={q} onDone={done} /> : null}
      {q.inputRequests.length > 0 ? (
        <Section title="Input van teams">
          <ul className="utrecht-unordered-list">
            {q.inputRequests.map((r) => (
              <li key={r.id}>
                {r.reference} aan team {r.teamName}: {r.statusLabel.toLowerCase()}, uiterlijk {formatDateTime(r.dueAt)}. Vraag: {r.question}
                {r.answer ? <span className="helder-cell-sub">Antwoord: {r.answer}</span> : null}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <NotesSection q={q} open={open} onDone={done} />
      <Section title="Geschiedenis">
        <ol className="helder-history">
          {q.history.map((h) => (
            <li key={h.id} className="helder-history__item">
              {formatDateTime(h.at)}: {h.label}
              {h.actorName ? ` door ${h.actorName}` : ''}
              {typeof h.data.comment === 'string' ? `. ${h.data.comment}` : ''}
            </li>
          ))}
        </ol>
      </Section>
      {open ? <DismissForm q={q} onDone={done} /> : null}
    </>
  );
}

function AssignForm({ q, onDone }: { q: PressQuestion; onDone: Done }) {
  const { me } = useSession();
  const { employees, teams } = useOrganisation();
  const pressTeam = teams.find((t) => t.name === PRESS_TEAM_NAME);
  const [assignee, setAssignee] = useState(q.assignee?.id ?? '');
  const assign = useSubmit(useCallback((assigneeId: string | null) => api<PressQuestion>(`/api/press-questions/${q.id}/assign`, { method: 'POST', body: { assigneeId } }), [q.id]));
  const options = employees.filter((e) => e.teamId === pressTeam?.id).map((e) => ({ value: e.id, label: e.name }));
  return (
    <form
      className="helder-inline-form"
      onSubmit={async (e) => {
        e.preventDefault();
        if (await assign.submit(assignee || null)) await onDone('De behandelaar is aangepast.');
      }}
    >
      <ErrorSummary error={assign.error} fieldIds={{ assigneeId: 'press-assignee' }} />
      <SelectField id="press-assignee" label="Behandelaar kiezen" value={assignee} onChange={setAssignee} options={options} placeholder="Nog niemand" error={fieldErrors(assign.error).assigneeId} />
      <div className="helder-actions">
        <Button type="submit" appearance="secondary-action-button" disabled={assign.busy}>Behandelaar opslaan</Button>
        {me && q.assignee?.id !== me.id ? (
          <Button
            type="button"
            appearance="subtle-button"
            disabled={assign.busy}
            onClick={async () => {
              setAssignee(me.id);
              if (await assign.submit(me.id)) await onDone('U behandelt deze persvraag.');
            }}
          >
            Zelf oppakken
          </Button>
        ) : null}
      </div>
    </form>
  );
}

function AnswerSection({ q, onDone }: { q: PressQuestion; onDone: Done }) {
  const [text, setText] = useState(q.answer.text ?? '');
  const [check, setCheck] = useState(q.needsAdministratorCheck);
  const [comment, setComment] = useState('');
  const save = useSubmit(useCallback((body: unknown) => api<PressQuestion>(`/api/press-questions/${q.id}/answer`, { method: 'POST', body }), [q.id]));
  const approve = useSubmit(useCallback(() => api<PressQuestion>(`/api/press-questions/${q.id}/approve`, { method: 'POST', body: {} }), [q.id]));
  const changes = useSubmit(useCallback((body: unknown) => api<PressQuestion>(`/api/press-questions/${q.id}/request-changes`, { method: 'POST', body }), [q.id]));
  const send = useSubmit(useCallback(() => api<PressQuestion>(`/api/press-questions/${q.id}/send`, { method: 'POST', body: {} }), [q.id]));
  const fields = fieldErrors(save.error);
  return (
    <Section title="Antwoord">
      <Paragraph>Schrijf alleen de tekst van het antwoord. Helder zet de aanhef en de groet van de gemeente erbij en stuurt het vanaf het persadres.</Paragraph>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (await save.submit({ text, needsAdministratorCheck: check })) {
            await onDone(check ? 'Het antwoord is opgeslagen en wacht op controle door de bestuurder.' : 'Het antwoord is opgeslagen.');
          }
        }}
      >
        <ErrorSummary error={save.error} fieldIds={{ text: 'press-answer' }} />
        <TextArea id="press-answer" required label="Tekst van het antwoord" value={text} onChange={setText} rows={10} maxLength={20000} error={fields.text} />
        <CheckboxField
          id="press-check"
          label="De bestuurder (wethouder of burgemeester) moet dit antwoord eerst controleren"
          description="Kies dit als het onderwerp politiek gevoelig is. Een teamleider of beheerder legt de controle vast."
          checked={check}
          onChange={setCheck}
        />
        <div className="helder-actions">
          <Button type="submit" appearance="secondary-action-button" disabled={save.busy}>{check ? 'Opslaan en controle vragen' : 'Antwoord opslaan'}</Button>
        </div>
      </form>
      {q.answer.checkedBy && q.answerStatus !== 'check_requested' ? (
        <Paragraph>
          {q.answerStatus === 'approved' ? 'Goedgekeurd' : 'Aanpassing gevraagd'} door {q.answer.checkedBy} op {formatDateTime(q.answer.checkedAt!)}.
        </Paragraph>
      ) : null}
      {q.can.approve ? (
        <form
          className="helder-review"
          onSubmit={async (e) => {
            e.preventDefault();
            if (await changes.submit({ comment })) await onDone('U heeft om een aanpassing gevraagd.');
          }}
        >
          <Heading level={3}>Controle door de bestuurder vastleggen</Heading>
          {approve.error ? <Alert type="error">{approve.error.message}</Alert> : null}
          <ErrorSummary error={changes.error} fieldIds={{ comment: 'press-comment' }} />
          <TextArea id="press-comment" label="Wat moet er anders?" description="Alleen nodig als de bestuurder om een aanpassing vraagt." value={comment} onChange={setComment} rows={3} maxLength={2000} error={fieldErrors(changes.error).comment} />
          <div className="helder-actions">
            <Button
              type="button"
              appearance="primary-action-button"
              disabled={approve.busy}
              onClick={async () => {
                if (await approve.submit()) await onDone('Het antwoord is goedgekeurd. Het kan nu worden verstuurd.');
              }}
            >
              Goedkeuren
            </Button>
            <Button type="submit" appearance="secondary-action-button" disabled={changes.busy}>Aanpassing vragen</Button>
          </div>
        </form>
      ) : null}
      {send.error ? <Alert type="error">{send.error.message}</Alert> : null}
      {q.answerStatus !== 'none' ? (
        <div className="helder-actions">
          <Button
            type="button"
            appearance="primary-action-button"
            disabled={send.busy || !q.can.send}
            onClick={async () => {
              if (await send.submit()) await onDone('Het antwoord is verstuurd aan de journalist.');
            }}
          >
            Antwoord versturen
          </Button>
          {!q.can.send ? <span className="helder-muted">Versturen kan als de bestuurder het antwoord heeft goedgekeurd.</span> : null}
        </div>
      ) : null}
    </Section>
  );
}

function InterimReplyForm({ q, onDone }: { q: PressQuestion; onDone: Done }) {
  const [text, setText] = useState('');
  const [expectedBy, setExpectedBy] = useState('');
  const send = useSubmit(useCallback((body: unknown) => api<PressQuestion>(`/api/press-questions/${q.id}/interim-reply`, { method: 'POST', body }), [q.id]));
  const fields = fieldErrors(send.error);
  return (
    <Section title="Procesantwoord">
      <Paragraph>Lukt antwoorden binnen twee werkdagen niet? Laat de journalist dan weten wanneer het antwoord komt.</Paragraph>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (await send.submit({ text, expectedBy })) {
            setText('');
            await onDone('Het procesantwoord is verstuurd.');
          }
        }}
      >
        <ErrorSummary error={send.error} fieldIds={{ text: 'press-interim', expectedBy: 'press-expected' }} />
        <TextArea id="press-interim" required label="Bericht aan de journalist" value={text} onChange={setText} rows={4} maxLength={20000} error={fields.text} />
        <TextField id="press-expected" type="date" required label="Antwoord uiterlijk op" value={expectedBy} onChange={setExpectedBy} min={todayInAmsterdam()} error={fields.expectedBy} />
        <div className="helder-actions">
          <Button type="submit" appearance="secondary-action-button" disabled={send.busy}>Procesantwoord versturen</Button>
        </div>
      </form>
    </Section>
  );
}

function InputRequestForm({ q, onDone }: { q: PressQuestion; onDone: Done }) {
  const { teams } = useOrganisation();
  const [teamId, setTeamId] = useState('');
  const [text, setText] = useState('');
  const [days, setDays] = useState('1');
  const ask = useSubmit(useCallback((body: unknown) => api<PressQuestion>(`/api/press-questions/${q.id}/input-requests`, { method: 'POST', body }), [q.id]));
  const fields = fieldErrors(ask.error);
  return (
    <Section title="Input vragen aan een team">
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (await ask.submit({ teamId, question: text, workingDays: Number(days) })) {
            setText('');
            await onDone('Het team heeft de vraag in zijn lijst met verzoeken.');
          }
        }}
      >
        <ErrorSummary error={ask.error} fieldIds={{ teamId: 'press-input-team', question: 'press-input-question', workingDays: 'press-input-days' }} />
        <SelectField id="press-input-team" required label="Team" value={teamId} onChange={setTeamId} placeholder="Kies een team" options={teams.filter((t) => t.active && t.name !== PRESS_TEAM_NAME).map((t) => ({ value: t.id, label: t.name }))} error={fields.teamId} />
        <TextArea id="press-input-question" required label="Wat wilt u weten?" description="Het team ziet deze vraag, niet de gegevens van de journalist." value={text} onChange={setText} rows={3} maxLength={4000} error={fields.question} />
        <TextField id="press-input-days" type="number" inputMode="numeric" required label="Antwoord binnen (werkdagen)" value={days} onChange={setDays} min={1} max={10} size="small" error={fields.workingDays} />
        <div className="helder-actions">
          <Button type="submit" appearance="secondary-action-button" disabled={ask.busy}>Input vragen</Button>
        </div>
      </form>
    </Section>
  );
}

function NotesSection({ q, open, onDone }: { q: PressQuestion; open: boolean; onDone: Done }) {
  const [text, setText] = useState('');
  const add = useSubmit(useCallback((body: unknown) => api<PressQuestion>(`/api/press-questions/${q.id}/notes`, { method: 'POST', body }), [q.id]));
  return (
    <Section title="Notities voor het team">
      {q.notes.length === 0 ? <Paragraph>Er zijn nog geen notities.</Paragraph> : (
        <ul className="utrecht-unordered-list">
          {q.notes.map((n, i) => (
            <li key={i}>
              {formatDateTime(n.at)}{n.actorName ? `, ${n.actorName}` : ''}: {n.text}
            </li>
          ))}
        </ul>
      )}
      {open ? (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            if (await add.submit({ text })) {
              setText('');
              await onDone('De notitie is toegevoegd.');
            }
          }}
        >
          <ErrorSummary error={add.error} fieldIds={{ text: 'press-note' }} />
          <TextArea id="press-note" required label="Nieuwe notitie" description="Alleen voor collega's. De journalist ziet dit niet." value={text} onChange={setText} rows={3} maxLength={4000} error={fieldErrors(add.error).text} />
          <div className="helder-actions">
            <Button type="submit" appearance="secondary-action-button" disabled={add.busy}>Notitie toevoegen</Button>
          </div>
        </form>
      ) : null}
    </Section>
  );
}

function DismissForm({ q, onDone }: { q: PressQuestion; onDone: Done }) {
  const [reason, setReason] = useState('');
  const dismiss = useSubmit(useCallback((body: unknown) => api<PressQuestion>(`/api/press-questions/${q.id}/dismiss`, { method: 'POST', body }), [q.id]));
  return (
    <details className="helder-details">
      <summary>Dit is geen persvraag</summary>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (await dismiss.submit({ reason })) await onDone('Het bericht staat niet meer tussen de open persvragen.');
        }}
      >
        <ErrorSummary error={dismiss.error} fieldIds={{ reason: 'press-dismiss' }} />
        <TextField id="press-dismiss" required label="Waarom is dit geen persvraag?" value={reason} onChange={setReason} maxLength={1000} error={fieldErrors(dismiss.error).reason} />
        <div className="helder-actions">
          <Button type="submit" appearance="secondary-action-button" disabled={dismiss.busy}>Weghalen uit de persvragen</Button>
        </div>
      </form>
    </details>
  );
}
