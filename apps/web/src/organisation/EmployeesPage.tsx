import { MIN_PASSWORD_LENGTH, ROLE_LABELS, ROLES, type Role } from '@helder/domain';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@utrecht/button-react';
import { useEffect, useState } from 'react';
import { api, apiWithTotal, query } from '../api/client';
import type { Employee } from '../api/types';
import { useOrganisation, useSession } from '../app/session';
import { Alert, EmptyState, ErrorSummary, Loading } from '../ui/feedback';
import { CheckboxField, SelectField, TextField } from '../ui/fields';
import { formatDateTime } from '../ui/format';
import { fieldErrors, useSubmit } from '../ui/hooks';
import { PageTitle, Section } from '../ui/page';

const PAGE_SIZE = 25;

interface Draft {
  id: string | null;
  name: string;
  email: string;
  roles: Role[];
  teamId: string;
  active: boolean;
  password: string;
}

export function EmployeesPage() {
  const { teams, reload: reloadOrganisation } = useOrganisation();
  const { me } = useSession();
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  const [teamFilter, setTeamFilter] = useState('');
  const [offset, setOffset] = useState(0);
  const [result, setResult] = useState<{ items: Employee[]; total: number } | null>(null);
  const [version, setVersion] = useState(0);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    apiWithTotal<Employee[]>(`/api/employees${query({ q: search, teamId: teamFilter, limit: PAGE_SIZE, offset })}`)
      .then(({ body, total }) => !cancelled && setResult({ items: body, total }))
      .catch(() => !cancelled && setResult({ items: [], total: 0 }));
    return () => {
      cancelled = true;
    };
  }, [search, teamFilter, offset, version]);

  const { submit, busy, error, setError } = useSubmit(async (d: Draft) => {
    const body = {
      name: d.name,
      email: d.email,
      roles: d.roles,
      teamId: d.teamId || null,
      active: d.active,
      ...(d.password ? { password: d.password } : {}),
    };
    const employee = await api<Employee>(d.id ? `/api/employees/${d.id}` : '/api/employees', { method: d.id ? 'PATCH' : 'POST', body });
    setNotice(d.id ? `${employee.name} is bijgewerkt.` : `${employee.name} is toegevoegd.`);
    setDraft(null);
    setVersion((v) => v + 1);
    reloadOrganisation();
    return employee;
  });
  const errors = fieldErrors(error);
  const teamName = (id: string | null) => teams.find((t) => t.id === id)?.name ?? '–';
  const edit = (d: Draft) => {
    setDraft(d);
    setError(null);
    setNotice(null);
  };

  return (
    <>
      <PageTitle title="Medewerkers">Medewerkers</PageTitle>
      {notice ? <Alert type="ok">{notice}</Alert> : null}
      {!draft ? (
        <Paragraph>
          <Button appearance="primary-action-button" onClick={() => edit({ id: null, name: '', email: '', roles: ['second_line'], teamId: '', active: true, password: '' })}>
            Medewerker toevoegen
          </Button>
        </Paragraph>
      ) : (
        <Section title={draft.id ? `${draft.name} wijzigen` : 'Nieuwe medewerker'}>
          <form noValidate className="helder-panel" onSubmit={(e) => { e.preventDefault(); void submit(draft); }}>
            <ErrorSummary error={error} />
            <div className="helder-grid-2">
              <TextField label="Naam" required value={draft.name} onChange={(v) => setDraft({ ...draft, name: v })} error={errors.name} />
              <TextField label="E-mailadres" type="email" required value={draft.email} onChange={(v) => setDraft({ ...draft, email: v })} error={errors.email} />
            </div>
            <fieldset className="utrecht-form-fieldset helder-radio-group" aria-describedby={errors.roles ? 'roles-error' : undefined}>
              <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Rollen</legend>
              {errors.roles ? <div id="roles-error" className="utrecht-form-field-error-message">{errors.roles}</div> : null}
              {ROLES.map((role) => (
                <CheckboxField
                  key={role}
                  label={ROLE_LABELS[role]}
                  checked={draft.roles.includes(role)}
                  onChange={(checked) => setDraft({ ...draft, roles: checked ? [...draft.roles, role] : draft.roles.filter((r) => r !== role) })}
                />
              ))}
            </fieldset>
            <SelectField label="Team" value={draft.teamId} onChange={(v) => setDraft({ ...draft, teamId: v })} options={teams.map((t) => ({ value: t.id, label: t.name }))} placeholder="Geen team" error={errors.teamId} />
            <TextField
              label={draft.id ? 'Nieuw wachtwoord' : 'Wachtwoord'}
              type="password"
              autoComplete="new-password"
              value={draft.password}
              onChange={(v) => setDraft({ ...draft, password: v })}
              error={errors.password}
              description={`Minimaal ${MIN_PASSWORD_LENGTH} tekens. Kies geen wachtwoord dat veel mensen gebruiken, zoals qwerty123456. Laat leeg als de medewerker inlogt met het organisatie-account${draft.id ? ' of het wachtwoord hetzelfde blijft' : ''}.`}
            />
            <CheckboxField
              label="Account is actief"
              checked={draft.active}
              onChange={(v) => setDraft({ ...draft, active: v })}
              description={draft.id === me?.id ? 'U kunt uw eigen account niet uitzetten.' : 'Zet dit uit als iemand hier niet meer werkt. De medewerker wordt dan direct uitgelogd.'}
            />
            <div className="helder-actions">
              <Button appearance="primary-action-button" type="submit" busy={busy} disabled={busy}>Opslaan</Button>
              <Button appearance="subtle-button" type="button" onClick={() => setDraft(null)}>Annuleren</Button>
            </div>
          </form>
        </Section>
      )}
      <form className="helder-filters" aria-label="Zoeken" onSubmit={(e) => { e.preventDefault(); setOffset(0); setSearch(q); }}>
        <TextField label="Zoek op naam of e-mailadres" type="search" value={q} onChange={setQ} />
        <SelectField label="Team" value={teamFilter} onChange={(v) => { setOffset(0); setTeamFilter(v); }} options={teams.map((t) => ({ value: t.id, label: t.name }))} placeholder="Alle teams" />
        <div className="helder-filters__actions">
          <Button appearance="secondary-action-button" type="submit">Zoeken</Button>
        </div>
      </form>
      {!result ? <Loading /> : result.items.length === 0 ? <EmptyState>Er zijn geen medewerkers gevonden.</EmptyState> : (
        <>
          <div className="utrecht-table-container helder-table-container">
            <table className="utrecht-table utrecht-table--html-table helder-table">
              <caption className="utrecht-table__caption helder-visually-hidden">Medewerkers</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="col">Naam</th>
                  <th className="utrecht-table__header-cell" scope="col">Team</th>
                  <th className="utrecht-table__header-cell" scope="col">Rollen</th>
                  <th className="utrecht-table__header-cell" scope="col">Laatst ingelogd</th>
                  <th className="utrecht-table__header-cell" scope="col">Actief</th>
                  <th className="utrecht-table__header-cell" scope="col"><span className="helder-visually-hidden">Acties</span></th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {result.items.map((e) => (
                  <tr key={e.id} className="utrecht-table__row">
                    <td className="utrecht-table__cell">{e.name}<span className="helder-cell-sub">{e.email}</span></td>
                    <td className="utrecht-table__cell">{teamName(e.teamId)}</td>
                    <td className="utrecht-table__cell">{e.roles.map((r) => ROLE_LABELS[r]).join(', ')}</td>
                    <td className="utrecht-table__cell helder-nowrap">{e.lastLoginAt ? formatDateTime(e.lastLoginAt) : 'Nooit'}</td>
                    <td className="utrecht-table__cell">{e.active ? 'Ja' : 'Nee'}</td>
                    <td className="utrecht-table__cell">
                      <Button appearance="subtle-button" onClick={() => edit({ id: e.id, name: e.name, email: e.email, roles: e.roles, teamId: e.teamId ?? '', active: e.active, password: '' })}>
                        Wijzig<span className="helder-visually-hidden"> {e.name}</span>
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav className="helder-pager" aria-label="Pagina's">
            <Button appearance="secondary-action-button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>Vorige</Button>
            <span>
              {offset + 1} tot en met {Math.min(offset + PAGE_SIZE, result.total)} van {result.total}
            </span>
            <Button appearance="secondary-action-button" disabled={offset + PAGE_SIZE >= result.total} onClick={() => setOffset(offset + PAGE_SIZE)}>Volgende</Button>
          </nav>
        </>
      )}
    </>
  );
}
