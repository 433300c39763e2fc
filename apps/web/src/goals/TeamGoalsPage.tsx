// Team plans (R5.1): every team with its SMART service goals, the measure's value now and its
// status (a symbol, a word and a colour, like the dashboard). A team lead adds goals for their own
// team, an administrator for any team; a goal with a measure of its own gets its monthly values here.
import { formatKpiValue, KPI_DEFINITIONS, type teamGoalSchema, type teamGoalsOverviewSchema } from '@helder/domain';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@utrecht/button-react';
import { useCallback, useState } from 'react';
import type { z } from 'zod';
import { api } from '../api/client';
import { useOrganisation, useSession } from '../app/session';
import { STATUS_SYMBOL } from '../kpis/format';
import { Alert, EmptyState, ErrorSummary, Loading } from '../ui/feedback';
import { SelectField, TextArea, TextField } from '../ui/fields';
import { formatLongDate } from '../ui/format';
import { fieldErrors, useApi, useSubmit } from '../ui/hooks';
import { PageTitle, Section } from '../ui/page';

type Goal = z.infer<typeof teamGoalSchema>;
type Overview = z.infer<typeof teamGoalsOverviewSchema>;

const value = (goal: Pick<Goal, 'unit'>, v: number | null) =>
  v === null ? 'Nog geen gegevens' : goal.unit === 'number' ? v.toLocaleString('nl-NL') : formatKpiValue({ unit: goal.unit }, v);

export function TeamGoalsPage() {
  const { me, hasRole } = useSession();
  const overview = useApi<Overview>('/api/team-goals');
  const [notice, setNotice] = useState('');
  const mayWrite = (teamId: string) => hasRole('admin') || (hasRole('team_lead') && me?.teamId === teamId);
  if (overview.loading && !overview.data) return <Loading />;
  if (overview.error && !overview.data) return <Alert type="error">{overview.error.message}</Alert>;
  const teams = overview.data!;
  const withGoal = teams.filter((t) => t.goals.length > 0).length;
  return (
    <>
      <PageTitle title="Teamdoelen">Teamdoelen</PageTitle>
      <p className="helder-lead">
        Elk team heeft in het teamplan ten minste één SMART-doel voor dienstverlening. {withGoal} van de {teams.length} teams hebben er nu een.
      </p>
      {notice ? <Alert type="ok">{notice}</Alert> : null}
      {teams.map((team) => (
        <Section key={team.teamId} title={`Team ${team.teamName}`}>
          {team.goals.length === 0 ? <EmptyState>Dit team heeft nog geen doel voor dienstverlening.</EmptyState> : (
            <ul className="helder-goals">
              {team.goals.map((g) => (
                <li key={g.id} className="helder-goal">
                  <div className="helder-kpi__header">
                    <Heading level={3}>{g.title}</Heading>
                    <span className={`helder-kpi-status helder-kpi-status--${g.status}`}>
                      <span aria-hidden="true">{STATUS_SYMBOL[g.status]}</span> {g.statusLabel}
                    </span>
                  </div>
                  <dl className="helder-facts">
                    <dt>Meetpunt</dt>
                    <dd>{g.measureName}</dd>
                    <dt>Nu</dt>
                    <dd>{value(g, g.current)}</dd>
                    <dt>Doel</dt>
                    <dd>{g.higherIsBetter ? 'minstens' : 'hoogstens'} {value(g, g.target)} op {formatLongDate(g.deadline)}</dd>
                    <dt>Eigenaar</dt>
                    <dd>{g.owner?.name ?? 'Niemand'}</dd>
                  </dl>
                  <details className="helder-details">
                    <summary>SMART uitgeschreven</summary>
                    <dl className="helder-facts">
                      <dt>Specifiek</dt><dd>{g.specific}</dd>
                      <dt>Meetbaar</dt><dd>{g.measurable}</dd>
                      <dt>Acceptabel</dt><dd>{g.acceptable}</dd>
                      <dt>Realistisch</dt><dd>{g.realistic}</dd>
                      <dt>Tijdgebonden</dt><dd>{g.timeBound}</dd>
                    </dl>
                  </details>
                  {!g.kpiId && mayWrite(team.teamId) ? <ValueForm goal={g} onDone={async (m) => { overview.reload(); setNotice(m); }} /> : null}
                </li>
              ))}
            </ul>
          )}
        </Section>
      ))}
      {hasRole('admin', 'team_lead') ? <NewGoalForm teams={teams.filter((t) => mayWrite(t.teamId))} onDone={async (m) => { overview.reload(); setNotice(m); }} /> : null}
    </>
  );
}

function ValueForm({ goal, onDone }: { goal: Goal; onDone: (message: string) => Promise<void> }) {
  const [period, setPeriod] = useState(new Date().toISOString().slice(0, 7));
  const [amount, setAmount] = useState('');
  const enter = useSubmit(useCallback((body: unknown) => api<Goal>(`/api/teams/${goal.teamId}/goals/${goal.id}/values`, { method: 'POST', body }), [goal.id, goal.teamId]));
  const fields = fieldErrors(enter.error);
  return (
    <form
      className="helder-inline-form"
      onSubmit={async (e) => {
        e.preventDefault();
        if (await enter.submit({ period, value: Number(amount.replace(',', '.')) })) await onDone('De waarde is opgeslagen.');
      }}
    >
      <ErrorSummary error={enter.error} fieldIds={{ period: `period-${goal.id}`, value: `value-${goal.id}` }} />
      <div className="helder-grid-2">
        <TextField id={`period-${goal.id}`} label="Maand (JJJJ-MM)" required size="small" value={period} onChange={setPeriod} error={fields.period} />
        <TextField id={`value-${goal.id}`} label="Waarde" required size="small" inputMode="text" value={amount} onChange={setAmount} error={fields.value} />
      </div>
      <Button type="submit" appearance="secondary-action-button" disabled={enter.busy}>Waarde opslaan</Button>
    </form>
  );
}

const EMPTY = { title: '', kpiId: '', measureName: '', target: '', deadline: '', specific: '', measurable: '', acceptable: '', realistic: '', timeBound: '' };

function NewGoalForm({ teams, onDone }: { teams: Overview; onDone: (message: string) => Promise<void> }) {
  const { teams: all } = useOrganisation();
  const [teamId, setTeamId] = useState(teams.length === 1 ? teams[0]!.teamId : '');
  const [form, setForm] = useState(EMPTY);
  const set = (key: keyof typeof EMPTY) => (v: string) => setForm((f) => ({ ...f, [key]: v }));
  const create = useSubmit(useCallback((id: string, body: unknown) => api<Goal>(`/api/teams/${id}/goals`, { method: 'POST', body }), []));
  const fields = fieldErrors(create.error);
  const kpi = KPI_DEFINITIONS.find((d) => d.id === form.kpiId);
  if (teams.length === 0) return null;
  return (
    <Section title="Doel toevoegen">
      <Paragraph>Schrijf de vijf delen van SMART uit. Kies een meetpunt uit het meetplan: dan volgt Helder de voortgang zelf. Of geef een eigen meetpunt een naam en vul elke maand de waarde in.</Paragraph>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const target = Number(form.target.replace(',', '.').replace('%', ''));
          const body = {
            title: form.title,
            ...(form.kpiId ? { kpiId: form.kpiId } : { measureName: form.measureName }),
            target: kpi?.unit === 'share' && form.target.includes('%') ? target / 100 : form.target.trim() === '' ? undefined : target,
            deadline: form.deadline,
            specific: form.specific,
            measurable: form.measurable,
            acceptable: form.acceptable,
            realistic: form.realistic,
            timeBound: form.timeBound,
          };
          if (!teamId) return;
          if (await create.submit(teamId, body)) {
            setForm(EMPTY);
            await onDone('Het doel staat in het teamplan.');
          }
        }}
      >
        <ErrorSummary error={create.error} fieldIds={Object.fromEntries(Object.keys(EMPTY).map((k) => [k, `goal-${k}`]))} />
        <SelectField id="goal-team" label="Team" required value={teamId} onChange={setTeamId} placeholder="Kies een team" options={teams.map((t) => ({ value: t.teamId, label: all.find((a) => a.id === t.teamId)?.name ?? t.teamName }))} />
        <TextField id="goal-title" label="Naam van het doel" required value={form.title} onChange={set('title')} maxLength={200} error={fields.title} />
        <SelectField id="goal-kpiId" label="Meetpunt uit het meetplan" value={form.kpiId} onChange={set('kpiId')} placeholder="Een eigen meetpunt" options={KPI_DEFINITIONS.map((d) => ({ value: d.id, label: d.name }))} error={fields.kpiId} />
        {!form.kpiId ? <TextField id="goal-measureName" label="Naam van het eigen meetpunt" value={form.measureName} onChange={set('measureName')} maxLength={200} error={fields.measureName} /> : null}
        <div className="helder-grid-2">
          <TextField id="goal-target" label="Doelwaarde" required size="small" value={form.target} onChange={set('target')} error={fields.target} description={kpi?.unit === 'share' ? 'Een deel, bijvoorbeeld 0,85 of 85%.' : 'Een getal.'} />
          <TextField id="goal-deadline" label="Gehaald op" type="date" required size="small" value={form.deadline} onChange={set('deadline')} error={fields.deadline} />
        </div>
        <TextArea id="goal-specific" label="Specifiek: wat wil het team bereiken?" required rows={2} value={form.specific} onChange={set('specific')} error={fields.specific} />
        <TextArea id="goal-measurable" label="Meetbaar: hoe meet u het?" required rows={2} value={form.measurable} onChange={set('measurable')} error={fields.measurable} />
        <TextArea id="goal-acceptable" label="Acceptabel: waarom staat het team erachter?" required rows={2} value={form.acceptable} onChange={set('acceptable')} error={fields.acceptable} />
        <TextArea id="goal-realistic" label="Realistisch: waarom is het haalbaar?" required rows={2} value={form.realistic} onChange={set('realistic')} error={fields.realistic} />
        <TextArea id="goal-timeBound" label="Tijdgebonden: wanneer is het gehaald?" required rows={2} value={form.timeBound} onChange={set('timeBound')} error={fields.timeBound} />
        <div className="helder-actions">
          <Button type="submit" appearance="primary-action-button" disabled={create.busy || !teamId}>Doel toevoegen</Button>
        </div>
      </form>
    </Section>
  );
}
