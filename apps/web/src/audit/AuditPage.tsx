import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useState } from 'react';
import { query } from '../api/client';
import type { AuditEvent } from '../api/types';
import { useOrganisation } from '../app/session';
import { Alert, EmptyState, Loading, LoadMore } from '../ui/feedback';
import { SelectField } from '../ui/fields';
import { formatDateTime } from '../ui/format';
import { usePagedList } from '../ui/hooks';
import { PageTitle } from '../ui/page';

const ACTIONS: Record<string, string> = {
  read_customer: 'Klantgegevens bekeken',
  read: 'Bekeken',
  login: 'Ingelogd',
  login_failed: 'Inloggen mislukt',
  logout: 'Uitgelogd',
  create: 'Toegevoegd',
  update: 'Gewijzigd',
  delete: 'Verwijderd',
  retry: 'Opnieuw verstuurd',
  read_party: 'Klant bekeken',
  read_bsn: 'BSN bekeken',
  merge: 'Samengevoegd',
  unmerge: 'Samenvoegen teruggedraaid',
  import: 'Ingelezen',
  publish: 'Gepubliceerd',
  archive: 'Gearchiveerd',
  restore: 'Oude versie teruggezet',
  resolve: 'Afgehandeld',
  revoke: 'Ingetrokken',
  refused: 'Geweigerd',
  privacy_export: 'Gegevens van een inwoner opgevraagd (AVG)',
  privacy_erase: 'Gegevens van een inwoner gewist (AVG)',
  privacy_correct: 'Gegevens van een inwoner verbeterd (AVG)',
};

const ENTITIES: Record<string, string> = {
  callback_request: 'terugbelverzoek',
  contact: 'contact',
  employee: 'medewerker',
  team: 'team',
  product: 'product of dienst',
  closing_day: 'sluitingsdag',
  outbox_message: 'e-mail',
  survey_response: 'antwoorden op de enquête',
  survey_result: 'uitkomst tevredenheidsonderzoek',
  party: 'klant',
  customer: 'klant',
  api_token: 'API-sleutel',
  audit_log: 'logboek',
  klantinteracties: 'Klantinteracties-koppeling',
  knowledge_article: 'antwoord in de kennisbank',
  knowledge_feedback: 'melding over een antwoord',
  knowledge_synonyms: 'synoniemen van de kennisbank',
};

export function AuditPage() {
  const { employees } = useOrganisation();
  const [actorId, setActorId] = useState('');
  const [action, setAction] = useState('');
  const listQuery = query({ actorId, action, limit: 50 });
  const list = usePagedList<AuditEvent>(`/api/audit${listQuery}`);
  const { items } = list;

  return (
    <>
      <PageTitle title="Logboek">Logboek</PageTitle>
      <Paragraph className="helder-lead">Wie heeft wat gedaan of bekeken, en wanneer. Elke keer dat iemand gegevens van een klant bekijkt, staat hier.</Paragraph>
      <div className="helder-filters">
        <SelectField label="Medewerker" value={actorId} onChange={setActorId} options={employees.map((e) => ({ value: e.id, label: e.name }))} placeholder="Iedereen" />
        <SelectField label="Handeling" value={action} onChange={setAction} options={Object.entries(ACTIONS).map(([value, label]) => ({ value, label }))} placeholder="Alle handelingen" />
      </div>
      {list.error ? <Alert type="error">{list.error.message}</Alert> : null}
      {list.loading && items.length === 0 ? <Loading /> : null}
      {!list.loading && items.length === 0 && !list.error ? <EmptyState>Er is niets gevonden.</EmptyState> : null}
      {items.length > 0 ? (
        <div className="utrecht-table-container helder-table-container">
          <table className="utrecht-table utrecht-table--html-table helder-table">
            <caption className="utrecht-table__caption helder-visually-hidden">Logboek, het nieuwste eerst</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">Moment</th>
                <th className="utrecht-table__header-cell" scope="col">Medewerker</th>
                <th className="utrecht-table__header-cell" scope="col">Handeling</th>
                <th className="utrecht-table__header-cell" scope="col">Wat</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {items.map((e) => (
                <tr key={e.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell helder-nowrap">{formatDateTime(e.at)}</td>
                  <td className="utrecht-table__cell">{e.actor?.name ?? <span className="helder-muted">Onbekend</span>}</td>
                  <td className="utrecht-table__cell">{ACTIONS[e.action] ?? e.action}</td>
                  <td className="utrecht-table__cell">
                    {ENTITIES[e.entityType] ?? e.entityType}
                    {e.customerIds.length > 0 ? <span className="helder-cell-sub">{e.customerIds.length} {e.customerIds.length === 1 ? 'klant' : 'klanten'}{e.detail.list ? ' in een lijst' : ''}</span> : null}
                  </td>
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
