// A party's own details: kind, every phone number and e-mail address with its description and
// default, the address and the identifiers.
import { CUSTOMER_KIND_LABELS } from '@helder/domain';
import type { ReactNode } from 'react';
import { addressLine, type DigitalAddress, type PartyView } from './model';

function Addresses({ list, kind }: { list: DigitalAddress[]; kind: 'phone' | 'email' }) {
  const own = list.filter((a) => a.kind === kind);
  if (own.length === 0) return <span className="helder-muted">Niet bekend</span>;
  return (
    <ul className="helder-plain-list">
      {own.map((a) => {
        const notes = [a.label, a.isDefault && own.length > 1 ? 'standaard' : null].filter(Boolean).join(', ');
        return (
          <li key={a.id} className="helder-break">
            <a className="utrecht-link" href={`${kind === 'phone' ? 'tel' : 'mailto'}:${a.value}`}>{a.value}</a>
            {notes ? <span className="helder-muted"> ({notes})</span> : null}
          </li>
        );
      })}
    </ul>
  );
}

export function PartyDetails({ party, bsn, compact = false }: { party: PartyView; bsn?: ReactNode; compact?: boolean }) {
  const address = addressLine(party.visitAddress);
  return (
    <dl className="helder-dl">
      <dt>Soort klant</dt>
      <dd>{CUSTOMER_KIND_LABELS[party.kind]}</dd>
      <dt>Telefoon</dt>
      <dd><Addresses list={party.digitalAddresses} kind="phone" /></dd>
      <dt>E-mail</dt>
      <dd><Addresses list={party.digitalAddresses} kind="email" /></dd>
      <dt>Adres</dt>
      <dd>{address ?? <span className="helder-muted">Niet bekend</span>}</dd>
      {party.kvkNumber ? (
        <>
          <dt>KvK-nummer</dt>
          <dd>{party.kvkNumber}</dd>
        </>
      ) : null}
      {!compact && party.ownReference ? (
        <>
          <dt>Eigen kenmerk</dt>
          <dd>{party.ownReference}</dd>
        </>
      ) : null}
      {bsn && party.bsnEnabled ? (
        <>
          <dt>BSN</dt>
          <dd>{bsn}</dd>
        </>
      ) : null}
      {!compact ? (
        <>
          <dt>Klantnummer</dt>
          <dd>{party.number}</dd>
        </>
      ) : null}
    </dl>
  );
}
