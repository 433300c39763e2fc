import { CUSTOMER_KIND_LABELS, type CustomerKind, RESOLUTION_LABELS } from '@helder/domain';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Link, useParams } from 'react-router';
import type { Contact } from '../api/types';
import { DeadlineBadge } from '../ui/badges';
import { Alert, Loading } from '../ui/feedback';
import { formatDateTime } from '../ui/format';
import { useApi } from '../ui/hooks';
import { PageTitle, Section } from '../ui/page';
import { partyPath } from '../parties/model';
import { knowledgePath } from '../knowledge/model';

export function ContactDetailPage() {
  const { id } = useParams();
  const contact = useApi<Contact>(`/api/contacts/${id}`);
  if (contact.loading && !contact.data) return <Loading />;
  if (contact.error) {
    return (
      <>
        <PageTitle title="Contact">Contact</PageTitle>
        <Alert type="error">{contact.error.message}</Alert>
      </>
    );
  }
  const c = contact.data!;
  const cb = c.callbackRequest;
  return (
    <>
      <Paragraph><Link className="utrecht-link" to="/contacten">← Contacten</Link></Paragraph>
      <PageTitle title={`Contact ${c.reference}`}>{c.subject}</PageTitle>
      <dl className="helder-dl">
        <dt>Kenmerk</dt>
        <dd>{c.reference}</dd>
        <dt>Moment</dt>
        <dd>{formatDateTime(c.occurredAt)}</dd>
        <dt>Kanaal</dt>
        <dd>{c.channelLabel}</dd>
        <dt>Product of dienst</dt>
        <dd>{c.productName ?? '–'}</dd>
        <dt>Uitkomst</dt>
        <dd>{RESOLUTION_LABELS[c.resolution]}</dd>
        <dt>Vastgelegd door</dt>
        <dd>{c.registeredBy?.name ?? '–'}</dd>
      </dl>
      {c.summary ? (
        <Section title="Samenvatting">
          <Paragraph className="helder-prewrap">{c.summary}</Paragraph>
        </Section>
      ) : null}
      {c.answer ? (
        <Section title="Antwoord aan de klant">
          <Paragraph className="helder-prewrap">{c.answer}</Paragraph>
        </Section>
      ) : null}
      {c.knowledgeArticles && c.knowledgeArticles.length > 0 ? (
        <Section title="Gebruikte antwoorden uit de kennisbank">
          <ul className="utrecht-unordered-list">
            {c.knowledgeArticles.map((a) => (
              <li key={a.id} className="utrecht-unordered-list__item">
                <Link className="utrecht-link" to={knowledgePath(a.id)}>
                  {a.title}
                </Link>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <Section title="Klant">
        {c.customer ? (
          <>
            <dl className="helder-dl">
              <dt>Naam</dt>
              <dd>{c.customer.name ?? '–'}</dd>
              <dt>Soort</dt>
              <dd>{CUSTOMER_KIND_LABELS[c.customer.kind as CustomerKind] ?? c.customer.kind}</dd>
              <dt>Telefoon</dt>
              <dd>{c.customer.phone ?? '–'}</dd>
              <dt>E-mail</dt>
              <dd>{c.customer.email ?? '–'}</dd>
            </dl>
            {c.customer.partyId ? (
              <Paragraph>
                <Link className="utrecht-link" to={partyPath(c.customer.partyId)}>Alle gegevens en contacten van deze klant</Link>
              </Paragraph>
            ) : null}
          </>
        ) : (
          <Paragraph>De klant is anoniem gebleven.</Paragraph>
        )}
      </Section>
      {c.positiveSurprise ? (
        <Section title="Positieve verrassing">
          <Paragraph className="helder-prewrap">{c.positiveSurprise}</Paragraph>
        </Section>
      ) : null}
      {cb ? (
        <Section title="Terugbelverzoek">
          <Paragraph>
            <Link className="utrecht-link" to={`/terugbelverzoeken/${cb.id}`}>{cb.reference}</Link> bij {cb.teamName}{' '}
            <DeadlineBadge state={cb.deadlineState} label={cb.deadlineLabel} />
          </Paragraph>
          <Paragraph className="helder-hint">{cb.dueExplanation}</Paragraph>
        </Section>
      ) : null}
    </>
  );
}
