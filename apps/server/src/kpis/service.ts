// Computes every KPI of the measurement plan for a period, organisation-wide or for one team,
// each with the definition version in force at the start of the period.
import {
  amsterdamDate,
  endOfAmsterdamDay,
  KPI_DEFINITIONS,
  type KpiDefinition,
  type KpiStatus,
  kpiStatus,
  type KpiTarget,
  type KpiVersion,
  type LocalDate,
  quarterOf,
  quarterRange,
  quartersUpTo,
  REPORT_CATEGORY_SHORT,
  type ReportCategory,
  SMALLEST_PUBLIC_COUNT,
  startOfAmsterdamDay,
  type TrendPoint,
  versionFor,
} from '@helder/domain';
import type { Clock } from '../clock.js';
import type { Db } from '../db/client.js';
import { AppError } from '../http/errors.js';
import * as repo from './repository.js';

export interface KpiFigure {
  definition: KpiDefinition;
  version: KpiVersion;
  /** Whether this figure is for the requested team, or (for a KPI without team figures) the organisation. */
  scope: 'organisation' | 'team';
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  targets: readonly KpiTarget[];
  status: KpiStatus;
  months: Array<{ month: string; value: number | null; numerator: number; denominator: number }>;
  /** Whether the channel and product filters narrowed this figure (some KPIs have neither). */
  filtered: boolean;
}

export interface KpiPeriod {
  from: LocalDate;
  to: LocalDate;
  teamId?: string | undefined;
  channel?: string | undefined;
  productId?: string | undefined;
}

export class KpiService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** Jan 1 of this year up to today: what a dashboard opens with. */
  defaultPeriod(): { from: LocalDate; to: LocalDate } {
    const today = amsterdamDate(this.clock.now());
    return { from: `${today.slice(0, 4)}-01-01`, to: today };
  }

  /** The contact centre's day: open requests per team, and today's contacts per hour and channel. */
  async today() {
    const now = this.clock.now();
    const date = amsterdamDate(now);
    const [teams, hours] = await Promise.all([
      repo.openRequestsPerTeam(this.db, now, endOfAmsterdamDay(date)),
      repo.contactsPerHour(this.db, startOfAmsterdamDay(date), endOfAmsterdamDay(date)),
    ]);
    return { date, teams, hours };
  }

  /** Residents' reports of miscommunication per category per quarter, for the period's quarters. */
  async reportCategories(period: { from: LocalDate; to: LocalDate; teamId?: string | undefined }) {
    const rows = await repo.reportsByCategoryAndQuarter(this.db, { from: startOfAmsterdamDay(period.from), to: endOfAmsterdamDay(period.to), teamId: period.teamId });
    return rows.map((r) => ({ quarter: r.quarter, category: r.category as ReportCategory, label: REPORT_CATEGORY_SHORT[r.category as ReportCategory], count: r.count }));
  }

  /** One KPI's figure for a period (a team goal follows one KPI: no need to compute them all). */
  async computeOne(id: string, period: KpiPeriod): Promise<KpiFigure | undefined> {
    const definition = KPI_DEFINITIONS.find((d) => d.id === id);
    if (!definition) return undefined;
    if (period.from > period.to) throw new AppError(400, 'invalid_period', 'De begindatum moet vóór de einddatum liggen.');
    return this.figure(definition, period, amsterdamDate(this.clock.now()));
  }

  async compute(period: KpiPeriod): Promise<KpiFigure[]> {
    if (period.from > period.to) throw new AppError(400, 'invalid_period', 'De begindatum moet vóór de einddatum liggen.');
    const today = amsterdamDate(this.clock.now());
    return Promise.all(KPI_DEFINITIONS.map((definition) => this.figure(definition, period, today)));
  }

  /**
   * Organisation-wide figures of the last `count` complete quarters (and the current one), for the
   * public page: no teams, and a figure built on fewer than five cases is not shown.
   */
  async publicQuarters(count: number) {
    const today = amsterdamDate(this.clock.now());
    const quarters = quartersUpTo(quarterOf(today), count + 1);
    return Promise.all(
      quarters.map(async (quarter) => {
        const range = quarterRange(quarter)!;
        const to = range.to > today ? today : range.to;
        const figures = await Promise.all(KPI_DEFINITIONS.map((d) => this.figure(d, { from: range.from, to }, today)));
        return {
          quarter,
          from: range.from,
          to,
          complete: range.to < today,
          figures: figures.map((f) => {
            const suppressed = f.denominator !== null && f.denominator > 0 && f.denominator < SMALLEST_PUBLIC_COUNT;
            return { ...f, value: suppressed ? null : f.value, suppressed, status: suppressed ? ('no_data' as const) : f.status };
          }),
        };
      }),
    );
  }

  private async figure(definition: KpiDefinition, period: KpiPeriod, today: LocalDate): Promise<KpiFigure> {
    const version = versionFor(definition, period.from);
    const teamId = definition.perTeam ? period.teamId : undefined;
    const filter = { from: startOfAmsterdamDay(period.from), to: endOfAmsterdamDay(period.to), fromDate: period.from, toDate: period.to, teamId };
    // Channel and product narrow the KPIs about contacts and their ratings; callback requests,
    // the most used products and the yearly survey have neither.
    const narrowed = { channel: period.channel, productId: period.productId };
    const filtering = !!(period.channel || period.productId);
    let filtered = false;
    let months: repo.MonthCounts[] | null = null;
    switch (version.source.kind) {
      case 'callbacks_late':
        months = await repo.lateCallbacksByMonth(this.db, { ...filter, now: this.clock.now(), requestKind: version.source.requestKind });
        break;
      case 'requests_on_time':
        // The same counts, seen from the other side: on time is every request that is not late.
        months = (await repo.lateCallbacksByMonth(this.db, { ...filter, now: this.clock.now(), requestKind: version.source.requestKind }))
          .map((m) => ({ ...m, numerator: m.denominator - m.numerator }));
        break;
      case 'contacts_first_line': {
        const channels = period.channel ? version.source.channels.filter((c) => c === period.channel) : version.source.channels;
        months = channels.length ? await repo.firstLineContactsByMonth(this.db, { ...filter, channels, productId: period.productId }) : [];
        filtered = filtering;
        break;
      }
      case 'contacts_knowledge_base':
        months = await repo.knowledgeBaseContactsByMonth(this.db, { ...filter, ...narrowed });
        filtered = filtering;
        break;
      case 'communications_sent':
        months = await repo.sentByMonth(this.db, { from: filter.from, to: filter.to, teamId, measure: version.source.measure });
        break;
      case 'survey_score':
        months = await repo.surveyScoresByMonth(this.db, { ...filter, ...narrowed, field: version.source.field, line: version.source.line });
        filtered = filtering;
        break;
      case 'survey_top_products':
        months = await repo.topProductScoresByMonth(this.db, { ...filter, perTeam: version.source.perTeam });
        break;
      case 'survey_result':
        months = await repo.surveyResultsByMonth(this.db, { fromDate: period.from, toDate: period.to, question: version.source.question });
        break;
      case 'press_answered_in_time':
        months = await repo.pressAnsweredInTimeByMonth(this.db, { from: filter.from, to: filter.to, now: this.clock.now() });
        break;
      case 'team_goals':
        months = await repo.teamsWithGoalByMonth(this.db, { fromDate: period.from, toDate: period.to });
        break;
      case 'not_yet_measured':
        // Measured by a feature still to come; until then there is no figure.
        months = null;
    }
    const base = { definition, version, scope: teamId ? ('team' as const) : ('organisation' as const), targets: definition.targets, filtered };
    if (months === null) {
      return { ...base, value: null, numerator: null, denominator: null, status: kpiStatus(definition, null, [], today), months: [] };
    }
    const numerator = months.reduce((a, m) => a + m.numerator, 0);
    const denominator = months.reduce((a, m) => a + m.denominator, 0);
    const value = denominator === 0 ? null : numerator / denominator;
    const trend: TrendPoint[] = months.filter((m) => m.denominator > 0).map((m) => ({ start: m.month, value: m.numerator / m.denominator }));
    return {
      ...base,
      value,
      numerator,
      denominator,
      status: kpiStatus(definition, value, trend, today),
      months: months.map((m) => ({ ...m, value: m.denominator === 0 ? null : m.numerator / m.denominator })),
    };
  }
}
