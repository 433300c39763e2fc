// Home visits (R3.4): the week planning of the team (the contact centre sees every team), the
// visits still to plan with a form to plan each, the outcome of a visit, and a form to request one.
import type { homeVisitListSchema, homeVisitSchema } from '@helder/domain';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@utrecht/button-react';
import { useCallback, useState } from 'react';
import type { z } from 'zod';
import { api, query } from '../api/client';
import { useOrganisation, useSession } from '../app/session';
import { Alert, EmptyState, ErrorSummary, Loading } from '../ui/feedback';
import { SelectField, TextArea, TextField } from '../ui/fields';
import { formatDateTime, formatLongDate, todayInAmsterdam } from '../ui/format';
import { fieldErrors, useApi, useSubmit } from '../ui/hooks';
import { PageTitle, Section } from '../ui/page';

type Visit = z.infer<typeof homeVisitSchema>;
type VisitList = z.infer<typeof homeVisitListSchema>;

function mondayOf(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}
const plusDays = (date: string, days: number) => {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const address = (v: Visit) => `${v.address.street} ${v.address.houseNumber}, ${v.address.postcode} ${v.address.city}`;

export function HomeVisitsPage() {
  const [week, setWeek] = useState(mondayOf(todayInAmsterdam()));
  const [notice, setNotice] = useState('');
  const list = useApi<VisitList>(`/api/home-visits${query({ from: week, to: plusDays(week, 6) })}`);
  const done = async (message: string) => {
    list.reload();
    setNotice(message);
  };
  return (
    <>
      <PageTitle title="Huisbezoeken">Huisbezoeken</PageTitle>
      <p className="helder-lead">Kan een inwoner niet naar het gemeentehuis komen? Dan gaan wij naar de inwoner toe.</p>
      {notice ? <Alert type="ok">{notice}</Alert> : null}
      <Section
        title={`Week van ${formatLongDate(week)}`}
        actions={
          <div className="helder-actions">
            <Button type="button" appearance="subtle-button" onClick={() => setWeek(plusDays(week, -7))}>Vorige week</Button>
            <Button type="button" appearance="subtle-button" onClick={() => setWeek(plusDays(week, 7))}>Volgende week</Button>
          </div>
        }
      >
        {list.loading && !list.data ? <Loading /> : null}
        {list.error ? <Alert type="error">{list.error.message}</Alert> : null}
        {list.data && list.data.items.length === 0 ? <EmptyState>Deze week zijn er geen huisbezoeken gepland.</EmptyState> : null}
        {list.data && list.data.items.length > 0 ? (
          <div className="utrecht-table-container helder-table-container">
            <table className="utrecht-table utrecht-table--html-table helder-table">
              <caption className="utrecht-table__caption helder-visually-hidden">Geplande huisbezoeken deze week</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="col">Wanneer</th>
                  <th className="utrecht-table__header-cell" scope="col">Inwoner en adres</th>
                  <th className="utrecht-table__header-cell" scope="col">Waarom</th>
                  <th className="utrecht-table__header-cell" scope="col">Wie gaat</th>
                  <th className="utrecht-table__header-cell" scope="col">Status</th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {list.data.items.map((v) => (
                  <tr key={v.id} className="utrecht-table__row">
                    <td className="utrecht-table__cell helder-nowrap">{formatDateTime(v.plannedAt!)}</td>
                    <td className="utrecht-table__cell">{v.customer.name}<span className="helder-cell-sub">{address(v)}</span></td>
                    <td className="utrecht-table__cell">{v.reference}<span className="helder-cell-sub">{v.reason}</span></td>
                    <td className="utrecht-table__cell">{v.employee?.name ?? 'Nog niemand'}<span className="helder-cell-sub">Team {v.teamName}</span></td>
                    <td className="utrecht-table__cell">
                      {v.statusLabel}
                      {v.status !== 'done' && v.status !== 'cancelled' ? <OutcomeForm visit={v} onDone={done} /> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </Section>
      <Section title="Nog te plannen">
        {list.data && list.data.unplanned.length === 0 ? <EmptyState>Er zijn geen huisbezoeken die nog gepland moeten worden.</EmptyState> : null}
        <ul className="helder-goals">
          {list.data?.unplanned.map((v) => (
            <li key={v.id} className="helder-goal">
              <Paragraph>
                <strong>{v.reference}</strong>: {v.customer.name}, {address(v)}. Team {v.teamName}.
              </Paragraph>
              <Paragraph>{v.reason}</Paragraph>
              {v.preferredDates.length ? <Paragraph>Liefst op: {v.preferredDates.map((d) => formatLongDate(d)).join(', ')}.</Paragraph> : null}
              <PlanForm visit={v} onDone={done} />
            </li>
          ))}
        </ul>
      </Section>
      <RequestForm onDone={done} />
    </>
  );
}

function PlanForm({ visit, onDone }: { visit: Visit; onDone: (message: string) => Promise<void> }) {
  const { employees } = useOrganisation();
  const { me } = useSession();
  const [date, setDate] = useState(visit.preferredDates[0] ?? '');
  const [time, setTime] = useState('10:00');
  const [employeeId, setEmployeeId] = useState(me?.teamId === visit.teamId ? me.id : '');
  const plan = useSubmit(useCallback((body: unknown) => api<Visit>(`/api/home-visits/${visit.id}/plan`, { method: 'POST', body }), [visit.id]));
  const fields = fieldErrors(plan.error);
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        // The browser gives the local time; the offset makes it an exact moment.
        const local = date && time ? new Date(`${date}T${time}:00`) : null;
        const plannedAt = local && !Number.isNaN(local.getTime()) ? local.toISOString() : '';
        const planned = await plan.submit({ plannedAt, employeeId });
        if (planned) await onDone(planned.confirmation.mailed ? 'Het bezoek is gepland. De inwoner krijgt een e-mail.' : 'Het bezoek is gepland. De inwoner heeft geen e-mailadres: stuur de brief die bij het bezoek staat.');
      }}
    >
      <ErrorSummary error={plan.error} fieldIds={{ plannedAt: `plan-date-${visit.id}`, employeeId: `plan-employee-${visit.id}` }} />
      <div className="helder-grid-2">
        <TextField id={`plan-date-${visit.id}`} label="Datum" type="date" required size="small" value={date} onChange={setDate} error={fields.plannedAt} />
        <TextField id={`plan-time-${visit.id}`} label="Tijd" required size="small" value={time} onChange={setTime} />
      </div>
      <SelectField id={`plan-employee-${visit.id}`} label="Wie gaat op bezoek?" required value={employeeId} onChange={setEmployeeId} placeholder="Kies een collega" options={employees.filter((e) => e.teamId === visit.teamId).map((e) => ({ value: e.id, label: e.name }))} error={fields.employeeId} />
      <Button type="submit" appearance="secondary-action-button" disabled={plan.busy}>Bezoek plannen<span className="helder-visually-hidden"> {visit.reference}</span></Button>
    </form>
  );
}

function OutcomeForm({ visit, onDone }: { visit: Visit; onDone: (message: string) => Promise<void> }) {
  const [summary, setSummary] = useState('');
  const save = useSubmit(useCallback((body: unknown) => api<Visit>(`/api/home-visits/${visit.id}/outcome`, { method: 'POST', body }), [visit.id]));
  return (
    <details className="helder-details">
      <summary>Hoe ging het bezoek?<span className="helder-visually-hidden"> {visit.reference}</span></summary>
      {visit.confirmation.letter ? <div className="helder-communication-text">{visit.confirmation.letter}</div> : null}
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (await save.submit({ summary })) await onDone('Het bezoek is vastgelegd als contact.');
        }}
      >
        <ErrorSummary error={save.error} fieldIds={{ summary: `outcome-${visit.id}` }} />
        <TextArea id={`outcome-${visit.id}`} label="Wat is er besproken en afgesproken?" required rows={3} value={summary} onChange={setSummary} maxLength={4000} error={fieldErrors(save.error).summary} />
        <Button type="submit" appearance="secondary-action-button" disabled={save.busy}>Vastleggen</Button>
      </form>
    </details>
  );
}

const EMPTY = { reason: '', productId: '', name: '', phone: '', email: '', street: '', houseNumber: '', postcode: '', city: 'Dronten', dates: '' };

function RequestForm({ onDone }: { onDone: (message: string) => Promise<void> }) {
  const { products } = useOrganisation();
  const [form, setForm] = useState(EMPTY);
  const set = (key: keyof typeof EMPTY) => (v: string) => setForm((f) => ({ ...f, [key]: v }));
  const create = useSubmit(useCallback((body: unknown) => api<Visit>('/api/home-visits', { method: 'POST', body }), []));
  const fields = fieldErrors(create.error);
  return (
    <Section title="Huisbezoek aanvragen">
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const body = {
            reason: form.reason,
            ...(form.productId ? { productId: form.productId } : {}),
            customer: { name: form.name, ...(form.phone ? { phone: form.phone } : {}), ...(form.email ? { email: form.email } : {}), address: { street: form.street, houseNumber: form.houseNumber, postcode: form.postcode, city: form.city } },
            preferredDates: form.dates ? [form.dates] : [],
          };
          const created = await create.submit(body);
          if (created) {
            setForm(EMPTY);
            await onDone(`Het huisbezoek ${created.reference} is aangevraagd bij team ${created.teamName}.`);
          }
        }}
      >
        <ErrorSummary
          error={create.error}
          fieldIds={{ reason: 'visit-reason', productId: 'visit-product', 'customer.name': 'visit-name', 'customer.email': 'visit-email', 'customer.address.street': 'visit-street', 'customer.address.houseNumber': 'visit-number', 'customer.address.postcode': 'visit-postcode', 'customer.address.city': 'visit-city', preferredDates: 'visit-date' }}
        />
        <TextArea id="visit-reason" label="Waarom kan de inwoner niet komen, en waarvoor is het bezoek?" required rows={3} value={form.reason} onChange={set('reason')} maxLength={2000} error={fields.reason} />
        <SelectField id="visit-product" label="Product" value={form.productId} onChange={set('productId')} placeholder="Kies het product" options={products.filter((p) => p.active).map((p) => ({ value: p.id, label: p.name }))} error={fields.productId} description="Het team van het product gaat op bezoek." />
        <div className="helder-grid-2">
          <TextField id="visit-name" label="Naam van de inwoner" required value={form.name} onChange={set('name')} error={fields['customer.name']} />
          <TextField id="visit-phone" label="Telefoonnummer" type="tel" value={form.phone} onChange={set('phone')} error={fields['customer.phone']} />
          <TextField id="visit-email" label="E-mailadres" type="email" value={form.email} onChange={set('email')} error={fields['customer.email']} />
          <TextField id="visit-street" label="Straat" required value={form.street} onChange={set('street')} error={fields['customer.address.street']} />
          <TextField id="visit-number" label="Huisnummer" required size="small" value={form.houseNumber} onChange={set('houseNumber')} error={fields['customer.address.houseNumber']} />
          <TextField id="visit-postcode" label="Postcode" required size="small" value={form.postcode} onChange={set('postcode')} error={fields['customer.address.postcode']} />
          <TextField id="visit-city" label="Plaats" required value={form.city} onChange={set('city')} error={fields['customer.address.city']} />
          <TextField id="visit-date" label="Liefst op" type="date" size="small" value={form.dates} onChange={set('dates')} error={fields.preferredDates} />
        </div>
        <div className="helder-actions">
          <Button type="submit" appearance="primary-action-button" disabled={create.busy}>Huisbezoek aanvragen</Button>
        </div>
      </form>
    </Section>
  );
}
