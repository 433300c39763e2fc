// Results of the yearly satisfaction survey (R4.4), entered by an administrator from the research
// agency's report, shown beside the continuous measurements.
import type { AuditService } from '../audit/service.js';
import type { Db } from '../db/client.js';
import type { RequestContext } from '../http/context.js';
import { notFound } from '../http/errors.js';
import * as repo from './repository.js';

export interface SurveyResultInput {
  question: 'overall';
  measuredOn: string;
  score: number;
  sampleSize: number;
  source: string;
  note?: string | undefined;
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
}
