// What the municipality already knows of a party: its open requests with their deadlines and its
// last contacts with the answers given. Shown during a registration and on the party's page.
import { CHANNEL_LABELS, CALLBACK_STATUS_LABELS, DEADLINE_STATE_LABELS, type DeadlineState, REQUEST_KIND_LABELS } from '@helder/domain';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { type ReactNode, useId } from 'react';
import { Link } from 'react-router';
import { DeadlineBadge, KindBadge } from '../ui/badges';
import { formatDateTime, formatShortDate } from '../ui/format';
import { countText, type PartyContact, type PartyRequest, type PartyView } from './model';

/** During a registration links open in a new tab, so the form keeps what was typed. */
export function ViewLink({ to, newTab, children }: { to: string; newTab: boolean; children: ReactNode }) {
  return (
    <Link className="utrecht-link" to={to} {...(newTab ? { target: '_blank' } : {})}>
      {children}
      {newTab ? <span className="helder-visually-hidden"> (nieuw tabblad)</span> : null}
    </Link>
  );
}

export function OpenRequests({ requests, level, newTab = false }: { requests: PartyRequest[]; level: 2 | 3; newTab?: boolean }) {
  const headingId = useId();
  return (
    <section className="helder-customer-part" aria-labelledby={headingId}>
      <Heading level={level} id={headingId}>Open verzoeken</Heading>
      {requests.length === 0 ? (
        <Paragraph className="helder-hint">Er staan geen verzoeken open.</Paragraph>
      ) : (
        <ul className="helder-customer-list">
          {requests.map((r) => {
            const state = r.dueState as DeadlineState;
            return (
              <li key={r.id} className="helder-customer-item">
                <div className="helder-customer-item__head">
                  <ViewLink to={`/terugbelverzoeken/${r.id}`} newTab={newTab}>{r.reference}</ViewLink>
                  <KindBadge kind={r.kind} label={REQUEST_KIND_LABELS[r.kind]} />
                  <DeadlineBadge state={state} label={DEADLINE_STATE_LABELS[state] ?? r.dueState} />
                </div>
                <p className="utrecht-paragraph helder-customer-item__text">{r.question}</p>
                <p className="utrecht-paragraph helder-cell-sub">
                  Uiterlijk {formatShortDate(r.dueAt)} · {r.teamName}
                  {r.assigneeName ? ` (${r.assigneeName})` : ''} · Status: {CALLBACK_STATUS_LABELS[r.status].toLowerCase()}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

export function RecentContacts({ contacts, level, newTab = false }: { contacts: PartyContact[]; level: 2 | 3; newTab?: boolean }) {
  const headingId = useId();
  return (
    <section className="helder-customer-part" aria-labelledby={headingId}>
      <Heading level={level} id={headingId}>Laatste contacten</Heading>
      {contacts.length === 0 ? (
        <Paragraph className="helder-hint">Er zijn nog geen contacten.</Paragraph>
      ) : (
        <ul className="helder-customer-list">
          {contacts.map((c) => (
            <li key={c.id} className="helder-customer-item">
              <div className="helder-customer-item__head">
                <ViewLink to={`/contacten/${c.id}`} newTab={newTab}>{c.subject}</ViewLink>
              </div>
              <p className="utrecht-paragraph helder-cell-sub">
                {formatDateTime(c.occurredAt)} · {CHANNEL_LABELS[c.channel]}
                {c.productName ? ` · ${c.productName}` : ''}
                {c.teamName ? ` · ${c.teamName}` : ''} · {c.reference}
              </p>
              {c.summary ? <p className="utrecht-paragraph helder-customer-item__text">{c.summary}</p> : null}
              {c.answer ? (
                <p className="utrecht-paragraph helder-customer-item__text">
                  <strong>Antwoord:</strong> {c.answer}
                </p>
              ) : null}
              {!c.answer && c.resolution === 'handed_over' ? <p className="utrecht-paragraph helder-cell-sub">Doorgezet naar de tweede lijn.</p> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Records of other teams the employee may not open: only how many. */
export function HiddenCount({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <Paragraph className="helder-hint">
      Er {count === 1 ? 'is' : 'zijn'} nog {countText(count, 'contact of verzoek', 'contacten of verzoeken')} van andere teams. U kunt die niet openen.
    </Paragraph>
  );
}

export function CustomerHistory({ party, level, newTab = false }: { party: PartyView; level: 2 | 3; newTab?: boolean }) {
  return (
    <>
      <OpenRequests requests={party.openRequests} level={level} newTab={newTab} />
      <RecentContacts contacts={party.recentContacts} level={level} newTab={newTab} />
      <HiddenCount count={party.hiddenCount} />
    </>
  );
}
