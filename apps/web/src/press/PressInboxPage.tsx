// The press inbox (R5.3): every question to the press mailbox with its deadline (two working days
// from arrival) in colour, shape and words, and its handler in their own colour, so the shared
// mailbox shows who handles what. Filters by status and handler; the earliest deadline first.
import { Link, useSearchParams } from 'react-router';
import { query } from '../api/client';
import { useOrganisation, useSession } from '../app/session';
import { DeadlineBadge } from '../ui/badges';
import { Alert, EmptyState, Loading, LoadMore } from '../ui/feedback';
import { SelectField } from '../ui/fields';
import { formatDateTime } from '../ui/format';
import { usePagedList } from '../ui/hooks';
import { PageTitle } from '../ui/page';
import { HandlerTag } from './HandlerTag';
import { type PressQuestionList, type PressQuestionSummary, PRESS_TEAM_NAME, pressPath } from './model';

const STATUS_FILTERS: Record<string, { label: string; value: string | undefined }> = {
  open: { label: 'Open: nieuw en in behandeling', value: 'open,in_progress' },
  done: { label: 'Beantwoord', value: 'done' },
  cancelled: { label: 'Geen persvraag', value: 'cancelled' },
  all: { label: 'Alle persvragen', value: undefined },
};

export function PressInboxPage() {
  const { me } = useSession();
  const { employees, teams } = useOrganisation();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? 'open';
  const handler = params.get('behandelaar') ?? '';
  const pressTeam = teams.find((t) => t.name === PRESS_TEAM_NAME);
  const colleagues = employees.filter((e) => e.teamId === pressTeam?.id);

  const list = usePagedList<PressQuestionSummary, PressQuestionList>(
    `/api/press-questions${query({
      status: STATUS_FILTERS[status]?.value,
      assigneeId: handler && handler !== 'niemand' ? (handler === 'ik' ? me?.id : handler) : undefined,
      unassigned: handler === 'niemand' || undefined,
      limit: 50,
    })}`,
  );
  const counts = list.first?.counts;
  const update = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageTitle title="Persvragen">Persvragen</PageTitle>
      <p className="helder-lead">Vragen van journalisten aan de persmailbox. Antwoord binnen twee werkdagen. Lukt dat niet? Stuur dan een procesantwoord.</p>
      {counts ? (
        <ul className="helder-tiles" aria-label="Overzicht van open persvragen">
          <li className="helder-tile helder-tile--danger">
            <span className="helder-tile__value">{counts.overdue}</span> te laat
          </li>
          <li className="helder-tile helder-tile--warning">
            <span className="helder-tile__value">{counts.dueToday}</span> vandaag uiterlijk
          </li>
          <li className="helder-tile">
            <span className="helder-tile__value">{counts.open}</span> open
          </li>
          <li className="helder-tile">
            <span className="helder-tile__value">{counts.awaitingCheck}</span> wacht op controle bestuurder
          </li>
        </ul>
      ) : null}

      <form className="helder-filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
        <SelectField label="Status" required value={status} onChange={(v) => update('status', v)} options={Object.entries(STATUS_FILTERS).map(([value, f]) => ({ value, label: f.label }))} />
        <SelectField
          label="Behandelaar"
          value={handler}
          onChange={(v) => update('behandelaar', v)}
          placeholder="Iedereen"
          options={[{ value: 'ik', label: 'Ik' }, { value: 'niemand', label: 'Nog niemand' }, ...colleagues.filter((c) => c.id !== me?.id).map((c) => ({ value: c.id, label: c.name }))]}
        />
      </form>

      {list.error ? <Alert type="error">{list.error.message}</Alert> : null}
      {list.loading && list.items.length === 0 ? <Loading /> : null}
      {!list.loading && !list.error && list.items.length === 0 ? <EmptyState>Er zijn geen persvragen die passen bij deze filters.</EmptyState> : null}
      {list.items.length > 0 ? (
        <div className="utrecht-table-container helder-table-container">
          <table className="utrecht-table utrecht-table--html-table helder-table">
            <caption className="utrecht-table__caption helder-visually-hidden">Persvragen, de vroegste termijn eerst</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">Termijn</th>
                <th className="utrecht-table__header-cell" scope="col">Uiterlijk</th>
                <th className="utrecht-table__header-cell" scope="col">Vraag</th>
                <th className="utrecht-table__header-cell" scope="col">Journalist</th>
                <th className="utrecht-table__header-cell" scope="col">Behandelaar</th>
                <th className="utrecht-table__header-cell" scope="col">Antwoord</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {list.items.map((q) => (
                <tr key={q.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell"><DeadlineBadge state={q.deadlineState} label={q.deadlineLabel} /></td>
                  <td className="utrecht-table__cell helder-nowrap">{formatDateTime(q.dueAt)}</td>
                  <td className="utrecht-table__cell">
                    <Link className="utrecht-link" to={pressPath(q.id)}>{q.reference}</Link>
                    <span className="helder-cell-sub">{q.subject}</span>
                    <span className="helder-cell-sub">
                      Binnen {formatDateTime(q.receivedAt)}
                      {q.messageCount > 1 ? `, ${q.messageCount} berichten` : ''}
                    </span>
                  </td>
                  <td className="utrecht-table__cell">{q.journalist.name ?? q.journalist.email ?? 'Onbekend'}</td>
                  <td className="utrecht-table__cell"><HandlerTag name={q.assignee?.name} colour={q.assigneeColour} /></td>
                  <td className="utrecht-table__cell">
                    {q.answerStatusLabel}
                    {q.needsAdministratorCheck && q.answerStatus !== 'sent' ? <span className="helder-cell-sub">Bestuurder controleert</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <LoadMore list={list} label="Meer persvragen laden" />
    </>
  );
}
