// Assertions and builders shared by the API tests: the error shape, Dutch messages, and small
// factories that create what a test needs through the API itself.
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { callbackRequests, contacts } from '../../src/db/schema.js';
import { DEMO, type TestApp } from './app.js';

export interface Response {
  statusCode: number;
  body: string;
  headers: Record<string, unknown>;
  json(): any;
}

/** A well-formed UUID that no row has. */
export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

// Words a Dutch sentence almost always has, and English ones a library leaks when nobody translated.
const DUTCH_WORDS = /\b(de|het|een|is|niet|dit|deze|dat|u|uw|van|in|op|voor|met|al|geen|kies|vul|controleer|bestaat|zijn|te|er|kan|kunt|moet|of|wat|bij)\b/i;
const ENGLISH_LEAKS = /\b(the|expected|received|invalid|required|must|should|error|undefined|null|string|number|body|querystring|params)\b/i;

/** The message is plain Dutch, not a library message in English or a stack trace. */
export function expectDutch(message: unknown): void {
  expect(typeof message).toBe('string');
  const text = message as string;
  expect(text.length).toBeGreaterThan(5);
  expect(text, `not Dutch: ${text}`).toMatch(DUTCH_WORDS);
  expect(text, `English leaked: ${text}`).not.toMatch(ENGLISH_LEAKS);
}

/** `{error: {code, message, fields?}}` with this status, a Dutch message and (optionally) this code. */
export function expectError(response: Response, status: number | number[], code?: string) {
  const statuses = Array.isArray(status) ? status : [status];
  expect(statuses, `status ${response.statusCode}: ${response.body.slice(0, 300)}`).toContain(response.statusCode);
  expect(String(response.headers['content-type'])).toContain('application/json');
  const body = response.json();
  expect(Object.keys(body)).toEqual(['error']);
  const error = body.error as { code: string; message: string; fields?: { field: string; message: string }[] };
  expect(typeof error.code).toBe('string');
  expect(Object.keys(error).every((k) => ['code', 'message', 'fields'].includes(k))).toBe(true);
  expectDutch(error.message);
  if (code) expect(error.code).toBe(code);
  if (error.fields !== undefined) {
    expect(Array.isArray(error.fields)).toBe(true);
    for (const field of error.fields) {
      expect(typeof field.field).toBe('string');
      expectDutch(field.message);
    }
  }
  return error;
}

/** The field names a 400 names, as a map field → message. */
export function fieldsOf(response: Response): Record<string, string> {
  const fields = (response.json().error.fields ?? []) as { field: string; message: string }[];
  return Object.fromEntries(fields.map((f) => [f.field, f.message]));
}

let counter = 0;
/** A name no other test in this run uses. */
export function unique(prefix: string): string {
  counter += 1;
  return `${prefix} ${process.pid}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

/** A valid standalone callback request body for a team. */
export function callbackBody(teamId: string, overrides: Record<string, unknown> = {}) {
  return {
    teamId,
    question: 'Wanneer is mijn paspoort klaar?',
    replyBy: 'phone',
    customer: { name: 'Jan de Vries', phone: '06-123 456 78' },
    ...overrides,
  };
}

/** Creates a callback request through the API (as the kcc account unless told) and returns it. */
export async function createCallback(t: TestApp, teamId: string, overrides: Record<string, unknown> = {}, as: string = DEMO.kcc) {
  const response = await t.call(as, 'POST', '/api/callback-requests', callbackBody(teamId, overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

/** A valid contact body. */
export function contactBody(overrides: Record<string, unknown> = {}) {
  return { channel: 'phone', subject: 'Vraag over paspoort', resolution: 'first_line', ...overrides };
}

export async function createContact(t: TestApp, overrides: Record<string, unknown> = {}, as: string = DEMO.kcc) {
  const response = await t.call(as, 'POST', '/api/contacts', contactBody(overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

/** A team created through the API by the administrator. */
export async function createTeam(t: TestApp, overrides: Record<string, unknown> = {}) {
  const response = await t.call(DEMO.admin, 'POST', '/api/teams', { name: unique('Team'), ...overrides });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; name: string; deadlineWorkingDays: number; active: boolean; description: string | null };
}

export const TEST_PASSWORD = 'een-lang-testwachtwoord';

/** An employee who can log in (with TEST_PASSWORD), created through the API. Returns the e-mail too. */
export async function createEmployee(t: TestApp, roles: string[], teamId: string | null, overrides: Record<string, unknown> = {}) {
  const email = `${unique('mw').replace(/[^a-z0-9-]/gi, '').toLowerCase()}@dronten.demo`;
  const response = await t.call(DEMO.admin, 'POST', '/api/employees', {
    name: unique('Medewerker'),
    email,
    roles,
    teamId,
    password: TEST_PASSWORD,
    ...overrides,
  });
  expect(response.statusCode, response.body).toBe(201);
  if (response.json().active) await t.login(email, TEST_PASSWORD);
  return response.json() as { id: string; email: string; name: string; roles: string[]; teamId: string | null; active: boolean };
}

/** The customer row behind a callback request or a contact (the API does not show its id). */
export async function customerIdOfCallback(t: TestApp, id: string): Promise<string> {
  const [row] = await t.database.db.select({ customerId: callbackRequests.customerId }).from(callbackRequests).where(eq(callbackRequests.id, id));
  return row!.customerId;
}

export async function customerIdOfContact(t: TestApp, id: string): Promise<string | null> {
  const [row] = await t.database.db.select({ customerId: contacts.customerId }).from(contacts).where(eq(contacts.id, id));
  return row!.customerId;
}
