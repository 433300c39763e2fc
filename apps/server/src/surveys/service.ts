// Results of the yearly satisfaction survey (R4.4), entered by an administrator from the research
// agency's report, shown beside the continuous measurements.
import { endOfAmsterdamDay, type LocalDate, seesAllTeams, startOfAmsterdamDay } from '@helder/domain';
import type { AuditService } from '../audit/service.js';
import type { Db } from '../db/client.js';
import type { RequestContext } from '../http/context.js';
import { decodeCursor, page } from '../http/cursor.js';
import { forbidden, invalid, notFound } from '../http/errors.js';
import * as repo from './repository.js';

export interface SurveyResultInput {
  question: 'overall';
  measuredOn: string;
  score: number;
  sampleSize: number;
  source: string;
  note?: string | undefined;
}

export interface ResponseQuery {
  from: LocalDate;
  to: LocalDate;
  teamId?: string | undefined;
  productId?: string | undefined;
  withComment?: boolean | undefined;
  cursor?: string | undefined;
  limit: number;
}

export class SurveyService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  list() {
    return repo.listSurveyResults(this.db);
  }

  async add(ctx: RequestContext, input: SurveyResultInput) {
    return this.db.transaction(async (tx) => {
      const row = await repo.insertSurveyResult(tx, {
        question: input.question,
        measuredOn: input.measuredOn,
        // Marks are stored in hundredths, so 6,71 stays 6,71.
        score: Math.round(input.score * 100),
        sampleSize: input.sampleSize,
        source: input.source,
        note: input.note ?? null,
        createdBy: ctx.actor.id,
      });
      await this.audit.record(ctx, { action: 'create', entityType: 'survey_result', entityId: row.id, customerIds: [], detail: { ...input } }, tx);
      return row;
    });
  }

  async remove(ctx: RequestContext, id: string) {
    await this.db.transaction(async (tx) => {
      if (!(await repo.deleteSurveyResult(tx, id))) throw notFound('Deze uitkomst bestaat niet (meer).');
      await this.audit.record(ctx, { action: 'delete', entityType: 'survey_result', entityId: id, customerIds: [] }, tx);
    });
  }

  /** Survey answers with their open answers; reading them is logged, since residents may write anything. */
  async responses(ctx: RequestContext, query: ResponseQuery) {
    const filter = this.filterFor(ctx, query);
    const before = decodeCursor(query.cursor, ['date', 'uuid']);
    const rows = await repo.listResponses(this.db, {
      ...filter,
      withComment: query.withComment,
      before: before ? { answeredAt: before[0] as Date, id: before[1] as string } : undefined,
      limit: query.limit,
    });
    const result = page(rows, query.limit, (last) => [last.response.answeredAt.toISOString(), last.response.id]);
    // An open answer is the resident's own words: reading it is a read of personal data, logged
    // under the resident who was invited (imported answers name nobody, but are logged as well).
    const withComment = result.items.filter((r) => r.response.comment !== null);
    if (withComment.length) {
      await this.audit.recordCustomerRead(ctx, 'survey_response', null, withComment.map((r) => r.customerId), { comments: withComment.map((r) => r.response.id) }, { evenWithoutCustomers: true });
    }
    return {
      items: result.items.map(({ response: r, teamName, productName }) => ({
        id: r.id,
        answeredAt: r.answeredAt.toISOString(),
        channel: r.channel,
        line: r.line,
        teamId: r.teamId,
        teamName,
        productId: r.productId,
        productName,
        score: r.score,
        timelinessScore: r.timelinessScore,
        resolved: r.resolved,
        comment: r.comment,
        mayContact: r.mayContact,
        source: r.source,
      })),
      nextCursor: result.nextCursor,
    };
  }

  /** Averages per team and product over the period. */
  async responseSummary(ctx: RequestContext, query: Omit<ResponseQuery, 'cursor' | 'limit' | 'withComment'>) {
    const rows = await repo.summariseResponses(this.db, this.filterFor(ctx, query));
    return rows.map((r) => ({ ...r, score: Math.round(r.score * 100) / 100, timelinessScore: r.timelinessScore === null ? null : Math.round(r.timelinessScore * 100) / 100 }));
  }

  /** Roles that do not see every team read the answers about their own team only. */
  private filterFor(ctx: RequestContext, query: { from: LocalDate; to: LocalDate; teamId?: string | undefined; productId?: string | undefined }) {
    if (query.from > query.to) throw invalid('to', 'De einddatum ligt voor de begindatum.');
    let teamId = query.teamId;
    if (!seesAllTeams(ctx.actor)) {
      if (!ctx.actor.teamId) throw forbidden('U hoort niet bij een team. Daarom kunt u geen antwoorden bekijken.');
      if (teamId && teamId !== ctx.actor.teamId) throw forbidden('U kunt alleen de antwoorden over uw eigen team bekijken.');
      teamId = ctx.actor.teamId;
    }
    return { from: startOfAmsterdamDay(query.from), to: endOfAmsterdamDay(query.to), teamId, productId: query.productId };
  }
}
