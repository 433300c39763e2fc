// Communicatie: the register of everything the municipality sends or publishes, with the B1 result
// of every text, filters, a CSV export, the share at B1 per team, and for the contact centre the
// queue of bulk letters waiting for review (earliest deadline first).
import { COMMUNICATION_KIND_LABELS, COMMUNICATION_KINDS, COMMUNICATION_STATUS_LABELS, COMMUNICATION_STATUSES, hasRole } from '@helder/domain';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@utrecht/button-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { query } from '../api/client';
import { useOrganisation, useSession } from '../app/session';
import { Alert, EmptyState, Loading, LoadMore } from '../ui/feedback';
import { SelectField, TextField } from '../ui/fields';
import { formatDateTime, formatShortDate, todayInAmsterdam } from '../ui/format';
import { useApi, usePagedList } from '../ui/hooks';
import { PageTitle, Section } from '../ui/page';
import { type CommunicationB1Share, type CommunicationSummary, communicationPath, percent } from './model';
import { CommunicationStatusTag, KindLabel, LevelTag } from './Tags';

const PAGE_SIZE = 25;

/** The filters as they stand in the address (Dutch words), so "back" returns to the same list. */
const FILTER_KEYS = ['zoek', 'soort', 'status', 'niveau', 'team', 'van', 'tot', 'wachtrij'] as const;
type Filters = Record<(typeof FILTER_KEYS)[number], string>;

const LEVELS = [
  { value: 'b1', label: 'Op B1-niveau' },
  { value: 'moeilijker', label: 'Moeilijker dan B1' },
];

export function RegisterPage() {
  const { teams } = useOrganisation();
  const { me } = useSession();
  const reviewer = !!me && hasRole(me, 'kcc');
  const [params, setParams] = useSearchParams();
  const applied = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? ''])) as Filters;
  const [draft, setDraft] = useState<Filters>(applied);
  const set = (key: keyof Filters) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const queue = applied.wachtrij === 'ja';

  const filters = {
    q: applied.zoek,
    kind: applied.soort,
    status: applied.status,
    b1: applied.niveau === 'b1' ? true : applied.niveau === 'moeilijker' ? false : undefined,
    teamId: applied.team,
    from: applied.van,
    to: applied.tot,
    queue: queue ? true : undefined,
  };
  const list = usePagedList<CommunicationSummary>(`/api/communications${query({ ...filters, limit: PAGE_SIZE })}`);
  const { items } = list;
  const fields = Object.fromEntries((list.error?.fields ?? []).map((f) => [f.field, f.message]));
  const csv = `/api/communications/export.csv${query({ ...filters, queue: undefined })}`;

  // The share at B1 per team over the last twelve months (or the chosen period).
  const today = todayInAmsterdam();
  const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  const share = useApi<CommunicationB1Share>(`/api/communications/b1-share${query({ from: applied.van || yearAgo, to: applied.tot || today })}`);

  const apply = (next: Filters) => {
    const search = new URLSearchParams();
    for (const key of FILTER_KEYS) if (next[key].trim()) search.set(key, next[key].trim());
    setParams(search);
  };

  let found = '';
  if (!list.loading && !list.error) {
    const n = items.length;
    found = n === 0 ? '' : `${list.hasMore ? 'Meer dan ' : ''}${n} ${n === 1 ? 'tekst' : 'teksten'} in de lijst.`;
  }

  return (
    <>
      <PageTitle title="Communicatie">Communicatie</PageTitle>
      <Paragraph className="helder-lead">
        Alle brieven, bulkbrieven, e-mails, webteksten en folders die wij versturen. Bij elke versie ziet u of de tekst op taalniveau B1 is. Brieven aan veel mensen
        controleert het KCC voordat ze weggaan.
      </Paragraph>
      <div className="helder-actions">
        <Link className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" to="/communicatie/nieuw">
          Nieuwe tekst
        </Link>
        {reviewer ? (
          <Link className="utrecht-link" to={queue ? '/communicatie' : '/communicatie?wachtrij=ja'}>
            {queue ? 'Alle teksten' : 'Te controleren door het KCC'}
          </Link>
        ) : null}
        <a className="utrecht-link" href={csv} download>
          Lijst downloaden (CSV)
        </a>
      </div>

      <form
        className="helder-filters"
        aria-label="Zoeken en filteren"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          apply(draft);
        }}
      >
        <TextField label="Zoek op titel" type="search" value={draft.zoek} onChange={set('zoek')} maxLength={200} error={fields.q} />
        <SelectField label="Soort" value={draft.soort} onChange={set('soort')} options={COMMUNICATION_KINDS.map((k) => ({ value: k, label: COMMUNICATION_KIND_LABELS[k] }))} placeholder="Alle soorten" />
        <SelectField label="Status" value={draft.status} onChange={set('status')} options={COMMUNICATION_STATUSES.map((s) => ({ value: s, label: COMMUNICATION_STATUS_LABELS[s] }))} placeholder="Alle statussen" />
        <SelectField label="Taalniveau" value={draft.niveau} onChange={set('niveau')} options={LEVELS} placeholder="Alle niveaus" />
        <SelectField label="Team" value={draft.team} onChange={set('team')} options={teams.map((t) => ({ value: t.id, label: t.name }))} placeholder="Alle teams" />
        <TextField label="Gewijzigd vanaf" type="date" value={draft.van} onChange={set('van')} error={fields.from} />
        <TextField label="Gewijzigd tot en met" type="date" value={draft.tot} onChange={set('tot')} error={fields.to} />
        <div className="helder-actions">
          <Button type="submit" appearance="primary-action-button">
            Zoeken
          </Button>
          <Button
            type="button"
            appearance="subtle-button"
            onClick={() => {
              const cleared = Object.fromEntries(FILTER_KEYS.map((k) => [k, k === 'wachtrij' ? applied.wachtrij : ''])) as Filters;
              setDraft(cleared);
              apply(cleared);
            }}
          >
            Wis filters
          </Button>
        </div>
      </form>

      {queue ? <h2 className="utrecht-heading-2">Te controleren door het KCC</h2> : null}
      {list.error ? <Alert type="error">{list.error.message}</Alert> : null}
      {list.loading ? <Loading /> : null}
      <p className="helder-muted" role="status">
        {found}
      </p>
      {!list.loading && !list.error && items.length === 0 ? (
        <EmptyState>{queue ? 'Er wacht geen tekst op controle.' : 'Er staan geen teksten in het register die bij deze filters passen.'}</EmptyState>
      ) : null}
      {items.length > 0 ? (
        <div className="helder-table-container">
          <table className="utrecht-table helder-table">
            <caption className="helder-visually-hidden">Teksten in het register</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">Tekst</th>
                <th className="utrecht-table__header-cell" scope="col">Status</th>
                <th className="utrecht-table__header-cell" scope="col">Taalniveau</th>
                <th className="utrecht-table__header-cell" scope="col">Team</th>
                <th className="utrecht-table__header-cell" scope="col">Ontvangers</th>
                <th className="utrecht-table__header-cell" scope="col">{queue ? 'Controle uiterlijk' : 'Gewijzigd'}</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {items.map((item) => (
                <tr className="utrecht-table__row" key={item.id}>
                  <td className="utrecht-table__cell">
                    <Link className="utrecht-link" to={communicationPath(item.id)}>
                      {item.title}
                    </Link>
                    <span className="helder-cell-sub">
                      <KindLabel kind={item.kind} /> · versie {item.version}
                      {item.ownerName ? ` · ${item.ownerName}` : ''}
                    </span>
                  </td>
                  <td className="utrecht-table__cell">
                    <CommunicationStatusTag status={item.status} />
                  </td>
                  <td className="utrecht-table__cell">
                    <LevelTag b1={item.b1} />
                  </td>
                  <td className="utrecht-table__cell">{item.teamName ?? '–'}</td>
                  <td className="utrecht-table__cell">{item.recipients ?? '–'}</td>
                  <td className="utrecht-table__cell helder-nowrap">
                    {queue && item.reviewDueAt ? formatShortDate(item.reviewDueAt) : formatDateTime(item.updatedAt)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <LoadMore list={list} label="Meer laden" />

      <Section title="Op B1-niveau per team">
        <Paragraph>
          Teksten die verstuurd of gepubliceerd zijn van {formatShortDate(share.data?.from ?? yearAgo)} tot en met {formatShortDate(share.data?.to ?? today)}. Het doel is 80%.
        </Paragraph>
        {share.error ? <Alert type="error">{share.error.message}</Alert> : null}
        {share.data && share.data.teams.length === 0 ? <EmptyState>In deze periode is nog niets verstuurd.</EmptyState> : null}
        {share.data && share.data.teams.length > 0 ? (
          <table className="utrecht-table helder-table">
            <caption className="helder-visually-hidden">Deel van de teksten op B1-niveau per team</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">Team</th>
                <th className="utrecht-table__header-cell" scope="col">Verstuurd</th>
                <th className="utrecht-table__header-cell" scope="col">Op B1-niveau</th>
                <th className="utrecht-table__header-cell" scope="col">Deel</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {share.data.teams.map((row) => (
                <tr className="utrecht-table__row" key={row.teamId ?? 'geen'}>
                  <th className="utrecht-table__cell" scope="row">{row.teamName ?? 'Geen team'}</th>
                  <td className="utrecht-table__cell">{row.sent}</td>
                  <td className="utrecht-table__cell">{row.atB1}</td>
                  <td className="utrecht-table__cell">{percent(row.share)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </Section>
    </>
  );
}
