import { ANSWER_CHANNEL_LABELS, CALLBACK_STATUS_LABELS, CUSTOMER_KIND_LABELS, type CustomerKind, REPLY_CHANNEL_LABELS, type ReplyChannel, type RequestKind, isOpenStatus } from '@helder/domain';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@utrecht/button-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../api/client';
import type { CallbackRequest, HistoryEntry } from '../api/types';
import { useOrganisation, useSession } from '../app/session';
import { DeadlineBadge, KindBadge } from '../ui/badges';
import { Alert, ErrorSummary, Loading } from '../ui/feedback';
import { SelectField, TextArea, TextField } from '../ui/fields';
import { formatDateTime, formatLongDate, todayInAmsterdam } from '../ui/format';
import { fieldErrors, useApi, useSubmit } from '../ui/hooks';
import { PageTitle, Section } from '../ui/page';

type Panel = 'attempt' | 'interim' | 'handover' | 'complete' | 'cancel' | null;

/** Who made a request when no employee did. */
const CREATED_WITHOUT_EMPLOYEE: Partial<Record<RequestKind, string>> = {
  report: ' door de inwoner, via het meldformulier',
  follow_up: ' na een laag cijfer in de enquête',
};

const ACTION_DONE: Record<string, string> = {
  assign: 'Het verzoek is toegewezen.',
  attempt: 'De poging is vastgelegd.',
  'interim-reply': 'Het procesantwoord is vastgelegd.',
  complete: 'Het verzoek is afgehandeld.',
  cancel: 'Het verzoek is geannuleerd.',
};

export function CallbackDetailPage() {
  const { id } = useParams();
  const { me } = useSession();
  const { teams, employees } = useOrganisation();
  const request = useApi<CallbackRequest>(`/api/callback-requests/${id}`);
  const [panel, setPanel] = useState<Panel>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [message, setMessage] = useState('');
  const [expectedBy, setExpectedBy] = useState('');
  const [teamId, setTeamId] = useState('');
  const [assigneeId, setAssigneeId] = useState('');

  const { submit, busy, error, setError } = useSubmit(async (action: string, body: unknown) => {
    const updated = await api<CallbackRequest>(`/api/callback-requests/${id}/${action}`, { method: 'POST', body });
    request.setData(updated);
    setNotice(ACTION_DONE[action] ?? 'Opgeslagen.');
    setPanel(null);
    setNote('');
    setMessage('');
    return updated;
  });

  if (request.loading && !request.data) return <Loading />;
  if (request.error) {
    return (
      <>
        <PageTitle title="Terugbelverzoek">Terugbelverzoek</PageTitle>
        <Alert type="error">{request.error.message}</Alert>
        <Paragraph><Link className="utrecht-link" to="/terugbelverzoeken">Terug naar de terugbelverzoeken</Link></Paragraph>
      </>
    );
  }
  const r = request.data!;
  const open = isOpenStatus(r.status);
  // An anonymous report: nobody to call back or to send an interim reply to.
  const anonymous = r.replyBy === 'none';
  const errors = fieldErrors(error);
  const open_ = (p: Panel) => {
    setPanel(p);
    setError(null);
    setNotice(null);
    if (p === 'interim' && !expectedBy) setExpectedBy(todayInAmsterdam());
    if (p === 'handover') {
      setTeamId(r.teamId);
      setAssigneeId(r.assigneeId ?? '');
    }
  };

  return (
    <>
      <Paragraph><Link className="utrecht-link" to="/terugbelverzoeken">← Terugbelverzoeken</Link></Paragraph>
      <PageTitle title={`${r.kindLabel} ${r.reference}`}>{r.kindLabel} {r.reference}</PageTitle>
      <div className="helder-detail-status">
        <KindBadge kind={r.kind} label={r.kindLabel} />
        <DeadlineBadge state={r.deadlineState} label={r.deadlineLabel} />
        <span>{CALLBACK_STATUS_LABELS[r.status]}</span>
      </div>
      {notice ? <Alert type="ok">{notice}</Alert> : null}

      <div className="helder-detail-grid">
        <div>
          <Section title="Termijn">
            <Paragraph>
              <strong>Uiterlijk {formatLongDate(r.dueDate)}</strong> (einde van de dag)
            </Paragraph>
            <Paragraph className="helder-hint">{r.dueExplanation}</Paragraph>
            {r.interimReply ? (
              <Paragraph>
                Procesantwoord gegeven op {formatDateTime(r.interimReply.at)}
                {r.interimReply.expectedBy ? `: antwoord uiterlijk ${formatLongDate(r.interimReply.expectedBy)}` : ''}.
              </Paragraph>
            ) : null}
            {r.completedAt ? <Paragraph>Afgehandeld op {formatDateTime(r.completedAt)}{r.late ? ', na de termijn' : ', binnen de termijn'}.</Paragraph> : null}
          </Section>
          {r.kind === 'report' ? <ReportFacts request={r} teamName={(tid) => teams.find((t) => t.id === tid)?.name ?? 'Onbekend team'} /> : null}
          <Section title={r.kind === 'report' ? 'Wat de inwoner schreef' : 'Vraag'}>
            <Paragraph className="helder-prewrap">{r.question}</Paragraph>
            {r.outcome ? (
              <>
                <Heading level={3}>Uitkomst</Heading>
                <Paragraph className="helder-prewrap">{r.outcome}</Paragraph>
              </>
            ) : null}
          </Section>
        </div>
        <div>
          <Section title="Klant">
            <dl className="helder-dl">
              <dt>Naam</dt>
              <dd>{r.customer.name ?? 'Onbekend'}</dd>
              <dt>Soort</dt>
              <dd>{CUSTOMER_KIND_LABELS[r.customer.kind as CustomerKind] ?? r.customer.kind}</dd>
              <dt>Wil antwoord via</dt>
              <dd>{anonymous ? ANSWER_CHANNEL_LABELS.none : REPLY_CHANNEL_LABELS[r.replyBy as ReplyChannel]}</dd>
              {r.customer.phone ? (
                <>
                  <dt>Telefoon</dt>
                  <dd><a className="utrecht-link" href={`tel:${r.customer.phone}`}>{r.customer.phone}</a></dd>
                </>
              ) : null}
              {r.customer.email ? (
                <>
                  <dt>E-mail</dt>
                  <dd><a className="utrecht-link" href={`mailto:${r.customer.email}`}>{r.customer.email}</a></dd>
                </>
              ) : null}
            </dl>
          </Section>
          <Section title="Behandeling">
            <dl className="helder-dl">
              <dt>Team</dt>
              <dd>{r.teamName}</dd>
              <dt>Behandelaar</dt>
              <dd>{r.assigneeName ?? 'Nog niemand'}</dd>
              <dt>Aangemaakt</dt>
              <dd>{formatDateTime(r.createdAt)}{r.createdBy ? ` door ${r.createdBy.name}` : (CREATED_WITHOUT_EMPLOYEE[r.kind] ?? '')}</dd>
              <dt>Pogingen</dt>
              <dd>{r.attempts === 0 ? 'Nog geen' : r.attempts}</dd>
              {r.contactId ? (
                <>
                  <dt>Contact</dt>
                  <dd><Link className="utrecht-link" to={`/contacten/${r.contactId}`}>Bekijk het contact</Link></dd>
                </>
              ) : null}
            </dl>
          </Section>
        </div>
      </div>

      {open ? (
        <Section title="Wat wilt u doen?">
          <div className="helder-actions">
            {r.assigneeId !== me?.id ? (
              <Button appearance="primary-action-button" disabled={busy} onClick={() => submit('assign', { assigneeId: me!.id })}>
                Oppakken
              </Button>
            ) : null}
            <Button appearance="secondary-action-button" aria-expanded={panel === 'complete'} onClick={() => open_('complete')}>Afhandelen</Button>
            {anonymous ? null : (
              <>
                <Button appearance="secondary-action-button" aria-expanded={panel === 'attempt'} onClick={() => open_('attempt')}>Niet bereikt</Button>
                <Button appearance="secondary-action-button" aria-expanded={panel === 'interim'} onClick={() => open_('interim')}>Procesantwoord</Button>
              </>
            )}
            <Button appearance="secondary-action-button" aria-expanded={panel === 'handover'} onClick={() => open_('handover')}>Doorzetten</Button>
            <Button appearance="subtle-button" aria-expanded={panel === 'cancel'} onClick={() => open_('cancel')}>Annuleren</Button>
          </div>
          {error && !panel ? <Alert type="error">{error.message}</Alert> : null}
          {panel ? (
            <form
              className="helder-panel"
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                if (panel === 'attempt') void submit('attempt', { note });
                if (panel === 'complete') void submit('complete', { outcome: message });
                if (panel === 'cancel') void submit('cancel', { reason: message });
                if (panel === 'interim') void submit('interim-reply', { message, expectedBy });
                if (panel === 'handover') void submit('assign', { teamId, assigneeId: assigneeId || null, note });
              }}
            >
              <ErrorSummary error={error} />
              {panel === 'attempt' ? (
                <TextArea label="Notitie" description="Bijvoorbeeld: voicemail ingesproken." value={note} onChange={setNote} error={errors.note} />
              ) : null}
              {panel === 'complete' ? (
                <TextArea label="Uitkomst" required description="Wat is er met de klant afgesproken of uitgelegd?" value={message} onChange={setMessage} error={errors.outcome} />
              ) : null}
              {panel === 'cancel' ? (
                <TextArea label="Reden" required description="Waarom is terugbellen niet meer nodig?" value={message} onChange={setMessage} error={errors.reason} />
              ) : null}
              {panel === 'interim' ? (
                <>
                  <TextArea
                    label={r.replyBy === 'email' && r.customer.email ? 'Wat wilt u de klant laten weten?' : 'Wat heeft u de klant laten weten?'}
                    description={r.replyBy === 'email' && r.customer.email ? `Helder mailt dit bericht naar ${r.customer.email}.` : undefined}
                    required
                    value={message}
                    onChange={setMessage}
                    error={errors.message}
                  />
                  <TextField label="Wanneer krijgt de klant antwoord?" type="date" required size="small" value={expectedBy} min={todayInAmsterdam()} onChange={setExpectedBy} error={errors.expectedBy} />
                </>
              ) : null}
              {panel === 'handover' ? (
                <>
                  <SelectField label="Team" required value={teamId} onChange={(v) => { setTeamId(v); setAssigneeId(''); }} options={teams.filter((t) => t.active).map((t) => ({ value: t.id, label: t.name }))} error={errors.teamId} />
                  <SelectField
                    label="Collega"
                    value={assigneeId}
                    onChange={setAssigneeId}
                    options={employees.filter((e) => e.active && e.teamId === teamId).map((e) => ({ value: e.id, label: e.name }))}
                    placeholder="Het team kiest zelf"
                    error={errors.assigneeId}
                  />
                  <TextArea label="Notitie voor de collega" value={note} onChange={setNote} error={errors.note} />
                  <Paragraph className="helder-hint">De termijn blijft hetzelfde: de klant wacht al.</Paragraph>
                </>
              ) : null}
              <div className="helder-actions">
                <Button appearance="primary-action-button" type="submit" busy={busy} disabled={busy}>Opslaan</Button>
                <Button appearance="subtle-button" type="button" onClick={() => setPanel(null)}>Terug</Button>
              </div>
            </form>
          ) : null}
        </Section>
      ) : null}

      <Section title="Geschiedenis">
        <ol className="helder-history">
          {(r.history ?? []).map((entry) => (
            <li key={entry.id} className="helder-history__item">
              <span className="helder-history__when">{formatDateTime(entry.at)}</span>
              <span className="helder-history__what">
                <strong>{entry.label}</strong>
                {entry.actor ? ` door ${entry.actor.name}` : ''}
              </span>
              <HistoryDetail entry={entry} teamName={(tid) => teams.find((t) => t.id === tid)?.name ?? 'een ander team'} employeeName={(eid) => employees.find((e) => e.id === eid)?.name ?? 'een collega'} />
            </li>
          ))}
        </ol>
      </Section>
    </>
  );
}

/** What a resident's report of miscommunication is about. */
function ReportFacts({ request: r, teamName }: { request: CallbackRequest; teamName: (id: string) => string }) {
  return (
    <Section title="Melding">
      <dl className="helder-dl">
        <dt>Wat ging er mis</dt>
        <dd>{r.categoryLabel ?? 'Niet ingevuld'}</dd>
        <dt>Wanneer</dt>
        <dd>{r.occurredOn ? formatLongDate(r.occurredOn) : 'Niet ingevuld'}</dd>
        <dt>Over team</dt>
        <dd>{r.aboutTeamId ? teamName(r.aboutTeamId) : 'Niet ingevuld'}</dd>
      </dl>
    </Section>
  );
}

function HistoryDetail({ entry, teamName, employeeName }: { entry: HistoryEntry; teamName: (id: string) => string; employeeName: (id: string) => string }) {
  const d = entry.data;
  const parts: string[] = [];
  if (entry.type === 'assigned') {
    if (d.fromTeamId !== d.toTeamId && typeof d.toTeamId === 'string') parts.push(`Naar team ${teamName(d.toTeamId)}.`);
    if (typeof d.toAssigneeId === 'string') parts.push(`Behandelaar: ${employeeName(d.toAssigneeId)}.`);
    else parts.push('Nog geen behandelaar.');
  }
  if (entry.type === 'interim_reply' && typeof d.expectedByText === 'string') parts.push(`Antwoord uiterlijk ${d.expectedByText}.`);
  if (entry.type === 'completed' && typeof d.late === 'boolean') parts.push(d.late ? 'Na de termijn.' : 'Binnen de termijn.');
  const text = [d.note, d.message, d.outcome, d.reason].find((v): v is string => typeof v === 'string' && v.length > 0);
  if (parts.length === 0 && !text) return null;
  return (
    <span className="helder-history__detail">
      {parts.join(' ')} {text ? <span className="helder-prewrap">“{text}”</span> : null}
    </span>
  );
}
