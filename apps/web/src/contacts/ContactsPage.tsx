import { CHANNEL_LABELS, CHANNELS } from '@helder/domain';
import { Button } from '@utrecht/button-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { query } from '../api/client';
import type { Contact } from '../api/types';
import { useOrganisation, useSession } from '../app/session';
import { Alert, EmptyState, Loading, LoadMore } from '../ui/feedback';
import { SelectField, TextField } from '../ui/fields';
import { formatDateTime } from '../ui/format';
import { usePagedList } from '../ui/hooks';
import { PageTitle } from '../ui/page';

const FILTER_KEYS = ['van', 'tot', 'kanaal', 'team', 'product', 'zoek'] as const;
type Filters = Record<(typeof FILTER_KEYS)[number], string>;

export function ContactsPage() {
  const { teams, products } = useOrganisation();
  const { hasRole } = useSession();
  const [params, setParams] = useSearchParams();
  const applied = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? ''])) as Filters;
  const [draft, setDraft] = useState<Filters>(applied);
  const seesAll = hasRole('kcc', 'admin');

  const listQuery = query({
    from: applied.van,
    to: applied.tot,
    channel: applied.kanaal,
    teamId: applied.team,
    productId: applied.product,
    q: applied.zoek,
    limit: 50,
  });
  const list = usePagedList<Contact>(`/api/contacts${listQuery}`);
  const { items } = list;

  const set = (key: keyof Filters) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const fields = Object.fromEntries((list.error?.fields ?? []).map((f) => [f.field, f.message]));

  return (
    <>
      <PageTitle title="Contacten">Contacten</PageTitle>
      <form
        className="helder-filters"
        aria-label="Zoeken en filteren"
        onSubmit={(e) => {
          e.preventDefault();
          const nextParams = new URLSearchParams();
          for (const key of FILTER_KEYS) if (draft[key]) nextParams.set(key, draft[key]);
          setParams(nextParams);
        }}
      >
        <TextField label="Zoeken in onderwerp en samenvatting" type="search" value={draft.zoek} onChange={set('zoek')} />
        <TextField label="Vanaf" type="date" size="small" value={draft.van} onChange={set('van')} error={fields.from} />
        <TextField label="Tot en met" type="date" size="small" value={draft.tot} onChange={set('tot')} error={fields.to} />
        <SelectField label="Kanaal" value={draft.kanaal} onChange={set('kanaal')} options={CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }))} placeholder="Alle kanalen" />
        {seesAll ? (
          <SelectField label="Team" value={draft.team} onChange={set('team')} options={teams.map((t) => ({ value: t.id, label: t.name }))} placeholder="Alle teams" />
        ) : null}
        <SelectField
          label="Product of dienst"
          value={draft.product}
          onChange={set('product')}
          options={products.map((p) => ({ value: p.id, label: p.name }))}
          placeholder="Alle producten"
        />
        <div className="helder-filters__actions">
          <Button appearance="primary-action-button" type="submit">Zoeken</Button>
          <Button
            appearance="subtle-button"
            type="button"
            onClick={() => {
              setDraft(Object.fromEntries(FILTER_KEYS.map((k) => [k, ''])) as Filters);
              setParams(new URLSearchParams());
            }}
          >
            Wis filters
          </Button>
        </div>
      </form>

      {list.error ? <Alert type="error">{list.error.message}</Alert> : null}
      {list.loading && items.length === 0 ? <Loading /> : null}
      {!list.loading && !list.error && items.length === 0 ? <EmptyState>Er zijn geen contacten gevonden. Pas de filters aan.</EmptyState> : null}
      {items.length > 0 ? (
        <div className="utrecht-table-container helder-table-container">
          <table className="utrecht-table utrecht-table--html-table helder-table">
            <caption className="utrecht-table__caption helder-visually-hidden">Contacten, de nieuwste eerst</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">Moment</th>
                <th className="utrecht-table__header-cell" scope="col">Kanaal</th>
                <th className="utrecht-table__header-cell" scope="col">Onderwerp</th>
                <th className="utrecht-table__header-cell" scope="col">Product of dienst</th>
                <th className="utrecht-table__header-cell" scope="col">Klant</th>
                <th className="utrecht-table__header-cell" scope="col">Uitkomst</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {items.map((c) => (
                <tr key={c.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell helder-nowrap">{formatDateTime(c.occurredAt)}</td>
                  <td className="utrecht-table__cell">{c.channelLabel}</td>
                  <td className="utrecht-table__cell">
                    <Link className="utrecht-link" to={`/contacten/${c.id}`}>{c.subject}</Link>
                    <span className="helder-cell-sub">{c.reference}</span>
                  </td>
                  <td className="utrecht-table__cell">{c.productName ?? '–'}</td>
                  <td className="utrecht-table__cell">{c.customer?.name ?? <span className="helder-muted">Anoniem</span>}</td>
                  <td className="utrecht-table__cell">{c.resolution === 'first_line' ? 'Direct opgelost' : 'Doorgezet'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <LoadMore list={list} label="Meer contacten laden" />
    </>
  );
}
