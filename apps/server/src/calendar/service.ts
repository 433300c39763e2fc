import {
  type ClosingDay,
  type LocalDate,
  addDays,
  amsterdamDate,
  closingDayCalendar,
  computeDueDate,
  dutchDate,
  statutoryClosingDays,
  yearOf,
} from '@helder/domain';
import type { AuditService } from '../audit/service.js';
import type { Clock } from '../clock.js';
import type { Db, DbOrTx } from '../db/client.js';
import type { RequestContext } from '../http/context.js';
import { conflict, invalid, notFound } from '../http/errors.js';
import { findTeam } from '../organisation/repository.js';
import * as repo from './repository.js';

/** The longest term (250 working days) stays within this many calendar days. */
const HORIZON_DAYS = 400;

export class CalendarService {
  constructor(private readonly db: Db, private readonly clock: Clock, private readonly audit: AuditService) {}

  /** Statutory and municipal closing days from `from` over the horizon of any term. */
  async calendarFrom(from: LocalDate, db: DbOrTx = this.db) {
    const rows = await repo.listClosingDaysBetween(db, from, addDays(from, HORIZON_DAYS));
    return closingDayCalendar(rows.map(closingDayOf));
  }

  /** One calendar for terms that start anywhere from `from` to `to` (e.g. for a whole import). */
  async calendarBetween(from: LocalDate, to: LocalDate, db: DbOrTx = this.db) {
    const rows = await repo.listClosingDaysBetween(db, from, addDays(to, HORIZON_DAYS));
    return closingDayCalendar(rows.map(closingDayOf));
  }

  /** The deadline of a request made now (or at `createdAt`) with this many working days. */
  async dueDateFor(createdAt: Date, workingDays: number, db: DbOrTx = this.db) {
    const from = amsterdamDate(createdAt);
    return computeDueDate(from, workingDays, await this.calendarFrom(from, db));
  }

  async explainDueDate(query: { from?: LocalDate | undefined; workingDays?: number | undefined; teamId?: string | undefined }) {
    let workingDays = query.workingDays;
    if (query.teamId) {
      const team = await findTeam(this.db, query.teamId);
      if (!team) throw invalid('teamId', 'Dit team bestaat niet.');
      workingDays ??= team.deadlineWorkingDays;
    }
    const from = query.from ?? amsterdamDate(this.clock.now());
    return computeDueDate(from, workingDays ?? 2, await this.calendarFrom(from));
  }

  /** Without a year: the current year in Amsterdam, by the server clock. */
  async listClosingDays(year = yearOf(amsterdamDate(this.clock.now()))): Promise<ClosingDay[]> {
    const municipal = await repo.listClosingDaysBetween(this.db, `${year}-01-01`, `${year}-12-31`);
    const days: ClosingDay[] = [
      ...statutoryClosingDays(year),
      ...municipal.map(closingDayOf),
    ];
    return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }

  /**
   * A municipal closing day, or (`equalised`) a day the next Besluit gelijkstelling makes equal to a
   * general holiday: both stop a term; the kind says why in lists and explanations.
   */
  async addClosingDay(ctx: RequestContext, input: { date: LocalDate; name: string; kind?: 'municipal' | 'equalised' | undefined }): Promise<ClosingDay> {
    const kind = input.kind ?? 'municipal';
    const statutory = statutoryClosingDays(yearOf(input.date)).find((d) => d.date === input.date);
    if (statutory) throw conflict(`${dutchDate(input.date)} is al een sluitingsdag: ${statutory.name}.`, 'duplicate');
    const row = await repo.insertClosingDay(this.db, { date: input.date, name: input.name, kind, createdBy: ctx.actor.id });
    if (!row) throw conflict(`${dutchDate(input.date)} is al een sluitingsdag.`, 'duplicate');
    await this.audit.record(ctx, { action: 'create', entityType: 'closing_day', entityId: input.date, detail: { name: input.name, kind } });
    return closingDayOf(row);
  }

  async removeClosingDay(ctx: RequestContext, date: LocalDate): Promise<void> {
    const statutory = statutoryClosingDays(yearOf(date)).find((d) => d.date === date);
    if (statutory) {
      throw conflict(
        statutory.kind === 'equalised'
          ? `${dutchDate(date)} is bij besluit gelijkgesteld aan een feestdag (Algemene termijnenwet). Die dag kunt u niet weghalen.`
          : `${statutory.name} is een wettelijke feestdag (Algemene termijnenwet). Die kunt u niet weghalen.`,
        'statutory',
      );
    }
    if (!(await repo.deleteClosingDay(this.db, date))) throw notFound(`${dutchDate(date)} is geen sluitingsdag.`);
    await this.audit.record(ctx, { action: 'delete', entityType: 'closing_day', entityId: date });
  }
}

/** A stored closing day: the municipality's own, or one equalised by a later decree. */
function closingDayOf(row: { date: string; name: string; kind: string }): ClosingDay {
  return { date: row.date, name: row.name, kind: row.kind === 'equalised' ? 'equalised' : 'municipal' };
}
