// Team SMART goals (R5.1). Team leads write their own team's goals, administrators every team's;
// every employee reads them. A goal measured by a KPI of the measurement plan follows it by itself
// (the team's figure over the last three months, the trend over six); a goal with a measure of its
// own takes the values the team enters per month. Its status is judged like a KPI's: on track when
// the target is met or the trend reaches it by the deadline.
import {
  KPI_STATUS_LABELS,
  type KpiDefinition,
  type LocalDate,
  type TeamGoalInput,
  addDays,
  amsterdamDate,
  endOfAmsterdamDay,
  formatKpiValue,
  hasRole,
  kpiDefinition,
  kpiStatus,
} from '@helder/domain';
import type { AuditService } from '../audit/service.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/client.js';
import type { RequestContext } from '../http/context.js';
import { forbidden, invalid, notFound } from '../http/errors.js';
import type { KpiFigure, KpiService } from '../kpis/service.js';
import { findEmployee, findTeam, listTeams } from '../organisation/repository.js';
import * as repo from './repository.js';

export class GoalService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly kpis: KpiService,
    private readonly audit: AuditService,
  ) {}

  /** Every active team with its goals (the page of all team plans). */
  async overview() {
    const teams = await listTeams(this.db, { active: true });
    const goals = await this.present(await repo.listGoals(this.db));
    return teams.map((t) => ({ teamId: t.id, teamName: t.name, goals: goals.filter((g) => g.teamId === t.id) }));
  }

  /**
   * The team plans as they stood at the end of `date` (for the council's report): every active team
   * with the goals it had then. No live status: a report of a closed quarter must read the same later.
   */
  async asOf(date: LocalDate) {
    const teams = await listTeams(this.db, { active: true });
    const rows = await repo.listGoalsAt(this.db, endOfAmsterdamDay(date));
    return teams
      .map((t) => ({
        name: t.name,
        goals: rows.filter((r) => r.goal.teamId === t.id).map(({ goal }) => {
          const kpi = goal.kpiId ? kpiDefinition(goal.kpiId) : undefined;
          const target = kpi ? formatKpiValue(kpi, goal.target) : goal.target.toLocaleString('nl-NL');
          return { title: goal.title, measure: kpi?.name ?? goal.measureName ?? '', target: `${goal.higherIsBetter ? 'minstens' : 'hoogstens'} ${target}`, deadline: goal.deadline };
        }),
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  }

  async list(teamId: string) {
    if (!(await findTeam(this.db, teamId))) throw notFound('Dit team bestaat niet.');
    return this.present(await repo.listGoals(this.db, [teamId]));
  }

  async create(ctx: RequestContext, teamId: string, input: TeamGoalInput) {
    const team = await findTeam(this.db, teamId);
    if (!team) throw notFound('Dit team bestaat niet.');
    this.requireWriter(ctx, teamId);
    const ownerId = input.ownerId ?? ctx.actor.id;
    const owner = await findEmployee(this.db, ownerId);
    if (!owner || !owner.active) throw invalid('ownerId', 'Deze collega bestaat niet of werkt hier niet meer.');
    const kpi = input.kpiId ? kpiDefinition(input.kpiId) : undefined;
    const now = this.clock.now();
    const id = await this.db.transaction(async (tx) => {
      const goalId = await repo.insertGoal(tx, {
        teamId,
        title: input.title,
        kpiId: input.kpiId ?? null,
        measureName: kpi ? null : (input.measureName ?? null),
        higherIsBetter: kpi ? kpi.direction === 'higher_is_better' : (input.higherIsBetter ?? true),
        target: input.target,
        deadline: input.deadline,
        specific: input.specific,
        measurable: input.measurable,
        acceptable: input.acceptable,
        realistic: input.realistic,
        timeBound: input.timeBound,
        ownerId,
        createdBy: ctx.actor.id,
        createdAt: now,
        updatedAt: now,
      });
      await this.audit.record(ctx, { action: 'create', entityType: 'team_goal', entityId: goalId, detail: { teamId, kpiId: input.kpiId ?? null, target: input.target } }, tx);
      return goalId;
    });
    const [created] = await this.present((await repo.listGoals(this.db, [teamId])).filter((r) => r.goal.id === id));
    return created!;
  }

  /** A value of a goal's own measure for one month (entered again: replaced). */
  async enterValue(ctx: RequestContext, teamId: string, goalId: string, input: { period: string; value: number }) {
    const goal = await repo.findGoal(this.db, goalId);
    if (!goal || goal.teamId !== teamId) throw notFound('Dit doel bestaat niet.');
    this.requireWriter(ctx, teamId);
    if (goal.kpiId) throw invalid('period', 'Dit doel volgt een meetpunt uit het meetplan. De waarden komen daar vanzelf uit.');
    await repo.upsertValue(this.db, { goalId, period: input.period, value: input.value, enteredBy: ctx.actor.id });
    await this.audit.record(ctx, { action: 'update', entityType: 'team_goal', entityId: goalId, detail: { period: input.period, value: input.value } });
    const [row] = (await repo.listGoals(this.db, [teamId])).filter((r) => r.goal.id === goalId);
    return (await this.present([row!]))[0]!;
  }

  private requireWriter(ctx: RequestContext, teamId: string) {
    const own = hasRole(ctx.actor, 'team_lead') && ctx.actor.teamId === teamId;
    if (!own && !hasRole(ctx.actor, 'admin')) throw forbidden('Alleen de teamleider van dit team of een beheerder schrijft de doelen van het team.');
  }

  private async present(rows: repo.GoalRow[]) {
    const today = amsterdamDate(this.clock.now());
    const values = await repo.listValues(this.db, rows.map((r) => r.goal.id));
    // Only the KPI each goal follows, for its team: two figures per goal, not the whole plan per team.
    const figures = new Map<string, { recent: KpiFigure | undefined; trend: KpiFigure | undefined }>();
    await Promise.all(rows.filter((r) => r.goal.kpiId).map(async ({ goal }) => {
      const [recent, trend] = await Promise.all([
        this.kpis.computeOne(goal.kpiId!, { from: addDays(today, -90), to: today, teamId: goal.teamId }),
        this.kpis.computeOne(goal.kpiId!, { from: sixMonthsBefore(today), to: today, teamId: goal.teamId }),
      ]);
      figures.set(goal.id, { recent, trend });
    }));
    return rows.map(({ goal, teamName, ownerName }) => {
      const kpi = goal.kpiId ? kpiDefinition(goal.kpiId) : undefined;
      const own = values.filter((v) => v.goalId === goal.id).map((v) => ({ period: v.period, value: v.value }));
      let current: number | null;
      let trend: { start: LocalDate; value: number }[];
      if (kpi) {
        const f = figures.get(goal.id);
        current = f?.recent?.value ?? null;
        trend = (f?.trend?.months ?? []).filter((m) => m.value !== null).map((m) => ({ start: m.month, value: m.value! }));
      } else {
        current = own.at(-1)?.value ?? null;
        trend = own.map((v) => ({ start: `${v.period}-01`, value: v.value }));
      }
      const judged: Pick<KpiDefinition, 'direction' | 'targets'> = {
        direction: goal.higherIsBetter ? 'higher_is_better' : 'lower_is_better',
        targets: [{ value: goal.target, by: goal.deadline }],
      };
      const status = kpiStatus(judged, current, trend, today);
      return {
        id: goal.id,
        teamId: goal.teamId,
        teamName,
        title: goal.title,
        kpiId: goal.kpiId,
        measureName: kpi?.name ?? goal.measureName ?? '',
        unit: (kpi?.unit ?? 'number') as 'share' | 'score' | 'number',
        higherIsBetter: goal.higherIsBetter,
        target: goal.target,
        deadline: goal.deadline,
        specific: goal.specific,
        measurable: goal.measurable,
        acceptable: goal.acceptable,
        realistic: goal.realistic,
        timeBound: goal.timeBound,
        owner: goal.ownerId && ownerName ? { id: goal.ownerId, name: ownerName } : null,
        current,
        status,
        statusLabel: KPI_STATUS_LABELS[status],
        values: own,
        createdAt: goal.createdAt.toISOString(),
      };
    });
  }
}

function sixMonthsBefore(date: LocalDate): LocalDate {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const month = m - 5;
  const year = month <= 0 ? y - 1 : y;
  return `${year}-${String(((month + 11) % 12) + 1).padStart(2, '0')}-01`;
}
