// The customer view beside the registration form: who this is, what is still open for them and
// what they asked before, so the employee does not ask it again.
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useId } from 'react';
import { CustomerHistory, ViewLink } from './CustomerHistory';
import { type PartyView, partyPath } from './model';
import { PartyDetails } from './PartyDetails';

export function CustomerPanel({ party }: { party: PartyView }) {
  const headingId = useId();
  return (
    <section className="helder-customer-panel" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        <span className="helder-customer-panel__label">Klantbeeld</span> {party.name}
      </Heading>
      <PartyDetails party={party} compact />
      {party.internalNote ? (
        <Paragraph className="helder-customer-note">
          <strong>Notitie:</strong> {party.internalNote}
        </Paragraph>
      ) : null}
      <Paragraph>
        <ViewLink to={partyPath(party.id)} newTab>
          Alle gegevens van {party.name}
        </ViewLink>
      </Paragraph>
      <Paragraph className="helder-hint">De links openen in een nieuw tabblad. Zo blijft dit formulier staan.</Paragraph>
      <CustomerHistory party={party} level={3} newTab />
    </section>
  );
}
