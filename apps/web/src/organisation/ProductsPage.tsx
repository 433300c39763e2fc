import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@utrecht/button-react';
import { useState } from 'react';
import { api } from '../api/client';
import type { Product } from '../api/types';
import { useOrganisation } from '../app/session';
import { Alert, EmptyState, ErrorSummary } from '../ui/feedback';
import { CheckboxField, SelectField, TextArea, TextField } from '../ui/fields';
import { fieldErrors, useSubmit } from '../ui/hooks';
import { PageTitle, Section } from '../ui/page';

interface Draft {
  id: string | null;
  name: string;
  teamId: string;
  description: string;
  active: boolean;
}

export function ProductsPage() {
  const { teams, products, reload } = useOrganisation();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [teamFilter, setTeamFilter] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const { submit, busy, error, setError } = useSubmit(async (d: Draft) => {
    const body = { name: d.name, teamId: d.teamId, description: d.description, active: d.active };
    const product = await api<Product>(d.id ? `/api/products/${d.id}` : '/api/products', { method: d.id ? 'PATCH' : 'POST', body });
    reload();
    setNotice(d.id ? `${product.name} is bijgewerkt.` : `${product.name} is toegevoegd.`);
    setDraft(null);
    return product;
  });
  const errors = fieldErrors(error);
  const shown = products.filter((p) => !teamFilter || p.teamId === teamFilter);
  const teamName = (id: string) => teams.find((t) => t.id === id)?.name ?? '';

  return (
    <>
      <PageTitle title="Producten en diensten">Producten en diensten</PageTitle>
      <Paragraph className="helder-lead">Elk product of elke dienst hoort bij één team. Dat team krijgt de vragen erover.</Paragraph>
      {notice ? <Alert type="ok">{notice}</Alert> : null}
      {!draft ? (
        <Paragraph>
          <Button appearance="primary-action-button" onClick={() => { setDraft({ id: null, name: '', teamId: teamFilter, description: '', active: true }); setError(null); setNotice(null); }}>
            Product of dienst toevoegen
          </Button>
        </Paragraph>
      ) : (
        <Section title={draft.id ? 'Product of dienst wijzigen' : 'Nieuw product of nieuwe dienst'}>
          <form noValidate className="helder-panel" onSubmit={(e) => { e.preventDefault(); void submit(draft); }}>
            <ErrorSummary error={error} />
            <TextField label="Naam" required value={draft.name} onChange={(v) => setDraft({ ...draft, name: v })} error={errors.name} />
            <SelectField label="Team" required value={draft.teamId} onChange={(v) => setDraft({ ...draft, teamId: v })} options={teams.map((t) => ({ value: t.id, label: t.name }))} placeholder="Kies een team" error={errors.teamId} />
            <TextArea label="Omschrijving" value={draft.description} onChange={(v) => setDraft({ ...draft, description: v })} rows={2} error={errors.description} />
            <CheckboxField label="Actief: medewerkers kunnen het kiezen" checked={draft.active} onChange={(v) => setDraft({ ...draft, active: v })} />
            <div className="helder-actions">
              <Button appearance="primary-action-button" type="submit" busy={busy} disabled={busy}>Opslaan</Button>
              <Button appearance="subtle-button" type="button" onClick={() => setDraft(null)}>Annuleren</Button>
            </div>
          </form>
        </Section>
      )}
      <div className="helder-filters">
        <SelectField label="Toon team" value={teamFilter} onChange={setTeamFilter} options={teams.map((t) => ({ value: t.id, label: t.name }))} placeholder="Alle teams" />
      </div>
      {shown.length === 0 ? <EmptyState>Er zijn geen producten of diensten voor dit team.</EmptyState> : (
        <div className="utrecht-table-container helder-table-container">
          <table className="utrecht-table utrecht-table--html-table helder-table">
            <caption className="utrecht-table__caption helder-visually-hidden">Producten en diensten</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">Naam</th>
                <th className="utrecht-table__header-cell" scope="col">Team</th>
                <th className="utrecht-table__header-cell" scope="col">Actief</th>
                <th className="utrecht-table__header-cell" scope="col"><span className="helder-visually-hidden">Acties</span></th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {shown.map((p) => (
                <tr key={p.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell">{p.name}</td>
                  <td className="utrecht-table__cell">{teamName(p.teamId)}</td>
                  <td className="utrecht-table__cell">{p.active ? 'Ja' : 'Nee'}</td>
                  <td className="utrecht-table__cell">
                    <Button appearance="subtle-button" onClick={() => { setDraft({ id: p.id, name: p.name, teamId: p.teamId, description: p.description ?? '', active: p.active }); setError(null); setNotice(null); }}>
                      Wijzig<span className="helder-visually-hidden"> {p.name}</span>
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
