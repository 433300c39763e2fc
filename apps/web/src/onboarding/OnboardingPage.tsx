// Onboarding (R5.2): the employee's own checklist, confirmed item by item; a team lead sees how far
// each colleague of the team is; an administrator keeps the list (items for everyone or one team).
import type { onboardingChecklistSchema, onboardingItemSchema, onboardingTeamProgressSchema } from '@helder/domain';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@utrecht/button-react';
import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import type { z } from 'zod';
import { api } from '../api/client';
import { useOrganisation, useSession } from '../app/session';
import { Alert, EmptyState, ErrorSummary, Loading } from '../ui/feedback';
import { SelectField, TextArea, TextField } from '../ui/fields';
import { formatDateTime } from '../ui/format';
import { fieldErrors, useApi, useSubmit } from '../ui/hooks';
import { PageTitle, Section } from '../ui/page';

type Checklist = z.infer<typeof onboardingChecklistSchema>;
type Item = z.infer<typeof onboardingItemSchema>;
type Progress = z.infer<typeof onboardingTeamProgressSchema>;

export function OnboardingPage() {
  const { hasRole } = useSession();
  const list = useApi<Checklist>('/api/onboarding');
  const [notice, setNotice] = useState('');
  const complete = useSubmit(useCallback((id: string) => api<Checklist>(`/api/onboarding/items/${id}/complete`, { method: 'POST', body: {} }), []));
  if (list.loading && !list.data) return <Loading />;
  if (list.error && !list.data) return <Alert type="error">{list.error.message}</Alert>;
  const c = list.data!;
  return (
    <>
      <PageTitle title="Inwerken">Inwerken</PageTitle>
      <p className="helder-lead">Nieuw bij de gemeente? Zo leert u hoe wij inwoners helpen. U heeft {c.done} van de {c.total} onderdelen gedaan.</p>
      {notice ? <Alert type="ok">{notice}</Alert> : null}
      {complete.error ? <Alert type="error">{complete.error.message}</Alert> : null}
      {c.items.length === 0 ? <EmptyState>Er staat nog niets op de lijst.</EmptyState> : (
        <ol className="helder-checklist">
          {c.items.map((item) => (
            <li key={item.id} className={`helder-checklist__item${item.completedAt ? ' helder-checklist__item--done' : ''}`}>
              <h2 className="helder-checklist__title">
                <span aria-hidden="true">{item.completedAt ? '✓ ' : '○ '}</span>
                {item.title}
                {item.teamName ? <span className="helder-cell-sub">Voor team {item.teamName}</span> : null}
              </h2>
              <Paragraph>{item.description}</Paragraph>
              {item.link ? (
                <Paragraph>
                  {item.link.startsWith('/') ? <Link className="utrecht-link" to={item.link}>Naar dit onderdeel</Link> : <a className="utrecht-link" href={item.link}>Naar dit onderdeel</a>}
                </Paragraph>
              ) : null}
              {item.completedAt ? (
                <Paragraph>Gedaan op {formatDateTime(item.completedAt)}.</Paragraph>
              ) : (
                <Button
                  type="button"
                  appearance="secondary-action-button"
                  disabled={complete.busy}
                  onClick={async () => {
                    const next = await complete.submit(item.id);
                    if (next) {
                      list.setData(next);
                      setNotice(`U heeft "${item.title}" gedaan.`);
                    }
                  }}
                >
                  Gedaan<span className="helder-visually-hidden">: {item.title}</span>
                </Button>
              )}
            </li>
          ))}
        </ol>
      )}
      {hasRole('team_lead', 'admin') ? <TeamProgress /> : null}
      {hasRole('admin') ? <ItemsAdmin onChange={() => list.reload()} /> : null}
    </>
  );
}

function TeamProgress() {
  const { me, hasRole } = useSession();
  const { teams } = useOrganisation();
  const [teamId, setTeamId] = useState(me?.teamId ?? '');
  const progress = useApi<Progress>(teamId ? `/api/onboarding/team?teamId=${teamId}` : null);
  return (
    <Section title="Hoe ver is het team?">
      {hasRole('admin') ? <SelectField label="Team" value={teamId} onChange={setTeamId} placeholder="Kies een team" options={teams.map((t) => ({ value: t.id, label: t.name }))} /> : null}
      {progress.error ? <Alert type="error">{progress.error.message}</Alert> : null}
      {progress.data && progress.data.length === 0 ? <EmptyState>Dit team heeft geen medewerkers.</EmptyState> : null}
      {progress.data && progress.data.length > 0 ? (
        <div className="utrecht-table-container helder-table-container">
          <table className="utrecht-table utrecht-table--html-table helder-table">
            <caption className="utrecht-table__caption helder-visually-hidden">Voortgang van het inwerken per medewerker</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">Medewerker</th>
                <th className="utrecht-table__header-cell" scope="col">Gedaan</th>
                <th className="utrecht-table__header-cell" scope="col">Klaar</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {progress.data.map((p) => (
                <tr key={p.employeeId} className="utrecht-table__row">
                  <td className="utrecht-table__cell">{p.name}</td>
                  <td className="utrecht-table__cell">{p.done} van {p.total}</td>
                  <td className="utrecht-table__cell">{p.finished ? 'Ja' : 'Nee'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Section>
  );
}

function ItemsAdmin({ onChange }: { onChange: () => void }) {
  const { teams } = useOrganisation();
  const items = useApi<Item[]>('/api/onboarding/items');
  const [form, setForm] = useState({ title: '', description: '', link: '', teamId: '' });
  const set = (key: keyof typeof form) => (v: string) => setForm((f) => ({ ...f, [key]: v }));
  const create = useSubmit(useCallback((body: unknown) => api<Item>('/api/onboarding/items', { method: 'POST', body }), []));
  const toggle = useSubmit(useCallback((item: Item) => api<Item>(`/api/onboarding/items/${item.id}`, { method: 'PATCH', body: { active: !item.active } }), []));
  const fields = fieldErrors(create.error);
  return (
    <Section title="De lijst bijhouden">
      {toggle.error ? <Alert type="error">{toggle.error.message}</Alert> : null}
      {items.data ? (
        <ul className="utrecht-unordered-list">
          {items.data.map((item) => (
            <li key={item.id}>
              {item.title} ({item.teamName ? `team ${item.teamName}` : 'iedereen'}){item.active ? '' : ', staat uit'}{' '}
              <Button
                type="button"
                appearance="subtle-button"
                disabled={toggle.busy}
                onClick={async () => {
                  if (await toggle.submit(item)) {
                    items.reload();
                    onChange();
                  }
                }}
              >
                {item.active ? 'Uitzetten' : 'Weer aanzetten'}<span className="helder-visually-hidden">: {item.title}</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const body = { title: form.title, description: form.description, ...(form.link ? { link: form.link } : {}), teamId: form.teamId || null };
          if (await create.submit(body)) {
            setForm({ title: '', description: '', link: '', teamId: '' });
            items.reload();
            onChange();
          }
        }}
      >
        <ErrorSummary error={create.error} fieldIds={{ title: 'item-title', description: 'item-description', link: 'item-link', teamId: 'item-team' }} />
        <TextField id="item-title" label="Naam" required value={form.title} onChange={set('title')} maxLength={200} error={fields.title} />
        <TextArea id="item-description" label="Wat moet de nieuwe collega doen?" required rows={3} value={form.description} onChange={set('description')} maxLength={2000} error={fields.description} />
        <TextField id="item-link" label="Link" description="Een pad in Helder, zoals /kennisbank, of een adres dat begint met https://." value={form.link} onChange={set('link')} maxLength={500} error={fields.link} />
        <SelectField id="item-team" label="Voor" value={form.teamId} onChange={set('teamId')} placeholder="Iedereen" options={teams.map((t) => ({ value: t.id, label: `Team ${t.name}` }))} error={fields.teamId} />
        <div className="helder-actions">
          <Button type="submit" appearance="primary-action-button" disabled={create.busy}>Onderdeel toevoegen</Button>
        </div>
      </form>
    </Section>
  );
}
