// Builders for what residents do: a report through the public API, and the tokens in the links
// Helder mails (read from the outbox, where a test has no mailbox: the outbox holds them sealed,
// and the sealer opens them as the worker does when it sends; elsewhere tokens are only hashed).
import { and, desc, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { outboxMessages } from '../../src/db/schema.js';
import type { TestApp } from './app.js';

export function reportBody(overrides: Record<string, unknown> = {}) {
  return { category: 'unclear_letter', description: 'De brief over de afvalstoffenheffing was niet te begrijpen.', ...overrides };
}

export async function submitReport(t: TestApp, overrides: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await t.call(null, 'POST', '/api/public/reports', reportBody(overrides), headers);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { reference: string; statusUrl: string };
}

/** The token at the end of a link such as http://…/status/<token>. */
export function tokenOf(url: string): string {
  const match = /\/(?:status|enquete)\/([A-Za-z0-9_-]+)/.exec(url);
  if (!match) throw new Error(`no token in ${url}`);
  return match[1]!;
}

/** The newest mail for this recipient and purpose, as the outbox holds it. */
export async function outboxMail(t: TestApp, recipient: string, purpose: string) {
  const [row] = await t.database.db
    .select()
    .from(outboxMessages)
    .where(and(eq(outboxMessages.recipient, recipient), eq(outboxMessages.purpose, purpose)))
    .orderBy(desc(outboxMessages.createdAt))
    .limit(1);
  return row;
}

/** The survey token mailed to this address (the invitation must exist). */
export async function surveyTokenFor(t: TestApp, email: string): Promise<string> {
  const mail = await outboxMail(t, email, 'survey_invitation');
  if (!mail) throw new Error(`no survey invitation for ${email}`);
  return tokenOf(t.services.outbox.links.open(mail.textBody));
}
