import { desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { employees, surveyResults } from '../db/schema.js';

export function listSurveyResults(db: DbOrTx) {
  return db
    .select({ result: surveyResults, createdByName: employees.name })
    .from(surveyResults)
    .leftJoin(employees, eq(employees.id, surveyResults.createdBy))
    .orderBy(desc(surveyResults.measuredOn), desc(surveyResults.createdAt))
    .limit(500);
}

export async function insertSurveyResult(db: DbOrTx, values: typeof surveyResults.$inferInsert) {
  const [row] = await db.insert(surveyResults).values(values).returning();
  return row!;
}

export async function deleteSurveyResult(db: DbOrTx, id: string) {
  const rows = await db.delete(surveyResults).where(eq(surveyResults.id, id)).returning({ id: surveyResults.id });
  return rows.length > 0;
}
