import { CALLBACK_STATUS_LABELS } from '@helder/domain';
import { Link, useSearchParams } from 'react-router';
import { query } from '../api/client';
import type { CallbackRequest, CallbackSummary } from '../api/types';
import { useOrganisation, useSession } from '../app/session';
import { DeadlineBadge, KindBadge } from '../ui/badges';
import { Alert, EmptyState, Loading, LoadMore } from '../ui/feedback';
import { CheckboxField, SelectField } from '../ui/fields';
import { formatShortDate } from '../ui/format';
import { useApi, usePagedList } from '../ui/hooks';
import { PageTitle } from '../ui/page';

const STATUS_FILTERS: Record<string, { label: string; value: string | undefined }> = {
  open: { label: 'Open: nieuw en in behandeling', value: 'open,in_progress' },
  done: { label: 'Afgehandeld', value: 'done' },
  cancelled: { label: 'Geannuleerd', value: 'cancelled' },
  all: { label: 'Alle verzoeken', value: undefined },
};

const KIND_FILTERS: Record<string, { label: string; value: string | undefined }> = {
  alle: { label: 'Alle', value: undefined },
  terugbellen: { label: 'Terugbelverzoeken', value: 'callback' },
  meldingen: { label: 'Meldingen miscommunicatie', value: 'report' },
  nabellen: { label: 'Nabellen na enquête', value: 'follow_up' },
};

export function InboxPage() {
  const { me, hasRole } = useSession();
  const { teams } = useOrganisation();
  const [params, setParams] = useSearchParams();
  const seesAll = hasRole('kcc', 'admin');
  const scope = params.get('toon') ?? (seesAll ? 'alle' : 'team');
  const status = params.get('status') ?? 'open';
  const kind = params.get('soort') ?? 'alle';
  const overdue = params.get('telaat') === '1';
  const teamFilter = params.get('team') ?? '';
  // From the results page: the requests behind a figure (deadline in a period, handled late).
  const dueFrom = params.get('termijnvan') ?? '';
  const dueTo = params.get('termijntot') ?? '';
  const late = params.get('laat') === '1';
  const fromFigure = !!(dueFrom || dueTo || late);

  const filter = {
    teamId: scope === 'alle' ? teamFilter || undefined : scope === 'vrij' ? (me?.teamId ?? undefined) : undefined,
    assigneeId: scope === 'mijn' ? me?.id : undefined,
    unassigned: scope === 'vrij' ? true : undefined,
  };
  const listQuery = query({
    ...filter,
    status: STATUS_FILTERS[status]?.value,
    kind: KIND_FILTERS[kind]?.value,
    overdue: overdue || undefined,
    dueFrom: dueFrom || undefined,
    dueTo: dueTo || undefined,
    late: late || undefined,
    limit: 50,
  });
  const summary = useApi<CallbackSummary>(`/api/callback-requests/summary${query({ teamId: filter.teamId, assigneeId: filter.assigneeId })}`);
  const list = usePagedList<CallbackRequest>(`/api/callback-requests${listQuery}`);
  const { items } = list;

  const update = (key: string, value: string | null) => {
    const nextParams = new URLSearchParams(params);
    if (value === null || value === '') nextParams.delete(key);
    else nextParams.set(key, value);
    setParams(nextParams, { replace: true });
  };

  const scopeOptions = seesAll
    ? [{ value: 'alle', label: 'Alle teams' }, { value: 'mijn', label: 'Alleen mijn verzoeken' }]
    : [
        { value: 'team', label: 'Mijn team en mijn eigen verzoeken' },
        { value: 'mijn', label: 'Alleen mijn verzoeken' },
        { value: 'vrij', label: 'Nog niet toegewezen in mijn team' },
      ];

  const s = summary.data;
  return (
    <>
      <PageTitle title="Terugbelverzoeken">Terugbelverzoeken</PageTitle>
      {s ? (
        <ul className="helder-tiles" aria-label="Overzicht van open verzoeken">
          <li className="helder-tile helder-tile--danger">
            <span className="helder-tile__value">{s.overdue}</span> te laat
          </li>
          <li className="helder-tile helder-tile--warning">
            <span className="helder-tile__value">{s.dueToday}</span> vandaag uiterlijk
          </li>
          <li className="helder-tile">
            <span className="helder-tile__value">{s.open}</span> nieuw
          </li>
          <li className="helder-tile">
            <span className="helder-tile__value">{s.inProgress}</span> in behandeling
          </li>
          <li className="helder-tile">
            <span className="helder-tile__value">{s.unassigned}</span> niet toegewezen
          </li>
        </ul>
      ) : null}

      <form className="helder-filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
        <SelectField label="Toon" required value={scope} onChange={(v) => update('toon', v)} options={scopeOptions} />
        {scope === 'alle' ? (
          <SelectField label="Team" value={teamFilter} onChange={(v) => update('team', v)} options={teams.map((t) => ({ value: t.id, label: t.name }))} placeholder="Alle teams" />
        ) : null}
        <SelectField
          label="Status"
          required
          value={status}
          onChange={(v) => update('status', v)}
          options={Object.entries(STATUS_FILTERS).map(([value, f]) => ({ value, label: f.label }))}
        />
        <SelectField
          label="Soort"
          required
          value={kind}
          onChange={(v) => update('soort', v)}
          options={Object.entries(KIND_FILTERS).map(([value, f]) => ({ value, label: f.label }))}
        />
        <CheckboxField label="Alleen verzoeken die te laat zijn" checked={overdue} onChange={(v) => update('telaat', v ? '1' : null)} />
      </form>

      {fromFigure ? (
        <Alert type="info" live={false}>
          Alleen verzoeken{dueFrom || dueTo ? ` met een termijn ${dueFrom ? `vanaf ${formatShortDate(dueFrom)}` : ''}${dueFrom && dueTo ? ' ' : ''}${dueTo ? `tot en met ${formatShortDate(dueTo)}` : ''}` : ''}
          {late ? ' die te laat zijn afgehandeld of nog openstaan na hun termijn' : ''}.{' '}
          <Link
            className="utrecht-link"
            to={`?${(() => {
              const rest = new URLSearchParams(params);
              for (const key of ['termijnvan', 'termijntot', 'laat']) rest.delete(key);
              return rest.toString();
            })()}`}
          >
            Toon alle verzoeken
          </Link>
        </Alert>
      ) : null}
      {list.error ? <Alert type="error">{list.error.message}</Alert> : null}
      {list.loading && items.length === 0 ? <Loading /> : null}
      {!list.loading && !list.error && items.length === 0 ? (
        <EmptyState>Er zijn geen verzoeken die passen bij deze filters.</EmptyState>
      ) : null}
      {items.length > 0 ? (
        <div className="utrecht-table-container helder-table-container">
          <table className="utrecht-table utrecht-table--html-table helder-table">
            <caption className="utrecht-table__caption helder-visually-hidden">Terugbelverzoeken, de vroegste termijn eerst</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">Termijn</th>
                <th className="utrecht-table__header-cell" scope="col">Uiterlijk</th>
                <th className="utrecht-table__header-cell" scope="col">Verzoek</th>
                <th className="utrecht-table__header-cell" scope="col">Soort</th>
                <th className="utrecht-table__header-cell" scope="col">Klant</th>
                <th className="utrecht-table__header-cell" scope="col">Team</th>
                <th className="utrecht-table__header-cell" scope="col">Behandelaar</th>
                <th className="utrecht-table__header-cell" scope="col">Status</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {items.map((r) => (
                <tr key={r.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell"><DeadlineBadge state={r.deadlineState} label={r.deadlineLabel} /></td>
                  <td className="utrecht-table__cell helder-nowrap">{formatShortDate(r.dueDate)}</td>
                  <td className="utrecht-table__cell">
                    <Link className="utrecht-link" to={`/terugbelverzoeken/${r.id}`}>{r.reference}</Link>
                    <span className="helder-cell-sub">{truncate(r.question, 90)}</span>
                  </td>
                  <td className="utrecht-table__cell">
                    <KindBadge kind={r.kind} label={r.kindLabel} />
                    {r.categoryLabel ? <span className="helder-cell-sub">{r.categoryLabel}</span> : null}
                  </td>
                  <td className="utrecht-table__cell">{r.customer.name ?? 'Onbekend'}</td>
                  <td className="utrecht-table__cell">{r.teamName}</td>
                  <td className="utrecht-table__cell">{r.assigneeName ?? <span className="helder-muted">Nog niemand</span>}</td>
                  <td className="utrecht-table__cell">{CALLBACK_STATUS_LABELS[r.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <LoadMore list={list} label="Meer verzoeken laden" />
    </>
  );
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
