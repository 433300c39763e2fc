import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@utrecht/button-react';
import { useState } from 'react';
import { api } from '../api/client';
import type { Team } from '../api/types';
import { useOrganisation, useSession } from '../app/session';
import { Alert, EmptyState, ErrorSummary } from '../ui/feedback';
import { CheckboxField, TextArea, TextField } from '../ui/fields';
import { fieldErrors, useSubmit } from '../ui/hooks';
import { PageTitle, Section } from '../ui/page';

interface Draft {
  id: string | null;
  name: string;
  description: string;
  deadlineWorkingDays: string;
  active: boolean;
}

const NEW: Draft = { id: null, name: '', description: '', deadlineWorkingDays: '2', active: true };

export function TeamsPage() {
  const { teams, products, reload } = useOrganisation();
  const { hasRole } = useSession();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { submit, busy, error, setError } = useSubmit(async (d: Draft) => {
    const body = {
      name: d.name,
      description: d.description,
      deadlineWorkingDays: Number(d.deadlineWorkingDays),
      active: d.active,
    };
    const team = await api<Team>(d.id ? `/api/teams/${d.id}` : '/api/teams', { method: d.id ? 'PATCH' : 'POST', body });
    reload();
    setNotice(d.id ? `Team ${team.name} is bijgewerkt.` : `Team ${team.name} is toegevoegd.`);
    setDraft(null);
    return team;
  });
  const errors = fieldErrors(error);
  const admin = hasRole('admin');

  return (
    <>
      <PageTitle title="Teams">Teams</PageTitle>
      <Paragraph className="helder-lead">
        Elk team heeft een termijn in werkdagen. Een terugbelverzoek moet uiterlijk aan het einde van die werkdag zijn afgehandeld.
      </Paragraph>
      {notice ? <Alert type="ok">{notice}</Alert> : null}
      {admin && !draft ? (
        <Paragraph>
          <Button appearance="primary-action-button" onClick={() => { setDraft(NEW); setError(null); setNotice(null); }}>Team toevoegen</Button>
        </Paragraph>
      ) : null}
      {draft ? (
        <Section title={draft.id ? `Team ${draft.name || ''} wijzigen` : 'Nieuw team'}>
          <form noValidate className="helder-panel" onSubmit={(e) => { e.preventDefault(); void submit(draft); }}>
            <ErrorSummary error={error} />
            <TextField label="Naam" required value={draft.name} onChange={(v) => setDraft({ ...draft, name: v })} error={errors.name} />
            <TextArea label="Omschrijving" value={draft.description} onChange={(v) => setDraft({ ...draft, description: v })} error={errors.description} rows={2} />
            <TextField
              label="Termijn voor terugbelverzoeken (werkdagen)"
              required
              type="number"
              size="small"
              inputMode="numeric"
              min={1}
              max={250}
              value={draft.deadlineWorkingDays}
              onChange={(v) => setDraft({ ...draft, deadlineWorkingDays: v })}
              error={errors.deadlineWorkingDays}
              description="Meestal 2 werkdagen. Feestdagen en sluitingsdagen tellen niet mee."
            />
            <CheckboxField label="Team is actief en neemt verzoeken aan" checked={draft.active} onChange={(v) => setDraft({ ...draft, active: v })} />
            <div className="helder-actions">
              <Button appearance="primary-action-button" type="submit" busy={busy} disabled={busy}>Opslaan</Button>
              <Button appearance="subtle-button" type="button" onClick={() => setDraft(null)}>Annuleren</Button>
            </div>
          </form>
        </Section>
      ) : null}
      {teams.length === 0 ? <EmptyState>Er zijn nog geen teams.</EmptyState> : (
        <div className="utrecht-table-container helder-table-container">
          <table className="utrecht-table utrecht-table--html-table helder-table">
            <caption className="utrecht-table__caption helder-visually-hidden">Teams</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">Team</th>
                <th className="utrecht-table__header-cell" scope="col">Termijn</th>
                <th className="utrecht-table__header-cell" scope="col">Producten en diensten</th>
                <th className="utrecht-table__header-cell" scope="col">Actief</th>
                {admin ? <th className="utrecht-table__header-cell" scope="col"><span className="helder-visually-hidden">Acties</span></th> : null}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {teams.map((t) => (
                <tr key={t.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell">
                    <strong>{t.name}</strong>
                    {t.description ? <span className="helder-cell-sub">{t.description}</span> : null}
                  </td>
                  <td className="utrecht-table__cell helder-nowrap">{t.deadlineWorkingDays} {t.deadlineWorkingDays === 1 ? 'werkdag' : 'werkdagen'}</td>
                  <td className="utrecht-table__cell">{products.filter((p) => p.teamId === t.id).length}</td>
                  <td className="utrecht-table__cell">{t.active ? 'Ja' : 'Nee'}</td>
                  {admin ? (
                    <td className="utrecht-table__cell">
                      <Button
                        appearance="subtle-button"
                        onClick={() => {
                          setDraft({ id: t.id, name: t.name, description: t.description ?? '', deadlineWorkingDays: String(t.deadlineWorkingDays), active: t.active });
                          setError(null);
                          setNotice(null);
                        }}
                      >
                        Wijzig<span className="helder-visually-hidden"> {t.name}</span>
                      </Button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
