import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@utrecht/button-react';
import { useState } from 'react';
import { api } from '../api/client';
import type { ClosingDay, DueDate } from '../api/types';
import { useOrganisation, useSession } from '../app/session';
import { Alert, ErrorSummary, Loading } from '../ui/feedback';
import { CheckboxField, SelectField, TextField } from '../ui/fields';
import { formatLongDate, todayInAmsterdam } from '../ui/format';
import { fieldErrors, useApi, useSubmit } from '../ui/hooks';
import { PageTitle, Section } from '../ui/page';

const KIND_LABELS: Record<ClosingDay['kind'], string> = {
  statutory: 'Wettelijke feestdag',
  equalised: 'Gelijkgesteld aan een feestdag',
  municipal: 'Eigen sluitingsdag',
};

export function ClosingDaysPage() {
  const { hasRole } = useSession();
  const { teams } = useOrganisation();
  const thisYear = Number(todayInAmsterdam().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const days = useApi<ClosingDay[]>(`/api/calendar/closing-days?year=${year}`);
  const [date, setDate] = useState('');
  const [name, setName] = useState('');
  const [equalised, setEqualised] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const admin = hasRole('admin');

  const add = useSubmit(async () => {
    const day = await api<ClosingDay>('/api/calendar/closing-days', { method: 'POST', body: { date, name, kind: equalised ? 'equalised' : 'municipal' } });
    setNotice(`${formatLongDate(day.date)} is toegevoegd als sluitingsdag.`);
    setDate('');
    setName('');
    setEqualised(false);
    if (day.date.startsWith(String(year))) days.reload();
    return day;
  });
  const remove = useSubmit(async (day: ClosingDay) => {
    await api(`/api/calendar/closing-days/${day.date}`, { method: 'DELETE' });
    setNotice(`${formatLongDate(day.date)} is geen sluitingsdag meer.`);
    days.reload();
    return true;
  });
  const errors = fieldErrors(add.error);

  // Try a deadline: what does the calendar mean for a request made on a given day?
  const [tryFrom, setTryFrom] = useState(todayInAmsterdam());
  const [tryTeam, setTryTeam] = useState('');
  const trial = useApi<DueDate>(tryFrom ? `/api/calendar/due-date?from=${tryFrom}${tryTeam ? `&teamId=${tryTeam}` : ''}` : null);

  return (
    <>
      <PageTitle title="Sluitingsdagen">Sluitingsdagen</PageTitle>
      <Paragraph className="helder-lead">
        Op sluitingsdagen loopt de termijn van een terugbelverzoek niet door. De wettelijke feestdagen (Algemene termijnenwet) staan er altijd in. De gemeente kan eigen sluitingsdagen toevoegen.
      </Paragraph>
      {notice ? <Alert type="ok">{notice}</Alert> : null}
      {remove.error ? <Alert type="error">{remove.error.message}</Alert> : null}
      <nav className="helder-pager" aria-label="Kies een jaar">
        <Button appearance="secondary-action-button" onClick={() => setYear(year - 1)}>{year - 1}</Button>
        <strong aria-live="polite">{year}</strong>
        <Button appearance="secondary-action-button" onClick={() => setYear(year + 1)}>{year + 1}</Button>
      </nav>
      {days.loading && !days.data ? <Loading /> : null}
      {days.data ? (
        <div className="utrecht-table-container helder-table-container">
          <table className="utrecht-table utrecht-table--html-table helder-table">
            <caption className="utrecht-table__caption">Sluitingsdagen in {year}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">Datum</th>
                <th className="utrecht-table__header-cell" scope="col">Naam</th>
                <th className="utrecht-table__header-cell" scope="col">Soort</th>
                {admin ? <th className="utrecht-table__header-cell" scope="col"><span className="helder-visually-hidden">Acties</span></th> : null}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {days.data.map((d) => (
                <tr key={d.date} className="utrecht-table__row">
                  <td className="utrecht-table__cell helder-nowrap">{formatLongDate(d.date)}</td>
                  <td className="utrecht-table__cell">{d.name}</td>
                  <td className="utrecht-table__cell">{KIND_LABELS[d.kind]}</td>
                  {admin ? (
                    <td className="utrecht-table__cell">
                      {d.kind === 'municipal' ? (
                        <Button
                          appearance="subtle-button"
                          hint="danger"
                          disabled={remove.busy}
                          onClick={() => {
                            if (window.confirm(`Wilt u ${formatLongDate(d.date)} weghalen als sluitingsdag?`)) void remove.submit(d);
                          }}
                        >
                          Weghalen<span className="helder-visually-hidden"> {formatLongDate(d.date)}</span>
                        </Button>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      {admin ? (
        <Section title="Sluitingsdag toevoegen">
          <form noValidate className="helder-panel" onSubmit={(e) => { e.preventDefault(); void add.submit(); }}>
            <ErrorSummary error={add.error} />
            <div className="helder-grid-2">
              <TextField label="Datum" type="date" required size="small" value={date} onChange={setDate} error={errors.date} />
              <TextField label="Naam" required value={name} onChange={setName} error={errors.name} description="Bijvoorbeeld: Personeelsdag." />
            </div>
            <CheckboxField
              label="Deze dag is bij besluit gelijkgesteld aan een feestdag"
              description="Het Besluit gelijkstelling dagen Algemene termijnenwet wijst elke drie jaar zulke dagen aan. De dagen tot en met 2028 kent Helder al."
              checked={equalised}
              onChange={setEqualised}
            />
            <Button appearance="primary-action-button" type="submit" busy={add.busy} disabled={add.busy}>Toevoegen</Button>
          </form>
        </Section>
      ) : null}

      <Section title="Termijn uitrekenen">
        <div className="helder-grid-2">
          <TextField label="Datum van het verzoek" type="date" required size="small" value={tryFrom} onChange={setTryFrom} error={trial.error?.fieldMap.from} />
          <SelectField label="Team" value={tryTeam} onChange={setTryTeam} options={teams.map((t) => ({ value: t.id, label: `${t.name} (${t.deadlineWorkingDays} werkdagen)` }))} placeholder="Standaard: 2 werkdagen" />
        </div>
        {trial.data ? <div className="helder-deadline-preview" aria-live="polite">{trial.data.explanation}</div> : null}
      </Section>
    </>
  );
}
