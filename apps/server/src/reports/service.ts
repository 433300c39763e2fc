// The council's quarterly progress report (R4.3): the data model behind it, built only from the
// KPI service, so the report and the dashboard can never disagree about a number.
import {
  amsterdamDate,
  currentTarget,
  type KpiDefinition,
  type KpiStatus,
  kpiStatus,
  type KpiTarget,
  type KpiVersion,
  type LocalDate,
  quarterRange,
  quartersUpTo,
} from '@helder/domain';
import type { Clock } from '../clock.js';
import { AppError } from '../http/errors.js';
import type { KpiFigure, KpiService } from '../kpis/service.js';
import type { OrganisationService } from '../organisation/service.js';

export interface ReportMonth {
  /** First day of the month. */
  month: LocalDate;
  value: number | null;
  numerator: number;
  denominator: number;
}

export interface ReportTeamFigure {
  name: string;
  active: boolean;
  value: number | null;
  numerator: number;
  denominator: number;
}

export interface ReportKpi {
  definition: KpiDefinition;
  /** The definition version in force on the first day of the quarter. */
  version: KpiVersion;
  /** Whether Helder computes this KPI yet (false: its data arrive with a later feature). */
  measured: boolean;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  status: KpiStatus;
  /** The target that counts at the end of the report's data. */
  target: KpiTarget | undefined;
  previous: { year: number; number: number; value: number | null } | null;
  /** Every month of the four quarters up to and including this one (up to the data date). */
  trend: ReportMonth[];
  /** Per team, for KPIs measured per team; null otherwise. */
  teams: ReportTeamFigure[] | null;
}

export interface ProgressReport {
  quarter: string;
  year: number;
  number: number;
  municipality: string;
  from: LocalDate;
  to: LocalDate;
  /** The last day the figures cover: the end of the quarter, or today while it is still running. */
  dataUntil: LocalDate;
  complete: boolean;
  trendFrom: LocalDate;
  kpis: ReportKpi[];
  /** The team plans' service goals as they stood on `dataUntil` (R5.1). */
  teamGoals: { name: string; goals: { title: string; measure: string; target: string; deadline: LocalDate }[] }[];
}

function monthsBetween(from: LocalDate, to: LocalDate): LocalDate[] {
  const months: LocalDate[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) return months;
    months.push(`${key}-01`);
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
}

export class ProgressReportService {
  constructor(
    private readonly kpis: KpiService,
    private readonly organisation: OrganisationService,
    private readonly clock: Clock,
    private readonly municipality: string,
    private readonly goals: { asOf(date: LocalDate): Promise<ProgressReport['teamGoals']> },
  ) {}

  async progress(quarter: string): Promise<ProgressReport> {
    const range = quarterRange(quarter);
    if (!range) throw new AppError(400, 'validation_failed', 'Dit kwartaal klopt niet. Schrijf het kwartaal zo: 2026-Q3.', [{ field: 'quarter', message: 'Dit kwartaal klopt niet.' }]);
    const today = amsterdamDate(this.clock.now());
    if (range.from > today) {
      const message = 'Dit kwartaal is nog niet begonnen. Kies een kwartaal dat al is begonnen.';
      throw new AppError(400, 'quarter_not_started', message, [{ field: 'quarter', message }]);
    }
    const complete = range.to < today;
    const dataUntil = complete ? range.to : today;

    // The trend: each of the four quarters computed on its own, so each uses the definition
    // version in force at its start, exactly as the dashboard would show that quarter.
    const quarters = quartersUpTo(quarter, 4);
    const trendFrom = quarterRange(quarters[0]!)!.from;
    const perQuarter = await Promise.all(
      quarters.map((q) => {
        const r = quarterRange(q)!;
        return this.kpis.compute({ from: r.from, to: q === quarter ? dataUntil : r.to });
      }),
    );
    const [current, previous] = [perQuarter[3]!, perQuarter[2]!];
    const previousQuarter = quarters[2]!;

    const teams = await this.organisation.listTeams({});
    const perTeam = await Promise.all(
      teams.map(async (team) => ({ team, figures: await this.kpis.compute({ from: range.from, to: dataUntil, teamId: team.id }) })),
    );
    // Sorted here, not by the database's collation, so the HTML is the same on both databases.
    perTeam.sort((a, b) => a.team.name.localeCompare(b.team.name, 'nl'));

    const byId = (list: KpiFigure[], id: string) => list.find((f) => f.definition.id === id)!;
    const months = monthsBetween(trendFrom, dataUntil);

    const kpis = current.map((figure): ReportKpi => {
      const d = figure.definition;
      const measured = figure.numerator !== null;
      // Judged on the last day of the data, not on the day the report is asked for: a report of a
      // closed quarter says the same next year as it does today.
      const quarterTrend = figure.months.filter((m) => m.denominator > 0).map((m) => ({ start: m.month, value: m.numerator / m.denominator }));
      const status = kpiStatus(d, figure.value, quarterTrend, dataUntil);
      const counted = new Map(perQuarter.flatMap((list) => byId(list, d.id).months).map((m) => [m.month, m]));
      const before = byId(previous, d.id);
      return {
        definition: d,
        version: figure.version,
        measured,
        value: figure.value,
        numerator: figure.numerator,
        denominator: figure.denominator,
        status,
        target: currentTarget(d, dataUntil),
        previous: measured ? { year: Number(previousQuarter.slice(0, 4)), number: Number(previousQuarter.slice(6)), value: before.value } : null,
        trend: measured
          ? months.map((month) => {
            const m = counted.get(month);
            return m ? { month, value: m.value, numerator: m.numerator, denominator: m.denominator } : { month, value: null, numerator: 0, denominator: 0 };
          })
          : [],
        teams: d.perTeam && measured
          ? perTeam
            .map(({ team, figures }) => {
              const f = byId(figures, d.id);
              return { name: team.name, active: team.active, value: f.value, numerator: f.numerator ?? 0, denominator: f.denominator ?? 0 };
            })
            // A team that has stopped still appears when it had cases, so the teams add up to the whole.
            .filter((t) => t.active || t.denominator > 0)
          : null,
      };
    });

    return {
      quarter,
      year: Number(quarter.slice(0, 4)),
      number: Number(quarter.slice(6)),
      municipality: this.municipality,
      from: range.from,
      to: range.to,
      dataUntil,
      complete,
      trendFrom,
      kpis,
      teamGoals: await this.goals.asOf(dataUntil),
    };
  }
}
