// The outbox for administrators: every e-mail Helder sends to residents, how far it got, and a
// retry for the ones that failed or were held. Without a mail server the mails are held here.
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@utrecht/button-react';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, query } from '../api/client';
import type { OutboxMessage, OutboxMessageDetail, OutboxPage as OutboxList, OutboxStatus } from '../api/types';
import { Alert, EmptyState, Loading, LoadMore } from '../ui/feedback';
import { SelectField } from '../ui/fields';
import { formatDateTime } from '../ui/format';
import { useApi, usePagedList, useSubmit } from '../ui/hooks';
import { PageTitle } from '../ui/page';

const STATUS_LABELS: Record<OutboxStatus, string> = {
  pending: 'Wacht',
  sending: 'Bezig',
  sent: 'Verstuurd',
  failed: 'Mislukt',
  held: 'Bewaard (niet verstuurd)',
};

const TILE_TONE: Partial<Record<OutboxStatus, string>> = { failed: ' helder-tile--danger', held: ' helder-tile--warning' };

export function OutboxPage() {
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const selected = params.get('bericht');
  const list = usePagedList<OutboxMessage, OutboxList>(`/api/outbox${query({ status, limit: 50 })}`);
  // The counts, and whether mail goes out at all, come with the first page.
  const overview = list.first;
  const { items } = list;

  const withParams = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || value === '') next.delete(key);
      else next.set(key, value);
    }
    return next;
  };

  return (
    <>
      <PageTitle title="E-mail">E-mail</PageTitle>
      <Paragraph className="helder-lead">
        De e-mails die Helder naar inwoners stuurt: bevestigingen, procesantwoorden en uitnodigingen voor de enquête. Als u een e-mail bekijkt, staat dat in het logboek.
      </Paragraph>
      {overview && !overview.sending ? (
        <Alert type="warning" live={false}>
          <strong>Helder verstuurt nu geen e-mails.</strong> Er is geen mailserver ingesteld. Daarom bewaren we elke e-mail hier, maar de inwoner krijgt hem niet. Vraag de technisch beheerder om de mailserver in te stellen (SMTP_URL).
        </Alert>
      ) : null}
      {overview ? (
        <ul className="helder-tiles" aria-label="Aantal e-mails per status">
          {(Object.keys(STATUS_LABELS) as OutboxStatus[]).map((s) => (
            <li key={s} className={`helder-tile${overview.counts[s] > 0 ? (TILE_TONE[s] ?? '') : ''}`}>
              <span className="helder-tile__value">{overview.counts[s] ?? 0}</span> {STATUS_LABELS[s]}
            </li>
          ))}
        </ul>
      ) : null}

      <form className="helder-filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label="Status"
          value={status}
          onChange={(v) => setParams(withParams({ status: v, bericht: null }), { replace: true })}
          options={Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label }))}
          placeholder="Alle e-mails"
        />
      </form>

      {selected ? (
        <MessageView
          id={selected}
          sending={overview?.sending ?? true}
          closeLink={`?${withParams({ bericht: null })}`}
          onRetried={list.reload}
        />
      ) : null}

      {list.error ? <Alert type="error">{list.error.message}</Alert> : null}
      {list.loading && items.length === 0 ? <Loading /> : null}
      {!list.loading && !list.error && items.length === 0 ? (
        <EmptyState>{status ? 'Er zijn geen e-mails met deze status.' : 'Er zijn nog geen e-mails. Zodra Helder een inwoner een e-mail stuurt, staat die hier.'}</EmptyState>
      ) : null}
      {items.length > 0 ? (
        <div className="utrecht-table-container helder-table-container">
          <table className="utrecht-table utrecht-table--html-table helder-table">
            <caption className="utrecht-table__caption helder-visually-hidden">E-mails, de nieuwste eerst</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">Gemaakt</th>
                <th className="utrecht-table__header-cell" scope="col">Aan</th>
                <th className="utrecht-table__header-cell" scope="col">Onderwerp</th>
                <th className="utrecht-table__header-cell" scope="col">Soort</th>
                <th className="utrecht-table__header-cell" scope="col">Status</th>
                <th className="utrecht-table__header-cell" scope="col">Pogingen</th>
                <th className="utrecht-table__header-cell" scope="col">Laatste fout</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {items.map((m) => (
                <tr key={m.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell helder-nowrap">{formatDateTime(m.createdAt)}</td>
                  <td className="utrecht-table__cell helder-break">{m.recipient}</td>
                  <td className="utrecht-table__cell">
                    <Link className="utrecht-link" to={`?${withParams({ bericht: m.id })}`} aria-current={m.id === selected ? 'true' : undefined}>{m.subject}</Link>
                  </td>
                  <td className="utrecht-table__cell">{m.purposeLabel}</td>
                  <td className="utrecht-table__cell">{STATUS_LABELS[m.status]}</td>
                  <td className="utrecht-table__cell">{m.attempts}</td>
                  <td className="utrecht-table__cell">{m.lastError ? <span className="helder-cell-sub">{m.lastError}</span> : <span className="helder-muted">–</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <LoadMore list={list} label="Meer laden" />
    </>
  );
}

/** One e-mail as the resident gets it, in plain text: the HTML is never rendered here. */
function MessageView({ id, sending, closeLink, onRetried }: { id: string; sending: boolean; closeLink: string; onRetried: () => void }) {
  const message = useApi<OutboxMessageDetail>(`/api/outbox/${encodeURIComponent(id)}`);
  const [notice, setNotice] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const retry = useSubmit(async () => {
    const updated = await api<OutboxMessageDetail>(`/api/outbox/${encodeURIComponent(id)}/retry`, { method: 'POST' });
    message.setData(updated);
    setNotice(sending ? 'De e-mail staat weer klaar om te versturen.' : 'De e-mail staat weer klaar om te versturen. Er is nog geen mailserver, dus Helder bewaart hem straks opnieuw.');
    onRetried();
    return updated;
  });
  useEffect(() => {
    setNotice(null);
  }, [id]);
  const m = message.data?.id === id ? message.data : undefined;
  // Opening a mail moves the focus to it, so a screen reader reads it next.
  const shown = m?.id;
  useEffect(() => {
    if (shown) heading.current?.focus();
  }, [shown]);

  if (message.error) return <Alert type="error">{message.error.message}</Alert>;
  if (!m) return <Loading />;
  const retryable = m.status === 'failed' || m.status === 'held';
  return (
    <section className="helder-panel helder-mail" aria-labelledby="mail-subject">
      <Heading level={2} id="mail-subject" ref={heading} tabIndex={-1} className="helder-mail__subject">{m.subject}</Heading>
      {notice ? <Alert type="ok">{notice}</Alert> : null}
      {retry.error ? <Alert type="error">{retry.error.message}</Alert> : null}
      <dl className="helder-dl">
        <dt>Aan</dt>
        <dd className="helder-break">{m.recipient}</dd>
        <dt>Soort</dt>
        <dd>{m.purposeLabel}</dd>
        <dt>Status</dt>
        <dd>{STATUS_LABELS[m.status]}</dd>
        <dt>Gemaakt</dt>
        <dd>{formatDateTime(m.createdAt)}</dd>
        {m.sentAt ? (
          <>
            <dt>Verstuurd</dt>
            <dd>{formatDateTime(m.sentAt)}</dd>
          </>
        ) : null}
        <dt>Pogingen</dt>
        <dd>{m.attempts}</dd>
        {m.lastError ? (
          <>
            <dt>Laatste fout</dt>
            <dd>{m.lastError}</dd>
          </>
        ) : null}
      </dl>
      <Heading level={3}>Tekst van de e-mail</Heading>
      <pre className="helder-mail__body">{m.textBody}</pre>
      <div className="helder-actions">
        {retryable ? (
          <Button appearance="primary-action-button" busy={retry.busy} disabled={retry.busy} onClick={() => void retry.submit()}>
            Opnieuw versturen
          </Button>
        ) : null}
        <Link className="utrecht-link" to={closeLink}>Sluit deze e-mail</Link>
      </div>
    </section>
  );
}
