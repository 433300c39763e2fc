// Every route against every role: (route, role) → the status the server must answer.
// Burgerzaken is the team of the second-line and team-lead demo accounts; Belastingen is not.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, DEMO, type TestApp } from '../support/app.js';
import { callbackBody, contactBody, createCallback, createContact, createTeam, expectError, unique } from '../support/http.js';
import { outboxMail, reportBody, submitReport, surveyTokenFor, tokenOf } from '../support/residents.js';

let t: TestApp;
let fixture: {
  ownContact: string;
  otherContact: string;
  ownRequest: string;
  otherRequest: string;
  team: string;
  product: string;
  employee: string;
};

beforeAll(async () => {
  t = await createTestApp({ config: { publicFormLimitPerHour: 1000 } });
  const team = await createTeam(t);
  const product = (await t.call(DEMO.admin, 'POST', '/api/products', { name: unique('Rollen product'), teamId: team.id })).json();
  const employee = (await t.call(DEMO.admin, 'POST', '/api/employees', { name: 'Rollen Test', email: 'rollen.test@dronten.demo', roles: ['kcc'] })).json();
  fixture = {
    ownContact: (await createContact(t, { productId: t.product('Paspoort').id, customer: { name: 'Eigen', email: 'rollen.avg@voorbeeld.example' } })).id,
    otherContact: (await createContact(t, { productId: t.product('WOZ-waarde').id, customer: { name: 'Ander' } })).id,
    ownRequest: (await createCallback(t, t.team('Burgerzaken').id)).id,
    otherRequest: (await createCallback(t, t.team('Belastingen').id)).id,
    team: team.id,
    product: product.id,
    employee: employee.id,
  };
});
afterAll(() => t.close());

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Role = 'anonymous' | 'kcc' | 'second_line' | 'team_lead' | 'admin' | 'editor';
const ACCOUNTS: Record<Role, string | null> = {
  anonymous: null,
  kcc: DEMO.kcc,
  second_line: DEMO.secondLine,
  team_lead: DEMO.teamLead,
  admin: DEMO.admin,
  editor: DEMO.editor,
};
const ROLE_ORDER: Role[] = ['anonymous', 'kcc', 'second_line', 'team_lead', 'admin', 'editor'];

interface Call {
  method: Method;
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * A route, how to call it (fresh targets where a call changes something), and the expected status
 * per role; the editor's column is given for the routes that concern editors (the knowledge base).
 */
type Case = [name: string, call: (as: string | null) => Promise<Call> | Call, expected: [anonymous: number, kcc: number, secondLine: number, teamLead: number, admin: number, editor?: number]];

let dayCounter = 0;
/** A weekday in 2031 no other call used. */
function freshDate(): string {
  dayCounter += 1;
  const date = new Date(Date.UTC(2031, 5, 2) + dayCounter * 7 * 86_400_000);
  return date.toISOString().slice(0, 10);
}

const actorId = async (as: string | null) => (as ? (await t.employee(as)).id : '00000000-0000-4000-8000-000000000000');

const ACTIONS: [string, (as: string | null) => Promise<unknown> | unknown][] = [
  ['assign', async (as) => ({ assigneeId: await actorId(as) })],
  ['attempt', () => ({ note: 'Geen gehoor' })],
  ['interim-reply', () => ({ message: 'We zoeken het uit', expectedBy: '2099-01-05' })],
  ['complete', () => ({ outcome: 'Beantwoord' })],
  ['cancel', () => ({ reason: 'Vervallen' })],
];

const CASES: Case[] = [
  ['GET /api/health', () => ({ method: 'GET', url: '/api/health' }), [200, 200, 200, 200, 200]],
  ['GET /api/health/ready', () => ({ method: 'GET', url: '/api/health/ready' }), [200, 200, 200, 200, 200]],
  ['GET /api/openapi.json', () => ({ method: 'GET', url: '/api/openapi.json' }), [200, 200, 200, 200, 200]],
  ['GET /api/auth/options', () => ({ method: 'GET', url: '/api/auth/options' }), [200, 200, 200, 200, 200]],
  ['GET /api/auth/me', () => ({ method: 'GET', url: '/api/auth/me' }), [401, 200, 200, 200, 200]],

  ['GET /api/teams', () => ({ method: 'GET', url: '/api/teams' }), [401, 200, 200, 200, 200]],
  ['GET /api/teams/:id', () => ({ method: 'GET', url: `/api/teams/${fixture.team}` }), [401, 200, 200, 200, 200]],
  ['POST /api/teams', () => ({ method: 'POST', url: '/api/teams', body: { name: unique('Rollen team') } }), [401, 403, 403, 403, 201]],
  ['PATCH /api/teams/:id', () => ({ method: 'PATCH', url: `/api/teams/${fixture.team}`, body: { description: unique('Omschrijving') } }), [401, 403, 403, 403, 200]],

  ['GET /api/products', () => ({ method: 'GET', url: '/api/products' }), [401, 200, 200, 200, 200]],
  ['POST /api/products', () => ({ method: 'POST', url: '/api/products', body: { name: unique('Rollen product'), teamId: fixture.team } }), [401, 403, 403, 403, 201]],
  ['PATCH /api/products/:id', () => ({ method: 'PATCH', url: `/api/products/${fixture.product}`, body: { description: unique('Omschrijving') } }), [401, 403, 403, 403, 200]],

  ['GET /api/employees', () => ({ method: 'GET', url: '/api/employees' }), [401, 200, 200, 200, 200]],
  ['GET /api/employees/:id', () => ({ method: 'GET', url: `/api/employees/${fixture.employee}` }), [401, 200, 200, 200, 200]],
  ['POST /api/employees', () => ({ method: 'POST', url: '/api/employees', body: { name: 'Nieuw', email: `${unique('rol').replace(/\W/g, '')}@dronten.demo`, roles: ['admin'] } }), [401, 403, 403, 403, 201]],
  ['PATCH /api/employees/:id', () => ({ method: 'PATCH', url: `/api/employees/${fixture.employee}`, body: { roles: ['admin'] } }), [401, 403, 403, 403, 200]],

  ['GET /api/calendar/due-date', () => ({ method: 'GET', url: '/api/calendar/due-date?from=2026-12-24&workingDays=2' }), [401, 200, 200, 200, 200]],
  ['GET /api/calendar/closing-days', () => ({ method: 'GET', url: '/api/calendar/closing-days?year=2027' }), [401, 200, 200, 200, 200]],
  ['POST /api/calendar/closing-days', () => ({ method: 'POST', url: '/api/calendar/closing-days', body: { date: freshDate(), name: 'Rollendag' } }), [401, 403, 403, 403, 201]],
  ['DELETE /api/calendar/closing-days/:date', async () => {
    const date = freshDate();
    expect((await t.call(DEMO.admin, 'POST', '/api/calendar/closing-days', { date, name: 'Weg ermee' })).statusCode).toBe(201);
    return { method: 'DELETE', url: `/api/calendar/closing-days/${date}` };
  }, [401, 403, 403, 403, 204]],

  ['POST /api/contacts', () => ({ method: 'POST', url: '/api/contacts', body: contactBody({ subject: unique('Rollen') }) }), [401, 201, 201, 201, 201]],
  ['POST /api/contacts (handed over)', () => ({
    method: 'POST',
    url: '/api/contacts',
    body: contactBody({ resolution: 'handed_over', customer: { name: 'K', phone: '0612345678' }, callbackRequest: { teamId: t.team('Belastingen').id, question: 'V', replyBy: 'phone' } }),
  }), [401, 201, 201, 201, 201]],
  ['GET /api/contacts', () => ({ method: 'GET', url: '/api/contacts' }), [401, 200, 200, 200, 200]],
  ['GET /api/contacts?teamId=own', () => ({ method: 'GET', url: `/api/contacts?teamId=${t.team('Burgerzaken').id}` }), [401, 200, 200, 200, 200]],
  ['GET /api/contacts?teamId=other', () => ({ method: 'GET', url: `/api/contacts?teamId=${t.team('Belastingen').id}` }), [401, 200, 403, 403, 200]],
  ['GET /api/contacts/:id (own team)', () => ({ method: 'GET', url: `/api/contacts/${fixture.ownContact}` }), [401, 200, 200, 200, 200]],
  ['GET /api/contacts/:id (other team)', () => ({ method: 'GET', url: `/api/contacts/${fixture.otherContact}` }), [401, 200, 404, 404, 200]],

  ['POST /api/callback-requests', () => ({ method: 'POST', url: '/api/callback-requests', body: callbackBody(t.team('Belastingen').id) }), [401, 201, 201, 201, 201]],
  ['GET /api/callback-requests', () => ({ method: 'GET', url: '/api/callback-requests' }), [401, 200, 200, 200, 200]],
  ['GET /api/callback-requests?teamId=own', () => ({ method: 'GET', url: `/api/callback-requests?teamId=${t.team('Burgerzaken').id}` }), [401, 200, 200, 200, 200]],
  ['GET /api/callback-requests?teamId=other', () => ({ method: 'GET', url: `/api/callback-requests?teamId=${t.team('Belastingen').id}` }), [401, 200, 403, 403, 200]],
  ['GET /api/callback-requests/summary', () => ({ method: 'GET', url: '/api/callback-requests/summary' }), [401, 200, 200, 200, 200]],
  ['GET /api/callback-requests/summary?teamId=other', () => ({ method: 'GET', url: `/api/callback-requests/summary?teamId=${t.team('Belastingen').id}` }), [401, 200, 403, 403, 200]],
  ['GET /api/callback-requests/:id (own team)', () => ({ method: 'GET', url: `/api/callback-requests/${fixture.ownRequest}` }), [401, 200, 200, 200, 200]],
  ['GET /api/callback-requests/:id (other team)', () => ({ method: 'GET', url: `/api/callback-requests/${fixture.otherRequest}` }), [401, 200, 404, 404, 200]],
  ...ACTIONS.flatMap(([action, body]): Case[] => [
    [`POST /api/callback-requests/:id/${action} (own team)`, async (as) => ({
      method: 'POST',
      url: `/api/callback-requests/${(await createCallback(t, t.team('Burgerzaken').id)).id}/${action}`,
      body: await body(as),
    }), [401, 403, 200, 200, 200]],
    [`POST /api/callback-requests/:id/${action} (other team)`, async (as) => ({
      method: 'POST',
      url: `/api/callback-requests/${(await createCallback(t, t.team('Belastingen').id)).id}/${action}`,
      body: await body(as),
    }), [401, 403, 404, 404, 200]],
  ]),

  ['GET /api/audit', () => ({ method: 'GET', url: '/api/audit' }), [401, 403, 403, 403, 200]],

  ['GET /api/kpis', () => ({ method: 'GET', url: '/api/kpis' }), [401, 200, 200, 200, 200]],
  ['GET /api/kpis/today', () => ({ method: 'GET', url: '/api/kpis/today' }), [401, 200, 403, 200, 200]],
  ['GET /api/public/kpis', () => ({ method: 'GET', url: '/api/public/kpis' }), [200, 200, 200, 200, 200]],
  ['GET /api/kpis/report-categories', () => ({ method: 'GET', url: '/api/kpis/report-categories' }), [401, 200, 200, 200, 200]],

  // What residents use without logging in is open to all, and a session changes nothing.
  ['GET /api/public/teams', () => ({ method: 'GET', url: '/api/public/teams' }), [200, 200, 200, 200, 200]],
  ['POST /api/public/reports', () => ({ method: 'POST', url: '/api/public/reports', body: reportBody() }), [201, 201, 201, 201, 201]],
  ['GET /api/public/status/:token', async () => ({ method: 'GET', url: `/api/public/status/${tokenOf((await submitReport(t)).statusUrl)}` }), [200, 200, 200, 200, 200]],
  ['GET /api/public/surveys/:token', async (as) => ({ method: 'GET', url: `/api/public/surveys/${await surveyToken(as)}` }), [200, 200, 200, 200, 200]],
  ['POST /api/public/surveys/:token', async (as) => ({
    method: 'POST',
    url: `/api/public/surveys/${await surveyToken(as)}`,
    body: { score: 8, timelinessScore: 7, resolved: true, comment: 'Prima' },
  }), [201, 201, 201, 201, 201]],
  ['GET /api/survey-responses', () => ({ method: 'GET', url: '/api/survey-responses?from=2020-01-01&to=2030-12-31' }), [401, 200, 200, 200, 200]],
  ['GET /api/survey-responses/summary', () => ({ method: 'GET', url: '/api/survey-responses/summary?from=2020-01-01&to=2030-12-31' }), [401, 200, 200, 200, 200]],

  ['GET /api/outbox', () => ({ method: 'GET', url: '/api/outbox' }), [401, 403, 403, 403, 200]],
  ['GET /api/outbox/:id', async () => ({ method: 'GET', url: `/api/outbox/${await heldMail()}` }), [401, 403, 403, 403, 200]],
  ['POST /api/outbox/:id/retry', async () => ({ method: 'POST', url: `/api/outbox/${await heldMail()}/retry` }), [401, 403, 403, 403, 200]],

  // The resident's rights: administrators (and privacy officers, in access-matrix.test.ts) only.
  ['GET /api/privacy/subjects', () => ({ method: 'GET', url: '/api/privacy/subjects?email=rollen.avg@voorbeeld.example' }), [401, 403, 403, 403, 200]],
  ['GET /api/privacy/export', () => ({ method: 'GET', url: '/api/privacy/export?email=rollen.avg@voorbeeld.example&format=json' }), [401, 403, 403, 403, 200]],
  ['POST /api/privacy/erasures', async (as) => {
    const email = `${unique('wissen').replace(/\W/g, '')}@voorbeeld.example`;
    if (as === DEMO.admin) await createContact(t, { customer: { name: 'Te wissen', email } });
    return { method: 'POST', url: '/api/privacy/erasures', body: { email, reason: 'Verzoek van de inwoner' } };
  }, [401, 403, 403, 403, 201]],
  ['POST /api/privacy/corrections', async () => {
    const found = (await t.call(DEMO.admin, 'GET', '/api/privacy/subjects?email=rollen.avg@voorbeeld.example')).json();
    return { method: 'POST', url: '/api/privacy/corrections', body: { customerId: found.items[0].id, name: unique('Verbeterd'), reason: 'Naam was verkeerd gespeld' } };
  }, [401, 403, 403, 403, 201]],

  // The resident in view: case workers; merging by the contact centre, team leads and administrators.
  ['GET /api/parties', () => ({ method: 'GET', url: '/api/parties?q=jansen' }), [401, 200, 200, 200, 200]],
  ['POST /api/parties', () => ({ method: 'POST', url: '/api/parties', body: rolesParty() }), [401, 201, 201, 201, 201]],
  ['GET /api/parties/:id', async () => ({ method: 'GET', url: `/api/parties/${await newParty()}` }), [401, 200, 200, 200, 200]],
  ['PUT /api/parties/:id', async () => ({ method: 'PUT', url: `/api/parties/${await newParty()}`, body: rolesParty() }), [401, 200, 200, 200, 200]],
  ['GET /api/parties/:id/bsn', async () => ({ method: 'GET', url: `/api/parties/${await newParty()}/bsn` }), [401, 404, 404, 404, 404]],
  ['POST /api/parties/:id/merge', async () => ({ method: 'POST', url: `/api/parties/${await newParty()}/merge`, body: { duplicateId: await newParty() } }), [401, 200, 403, 200, 200]],
  ['POST /api/party-merges/:id/undo', async () => {
    const merged = (await t.call(DEMO.admin, 'POST', `/api/parties/${await newParty()}/merge`, { duplicateId: await newParty() })).json();
    return { method: 'POST', url: `/api/party-merges/${merged.merges[0].id}/undo` };
  }, [401, 200, 403, 200, 200]],

  // The knowledge base: everyone reads and flags; editors and administrators write; feedback is
  // resolved by the editors or by the team that owns the article.
  ['POST /api/knowledge/articles', () => ({ method: 'POST', url: '/api/knowledge/articles', body: articleBody() }), [401, 403, 403, 403, 201, 201]],
  ['GET /api/knowledge/articles', () => ({ method: 'GET', url: '/api/knowledge/articles' }), [401, 200, 200, 200, 200, 200]],
  ['GET /api/knowledge/articles/:id', async () => ({ method: 'GET', url: `/api/knowledge/articles/${await newArticle()}` }), [401, 200, 200, 200, 200, 200]],
  ['PATCH /api/knowledge/articles/:id', async () => ({ method: 'PATCH', url: `/api/knowledge/articles/${await newArticle()}`, body: { title: unique('Gewijzigd') } }), [401, 403, 403, 403, 200, 200]],
  ['DELETE /api/knowledge/articles/:id', async () => ({ method: 'DELETE', url: `/api/knowledge/articles/${await newArticle()}` }), [401, 403, 403, 403, 204, 204]],
  ['POST /api/knowledge/articles/:id/publish', async () => ({ method: 'POST', url: `/api/knowledge/articles/${await newArticle()}/publish`, body: {} }), [401, 403, 403, 403, 200, 200]],
  ['POST /api/knowledge/articles/:id/feedback', async () => ({ method: 'POST', url: `/api/knowledge/articles/${await newArticle()}/feedback`, body: { kind: 'unclear', note: 'Rollen' } }), [401, 201, 201, 201, 201, 201]],
  ['POST /api/knowledge/feedback/:id/resolve (own team)', async () => ({ method: 'POST', url: `/api/knowledge/feedback/${await newFeedback('Paspoort')}/resolve` }), [401, 403, 200, 200, 200, 200]],
  ['POST /api/knowledge/feedback/:id/resolve (other team)', async () => ({ method: 'POST', url: `/api/knowledge/feedback/${await newFeedback('WOZ-waarde')}/resolve` }), [401, 403, 403, 403, 200, 200]],
  ['GET /api/knowledge/search', () => ({ method: 'GET', url: '/api/knowledge/search?q=paspoort' }), [401, 200, 200, 200, 200, 200]],
  ['GET /api/knowledge/synonyms', () => ({ method: 'GET', url: '/api/knowledge/synonyms' }), [401, 200, 200, 200, 200, 200]],
  ['PUT /api/knowledge/synonyms', () => ({ method: 'PUT', url: '/api/knowledge/synonyms', body: { items: [{ term: 'kliko', synonyms: ['container'] }] } }), [401, 403, 403, 403, 200, 200]],
  // The register: every employee writes, offers and sends their own texts; only the contact centre reviews.
  ['POST /api/communications', () => ({ method: 'POST', url: '/api/communications', body: textBody() }), [401, 201, 201, 201, 201, 201]],
  ['POST /api/communications/extract', () => ({
    method: 'POST',
    url: '/api/communications/extract',
    body: '--rollen\r\nContent-Disposition: form-data; name="file"; filename="brief.txt"\r\nContent-Type: text/plain\r\n\r\nBeste inwoner, wij halen het afval op.\r\n--rollen--\r\n',
    headers: { 'content-type': 'multipart/form-data; boundary=rollen' },
  }), [401, 200, 200, 200, 200, 200]],
  ['GET /api/communications', () => ({ method: 'GET', url: '/api/communications' }), [401, 200, 200, 200, 200, 200]],
  ['GET /api/communications/export.csv', () => ({ method: 'GET', url: '/api/communications/export.csv' }), [401, 200, 200, 200, 200, 200]],
  ['GET /api/communications/b1-share', () => ({ method: 'GET', url: '/api/communications/b1-share?from=2027-01-01&to=2027-12-31' }), [401, 200, 200, 200, 200, 200]],
  ['GET /api/communications/:id', async () => ({ method: 'GET', url: `/api/communications/${await newText(DEMO.secondLine)}` }), [401, 200, 200, 200, 200, 200]],
  ['POST /api/communications/:id/versions', async (as) => ({ method: 'POST', url: `/api/communications/${await newText(as ?? DEMO.admin)}/versions`, body: { text: 'Een nieuwe versie. Kort en duidelijk.' } }), [401, 201, 201, 201, 201, 201]],
  ['POST /api/communications/:id/request-review', async (as) => ({ method: 'POST', url: `/api/communications/${await newText(as ?? DEMO.admin, true)}/request-review` }), [401, 200, 200, 200, 200, 200]],
  ['POST /api/communications/:id/review', async () => ({ method: 'POST', url: `/api/communications/${await textInReview()}/review`, body: { decision: 'approved' } }), [401, 200, 403, 403, 403, 403]],
  ['POST /api/communications/:id/mark-sent', async (as) => ({ method: 'POST', url: `/api/communications/${await newText(as ?? DEMO.admin)}/mark-sent` }), [401, 200, 200, 200, 200, 200]],
  ['GET /api/public/knowledge/search', () => ({ method: 'GET', url: '/api/public/knowledge/search?q=paspoort' }), [200, 200, 200, 200, 200, 200]],
  ['GET /api/public/knowledge/articles/:slug', async () => ({ method: 'GET', url: `/api/public/knowledge/articles/${await publicArticle()}` }), [200, 200, 200, 200, 200, 200]],
  ['POST /api/public/knowledge/articles/:slug/clear', async () => ({ method: 'POST', url: `/api/public/knowledge/articles/${await publicArticle()}/clear`, body: { clear: true } }), [200, 200, 200, 200, 200, 200]],

  // Keys for the Klantinteracties API: administrators only.
  ['POST /api/api-tokens', () => ({ method: 'POST', url: '/api/api-tokens', body: { name: unique('KISS') } }), [401, 403, 403, 403, 201]],
  ['GET /api/api-tokens', () => ({ method: 'GET', url: '/api/api-tokens' }), [401, 403, 403, 403, 200]],
  ['DELETE /api/api-tokens/:id', async () => {
    const made = (await t.call(DEMO.admin, 'POST', '/api/api-tokens', { name: unique('Portaal') })).json();
    return { method: 'DELETE', url: `/api/api-tokens/${made.id}` };
  }, [401, 403, 403, 403, 204]],

  ['POST /api/import/:kind', () => ({
    method: 'POST',
    url: '/api/import/survey-responses',
    body: `reference,answered_at,channel,team,product,line,score,timeliness_score\nROL-${unique('x')},2024-01-01T10:00:00,phone,,,first,8,\n`,
    headers: { 'content-type': 'text/csv' },
  }), [401, 403, 403, 403, 200]],
  ['GET /api/reports/progress', () => ({ method: 'GET', url: '/api/reports/progress?quarter=2026-Q1' }), [401, 200, 200, 200, 200]],
  ['GET /api/survey-results', () => ({ method: 'GET', url: '/api/survey-results' }), [401, 200, 200, 200, 200]],
  ['POST /api/survey-results', () => ({ method: 'POST', url: '/api/survey-results', body: { measuredOn: '2024-10-01', score: 7, sampleSize: 100, source: 'Bureau' } }), [401, 403, 403, 403, 201]],
  ['DELETE /api/survey-results/:id', async (as) => {
    const created = (await t.call(DEMO.admin, 'POST', '/api/survey-results', { measuredOn: '2024-10-01', score: 7, sampleSize: 100, source: `Bureau ${as}` })).json();
    return { method: 'DELETE', url: `/api/survey-results/${created.id}` };
  }, [401, 403, 403, 403, 204]],

  // The press inbox: team Communicatie and administrators only (the demo second line and team lead are of Burgerzaken).
  ['GET /api/press-questions', () => ({ method: 'GET', url: '/api/press-questions' }), [401, 403, 403, 403, 200, 403]],
  ['GET /api/press-questions/:id', async () => ({ method: 'GET', url: `/api/press-questions/${await pressQuestion()}` }), [401, 403, 403, 403, 200, 403]],
  ['GET /api/press-questions/:id/attachments/:attachmentId', async () => {
    const id = await pressQuestion({ attachment: true });
    const detail = (await t.call(DEMO.admin, 'GET', `/api/press-questions/${id}`)).json() as { thread: { attachments: { id: string }[] }[] };
    return { method: 'GET', url: `/api/press-questions/${id}/attachments/${detail.thread[0]!.attachments[0]!.id}` };
  }, [401, 403, 403, 403, 200, 403]],
  ['POST /api/press-questions/:id/assign', async () => ({ method: 'POST', url: `/api/press-questions/${await pressQuestion()}/assign`, body: { assigneeId: await actorId(DEMO.admin) } }), [401, 403, 403, 403, 200, 403]],
  ['POST /api/press-questions/:id/interim-reply', async () => ({ method: 'POST', url: `/api/press-questions/${await pressQuestion()}/interim-reply`, body: { text: 'Wij zoeken het uit.', expectedBy: '2099-01-05' } }), [401, 403, 403, 403, 200, 403]],
  ['POST /api/press-questions/:id/notes', async () => ({ method: 'POST', url: `/api/press-questions/${await pressQuestion()}/notes`, body: { text: 'Notitie' } }), [401, 403, 403, 403, 200, 403]],
  ['POST /api/press-questions/:id/answer', async () => ({ method: 'POST', url: `/api/press-questions/${await pressQuestion()}/answer`, body: { text: 'Het antwoord.', needsAdministratorCheck: false } }), [401, 403, 403, 403, 200, 403]],
  ['POST /api/press-questions/:id/approve', async () => ({ method: 'POST', url: `/api/press-questions/${await pressQuestion({ check: true })}/approve` }), [401, 403, 403, 403, 200, 403]],
  ['POST /api/press-questions/:id/request-changes', async () => ({ method: 'POST', url: `/api/press-questions/${await pressQuestion({ check: true })}/request-changes`, body: { comment: 'Korter graag.' } }), [401, 403, 403, 403, 200, 403]],
  ['POST /api/press-questions/:id/send', async () => ({ method: 'POST', url: `/api/press-questions/${await pressQuestion({ answer: true })}/send` }), [401, 403, 403, 403, 200, 403]],
  ['POST /api/press-questions/:id/input-requests', async () => ({ method: 'POST', url: `/api/press-questions/${await pressQuestion()}/input-requests`, body: { teamId: t.team('Burgerzaken').id, question: 'Hoeveel aanvragen?' } }), [401, 403, 403, 403, 200, 403]],
  ['POST /api/press-questions/:id/dismiss', async () => ({ method: 'POST', url: `/api/press-questions/${await pressQuestion()}/dismiss`, body: { reason: 'Geen vraag' } }), [401, 403, 403, 403, 200, 403]],

  // Team goals: everyone reads; a team lead writes their own team's, an administrator any.
  ['GET /api/team-goals', () => ({ method: 'GET', url: '/api/team-goals' }), [401, 200, 200, 200, 200, 200]],
  ['GET /api/teams/:id/goals', () => ({ method: 'GET', url: `/api/teams/${t.team('Burgerzaken').id}/goals` }), [401, 200, 200, 200, 200, 200]],
  ['POST /api/teams/:id/goals', () => ({ method: 'POST', url: `/api/teams/${t.team('Burgerzaken').id}/goals`, body: goalBody() }), [401, 403, 403, 201, 201, 403]],
  ['POST /api/teams/:id/goals/:goalId/values', async () => ({ method: 'POST', url: `/api/teams/${t.team('Burgerzaken').id}/goals/${await ownMeasureGoal()}/values`, body: { period: '2027-01', value: 4 } }), [401, 403, 403, 200, 200, 403]],

  // Onboarding: everyone has a checklist; team leads see their team; administrators keep the list.
  ['GET /api/onboarding', () => ({ method: 'GET', url: '/api/onboarding' }), [401, 200, 200, 200, 200, 200]],
  ['POST /api/onboarding/items/:id/complete', async () => ({ method: 'POST', url: `/api/onboarding/items/${await onboardingItem()}/complete` }), [401, 200, 200, 200, 200, 200]],
  ['GET /api/onboarding/team', () => ({ method: 'GET', url: `/api/onboarding/team?teamId=${t.team('Burgerzaken').id}` }), [401, 403, 403, 200, 200, 403]],
  ['GET /api/onboarding/items', () => ({ method: 'GET', url: '/api/onboarding/items' }), [401, 403, 403, 403, 200, 403]],
  ['POST /api/onboarding/items', () => ({ method: 'POST', url: '/api/onboarding/items', body: { title: unique('Onderdeel'), description: 'Lees dit.' } }), [401, 403, 403, 403, 201, 403]],
  ['PATCH /api/onboarding/items/:id', async () => ({ method: 'PATCH', url: `/api/onboarding/items/${await onboardingItem()}`, body: { position: 3 } }), [401, 403, 403, 403, 200, 403]],

  // Home visits: case workers request them; the team of the product plans and completes them.
  ['POST /api/home-visits', () => ({ method: 'POST', url: '/api/home-visits', body: visitBody() }), [401, 201, 201, 201, 201, 403]],
  ['GET /api/home-visits', () => ({ method: 'GET', url: '/api/home-visits?from=2031-06-02&to=2031-06-08' }), [401, 200, 200, 200, 200, 403]],
  ['GET /api/home-visits/:id', async () => ({ method: 'GET', url: `/api/home-visits/${await homeVisit()}` }), [401, 200, 200, 200, 200, 403]],
  ['POST /api/home-visits/:id/plan', async () => ({ method: 'POST', url: `/api/home-visits/${await homeVisit()}/plan`, body: { plannedAt: '2099-01-05T10:00:00+01:00', employeeId: await actorId(DEMO.secondLine) } }), [401, 403, 200, 200, 200, 403]],
  ['POST /api/home-visits/:id/outcome', async () => ({ method: 'POST', url: `/api/home-visits/${await homeVisit(true)}/outcome`, body: { summary: 'Paspoort aangevraagd.' } }), [401, 403, 200, 200, 200, 403]],

];

function articleBody(productName = 'Paspoort') {
  return { title: unique('Rollen paspoort'), answer: '<p>Maak een afspraak. Neem een pasfoto mee.</p>', visibility: 'public', productId: t.product(productName).id };
}

/** A new draft article (made by the editor); its product's team owns it. */
async function newArticle(productName = 'Paspoort'): Promise<string> {
  const response = await t.call(DEMO.editor, 'POST', '/api/knowledge/articles', articleBody(productName));
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

/** Open feedback from the contact centre on a new article of this product. */
async function newFeedback(productName: string): Promise<string> {
  const response = await t.call(DEMO.kcc, 'POST', `/api/knowledge/articles/${await newArticle(productName)}/feedback`, { kind: 'missing' });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

function textBody(bulk = false) {
  return { kind: bulk ? 'bulk_letter' : 'letter', title: unique('Rollen brief'), recipients: bulk ? 200 : 2, text: 'Beste inwoner, wij halen het grofvuil op maandag op.' };
}

/** A new text in the register, written by `as`. */
async function newText(as: string, bulk = false): Promise<string> {
  const response = await t.call(as, 'POST', '/api/communications', textBody(bulk));
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

/** A bulk letter of the second line for which review was asked. */
async function textInReview(): Promise<string> {
  const id = await newText(DEMO.secondLine, true);
  const response = await t.call(DEMO.secondLine, 'POST', `/api/communications/${id}/request-review`);
  expect(response.statusCode, response.body).toBe(200);
  return id;
}

let publicSlug: string | undefined;
/** A published public article (one for the file). */
async function publicArticle(): Promise<string> {
  if (!publicSlug) {
    const id = await newArticle();
    const response = await t.call(DEMO.editor, 'POST', `/api/knowledge/articles/${id}/publish`, { confirmNotB1: true });
    expect(response.statusCode, response.body).toBe(200);
    publicSlug = response.json().slug as string;
  }
  return publicSlug;
}

function rolesParty() {
  return { kind: 'resident', firstName: 'Rol', surname: unique('Test').replace(/\W/g, ''), phones: [], emails: [] };
}

/** A new party, made by the contact centre. */
async function newParty(): Promise<string> {
  const response = await t.call(DEMO.kcc, 'POST', '/api/parties', rolesParty());
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

/** A fresh survey invitation: a first-line contact for a new address, read back from the outbox. */
async function surveyToken(as: string | null): Promise<string> {
  const email = `enquete-${unique('r').replace(/\W/g, '')}@example.nl`;
  await createContact(t, { customer: { name: 'Rol', email } });
  return surveyTokenFor(t, email);
}

/** A mail that the outbox holds (there is no SMTP server in this file). */
async function heldMail(): Promise<string> {
  const email = `bewaard-${unique('r').replace(/\W/g, '')}@example.nl`;
  await submitReport(t, { email, consent: true });
  await t.services.mailWorker.drain();
  return (await outboxMail(t, email, 'report_received'))!.id;
}

const ROWS = CASES.flatMap(([name, call, expected]) =>
  ROLE_ORDER.flatMap((role, i) => (expected[i] === undefined ? [] : [[name, role, expected[i]!, call] as const])));

describe('(route, role) → status', () => {
  test.each(ROWS)('%s as %s → %i', async (_name, role, status, call) => {
    const as = ACCOUNTS[role];
    const { method, url, body, headers } = await call(as);
    const response = await t.call(as, method, url, body, headers);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(status);
    if (status >= 400) {
      const code = { 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found' }[status];
      expectError(response, status, code);
    }
  });
});

test('every route in the table is in the OpenAPI document, and every documented route is in the table', async () => {
  const spec = (await t.call(null, 'GET', '/api/openapi.json')).json() as { paths: Record<string, Record<string, unknown>> };
  const documented = Object.entries(spec.paths)
    .flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`))
    .filter((route) => !route.includes('/oidc/'));
  const tested = new Set(CASES.map(([name]) => name.replace(/ \(.*\)$/, '').replace(/\?.*$/, '')));
  for (const route of documented) {
    if (route === 'POST /api/auth/login' || route === 'POST /api/auth/logout') continue; // auth.test.ts
    expect(tested, route).toContain(route);
  }
});

test('a non-admin cannot give themself the admin role through any route', async () => {
  const self = await t.employee(DEMO.secondLine);
  expectError(await t.call(DEMO.secondLine, 'PATCH', `/api/employees/${self.id}`, { roles: ['admin', 'second_line'] }), 403, 'forbidden');
  expect((await t.call(DEMO.secondLine, 'GET', '/api/auth/me')).json().roles).toEqual(['second_line']);
});

let pressCounter = 0;
/** A fresh press question as forwarded mail; with an answer, or an answer waiting for the administrator's check. */
async function pressQuestion(options: { attachment?: boolean; answer?: boolean; check?: boolean } = {}): Promise<string> {
  pressCounter += 1;
  const id = `<rollen-${pressCounter}-${Date.now()}@krant.example>`;
  const head = ['From: Journalist <pers@krant.example>', 'To: pers@dronten.demo', `Subject: Vraag ${pressCounter}`, `Message-ID: ${id}`, 'MIME-Version: 1.0'];
  const raw = options.attachment
    ? [...head, 'Content-Type: multipart/mixed; boundary="b"', '', '--b', 'Content-Type: text/plain', '', 'Vraag', '--b', 'Content-Type: text/plain; name="a.txt"', 'Content-Disposition: attachment; filename="a.txt"', '', 'bijlage', '--b--', ''].join('\r\n')
    : [...head, 'Content-Type: text/plain', '', 'Een vraag van de krant.', ''].join('\r\n');
  const stored = await t.services.press.ingest(Buffer.from(raw), 'smtp');
  if (options.answer || options.check) {
    const answered = await t.call(DEMO.admin, 'POST', `/api/press-questions/${stored.requestId}/answer`, { text: 'Het antwoord.', needsAdministratorCheck: !!options.check });
    expect(answered.statusCode, answered.body).toBe(200);
  }
  return stored.requestId!;
}

function goalBody() {
  return { title: unique('Doel'), kpiId: 'callbacks.late_share', target: 0.15, deadline: '2031-12-31', specific: 's', measurable: 'm', acceptable: 'a', realistic: 'r', timeBound: 't' };
}

async function ownMeasureGoal(): Promise<string> {
  const made = await t.call(DEMO.admin, 'POST', `/api/teams/${t.team('Burgerzaken').id}/goals`, { ...goalBody(), kpiId: undefined, measureName: 'Eigen meetpunt' });
  expect(made.statusCode, made.body).toBe(201);
  return made.json().id;
}

async function onboardingItem(): Promise<string> {
  const made = await t.call(DEMO.admin, 'POST', '/api/onboarding/items', { title: unique('Onderdeel'), description: 'Lees dit.' });
  expect(made.statusCode, made.body).toBe(201);
  return made.json().id;
}

function visitBody() {
  return { reason: 'Kan niet komen.', productId: t.product('Paspoort').id, customer: { name: 'Rol Bezoek', address: { street: 'De Rede', houseNumber: '1', postcode: '8251 AB', city: 'Dronten' } } };
}

/** A fresh home visit for Burgerzaken (the product Paspoort); planned when asked. */
async function homeVisit(planned = false): Promise<string> {
  const made = await t.call(DEMO.kcc, 'POST', '/api/home-visits', visitBody());
  expect(made.statusCode, made.body).toBe(201);
  const id = made.json().id as string;
  if (planned) {
    const plan = await t.call(DEMO.admin, 'POST', `/api/home-visits/${id}/plan`, { plannedAt: '2099-01-05T10:00:00+01:00', employeeId: await actorId(DEMO.secondLine) });
    expect(plan.statusCode, plan.body).toBe(200);
  }
  return id;
}
