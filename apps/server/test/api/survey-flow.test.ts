// The survey after a contact (R1.4, R1.5): who gets an invitation and when, answering once through
// the personal link, what is stored for the KPIs, the follow-up after a low mark, and what
// employees read (logged).
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FixedClock } from '../../src/clock.js';
import { auditEvents, callbackRequests, surveyInvitations, surveyResponses } from '../../src/db/schema.js';
import { createTestApp, DEMO, type TestApp, testConfig } from '../support/app.js';
import { createCallback, createContact, createTeam, expectError, fieldsOf, unique } from '../support/http.js';
import { hashToken } from '../../src/http/tokens.js';
import { tokenOf } from '../support/residents.js';
import { type Mailbox, startMailbox } from '../support/smtp.js';

// Tuesday 2 March 2027, 10:00 in Amsterdam.
const clock = new FixedClock(new Date('2027-03-02T10:00:00+01:00'));
let t: TestApp;
let box: Mailbox;
let team: { id: string; name: string };

const HOUR = 3600_000;
const address = () => `inwoner-${unique('e').replace(/\W/g, '')}@example.nl`;

/** Sends what is due and returns the survey link mailed to this address, if any. */
async function invitationLink(email: string): Promise<string | undefined> {
  await t.services.mailWorker.drain();
  const mail = box.to(email).find((m) => m.subject?.startsWith('Hoe was uw contact'));
  return mail ? /https?:\/\/\S+\/enquete\/[A-Za-z0-9_-]{43}/.exec(mail.text ?? '')?.[0] : undefined;
}

async function answer(token: string, body: Record<string, unknown>) {
  return t.call(null, 'POST', `/api/public/surveys/${token}`, body);
}

async function invitedContact(overrides: Record<string, unknown> = {}) {
  const email = address();
  const contact = await createContact(t, { customer: { name: 'Fatima El Amrani', email, phone: '0612345678' }, ...overrides });
  clock.advance(HOUR);
  const link = await invitationLink(email);
  expect(link, 'an invitation was mailed').toBeDefined();
  return { email, contact, token: tokenOf(link!) };
}

beforeAll(async () => {
  box = await startMailbox();
  t = await createTestApp({ clock, config: { sessionHours: 24 * 30, mail: { ...testConfig().mail, smtpUrl: box.url } } });
  team = await createTeam(t, { name: unique('Enquêteteam') });
});

afterAll(async () => {
  await t?.close();
  await box?.stop();
});

describe('invitations', () => {
  test('a first-line contact with an e-mail address gets one invitation, after the configured delay (60 minutes)', async () => {
    const email = address();
    await createContact(t, { customer: { name: 'Joost Mulder', email } });
    expect(await invitationLink(email)).toBeUndefined();
    clock.advance(59 * 60_000);
    expect(await invitationLink(email)).toBeUndefined();
    clock.advance(60_000);
    const link = await invitationLink(email);
    expect(link).toMatch(/\/enquete\/[A-Za-z0-9_-]{43}$/);
    const mail = box.to(email)[0]!;
    expect(mail.subject).toBe('Hoe was uw contact met de gemeente Dronten?');
    expect(mail.text).toContain('Beste Joost Mulder,');
    expect(mail.text).toContain('minder dan een minuut');
    expect(mail.html).toContain('Geef een cijfer');
  });

  test('never for anonymous contacts or contacts without e-mail, and at most one per person per 30 days', async () => {
    const start = clock.now();
    const before = (await t.database.db.select().from(surveyInvitations)).length;
    await createContact(t, {});
    await createContact(t, { customer: { name: 'Alleen telefoon', phone: '0612345678' } });
    const email = address();
    await createContact(t, { customer: { name: 'Een', email } });
    await createContact(t, { customer: { name: 'Twee', email: email.toUpperCase() } });
    // Handed over to the second line: not complete yet, so no invitation now.
    await createContact(t, { resolution: 'handed_over', customer: { name: 'Drie', email: address(), phone: '0612345678' }, callbackRequest: { teamId: team.id, question: 'Bel terug', replyBy: 'phone' } });
    expect((await t.database.db.select().from(surveyInvitations)).length).toBe(before + 1);
    clock.advance(29 * 24 * HOUR);
    await createContact(t, { customer: { name: 'Vier', email } });
    expect((await t.database.db.select().from(surveyInvitations)).length).toBe(before + 1);
    clock.advance(2 * 24 * HOUR);
    await createContact(t, { customer: { name: 'Vijf', email } });
    expect((await t.database.db.select().from(surveyInvitations)).length).toBe(before + 2);
    // Back to where we were: the sessions of this file stay valid.
    clock.set(new Date(start.getTime() + HOUR));
  });

  test('a completed callback request invites for the second line, with the team and the contact\'s channel and product', async () => {
    const email = address();
    const product = t.product('Paspoort en identiteitskaart') ?? null;
    const contact = await createContact(t, {
      channel: 'contact_form',
      ...(product ? { productId: product.id } : {}),
      resolution: 'handed_over',
      customer: { name: 'Sem', email },
      callbackRequest: { teamId: team.id, question: 'Graag terugmailen', replyBy: 'email' },
    });
    const request = contact.callbackRequest;
    await t.call(DEMO.admin, 'POST', `/api/callback-requests/${request.id}/complete`, { outcome: 'Gemaild' });
    const [invitation] = await t.database.db.select().from(surveyInvitations).where(eq(surveyInvitations.callbackRequestId, request.id));
    expect(invitation).toMatchObject({ line: 'second', teamId: team.id, channel: 'contact_form', contactId: contact.id, productId: product?.id ?? null });
    const history = (await t.call(DEMO.admin, 'GET', `/api/callback-requests/${request.id}`)).json().history;
    expect(history.at(-1).data.surveyInvited).toBe(true);
  });
});

describe('POST /api/public/surveys/:token', () => {
  test('stores the answer once, with channel, team, product and line, and the KPIs count it', async () => {
    const { token, contact } = await invitedContact({ channel: 'counter' });
    expect((await t.call(null, 'GET', `/api/public/surveys/${token}`)).json()).toMatchObject({ state: 'open' });
    const response = await answer(token, { score: 9, timelinessScore: 8, resolved: true, comment: '  Snel en vriendelijk geholpen.  ' });
    expect(response.statusCode, response.body).toBe(201);
    const [stored] = await t.database.db.select().from(surveyResponses).where(eq(surveyResponses.comment, 'Snel en vriendelijk geholpen.'));
    expect(stored).toMatchObject({ score: 9, timelinessScore: 8, resolved: true, line: 'first', channel: 'counter', teamId: contact.teamId, source: 'survey', mayContact: false });
    expect((await t.call(null, 'GET', `/api/public/surveys/${token}`)).json()).toEqual({ state: 'answered' });
    expectError(await answer(token, { score: 1, timelinessScore: 1, resolved: false }), 409, 'survey_answered');
    const kpis = (await t.call(DEMO.admin, 'GET', '/api/kpis?from=2027-01-01&to=2027-12-31&channel=counter')).json() as { id: string; numerator: number; denominator: number }[];
    const contactScore = kpis.find((k) => k.id === 'experience.contact_score')!;
    expect(contactScore.denominator).toBeGreaterThanOrEqual(1);
  });

  test('bad input is refused with a Dutch message per field, and the link stays usable', async () => {
    const { token } = await invitedContact();
    for (const bad of [{ score: 0 }, { score: 11 }, { score: 7.5 }, { score: 'acht' }]) {
      const response = await answer(token, { timelinessScore: 6, resolved: true, ...bad });
      expectError(response, 400, 'validation_failed');
      expect(fieldsOf(response).score).toContain('1 tot en met 10');
    }
    const missing = await answer(token, {});
    expect(Object.keys(fieldsOf(missing)).sort()).toEqual(['resolved', 'score', 'timelinessScore']);
    expect(fieldsOf(await answer(token, { score: 7, timelinessScore: 7, resolved: true, comment: 'x'.repeat(2001) })).comment).toContain('2000');
    expect((await answer(token, { score: '7', timelinessScore: '6', resolved: 'true' })).statusCode).toBe(201);
  });

  test('a tampered link gets 404, an expired one 410; as a page both are friendly', async () => {
    const { token } = await invitedContact();
    const tampered = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    expectError(await answer(tampered, { score: 8, timelinessScore: 8, resolved: true }), 404, 'survey_not_found');
    expect((await t.app.inject({ method: 'GET', url: `/enquete/${tampered}` })).body).toContain('Deze link werkt niet');
    expectError(await answer('kort', { score: 8, timelinessScore: 8, resolved: true }), 404, 'survey_not_found');
    const start = clock.now();
    clock.advance(31 * 24 * HOUR);
    expectError(await answer(token, { score: 8, timelinessScore: 8, resolved: true }), 410, 'survey_expired');
    const page = await t.app.inject({ method: 'GET', url: `/enquete/${token}` });
    expect(page.statusCode).toBe(410);
    expect(page.body).toContain('Deze enquête is gesloten');
    clock.set(new Date(start.getTime() + HOUR));
  });

  test('the plain form answers with a thanks page and shows mistakes with what was chosen', async () => {
    const { token } = await invitedContact();
    const headers = { 'content-type': 'application/x-www-form-urlencoded' };
    const wrong = await t.app.inject({ method: 'POST', url: `/api/public/surveys/${token}`, headers, payload: 'score=8&comment=Goed' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('Controleer wat u heeft ingevuld');
    expect(wrong.body).toMatch(/name="score" value="8" checked/);
    expect(wrong.body).toContain('>Goed</textarea>');
    const right = await t.app.inject({ method: 'POST', url: `/api/public/surveys/${token}`, headers, payload: 'score=8&timelinessScore=7&resolved=true&comment=Goed' });
    expect(right.statusCode).toBe(303);
    const thanks = await t.app.inject({ method: 'GET', url: String(right.headers.location) });
    expect(thanks.body).toContain('Bedankt voor uw antwoorden');
    const again = await t.app.inject({ method: 'POST', url: `/api/public/surveys/${token}`, headers, payload: 'score=2&timelinessScore=2&resolved=false' });
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('U heeft deze vragen al beantwoord');
  });
});

describe('a low mark', () => {
  async function followUpsFor(contactId: string) {
    return t.database.db.select().from(callbackRequests).where(eq(callbackRequests.contactId, contactId)).then((rows) => rows.filter((r) => r.kind === 'follow_up'));
  }

  test('with permission to contact becomes a follow-up in the team\'s inbox', async () => {
    const product = t.product('Paspoort en identiteitskaart');
    const { token, contact } = await invitedContact(product ? { productId: product.id } : {});
    expect((await answer(token, { score: 4, timelinessScore: 3, resolved: false, comment: 'Niemand wist het antwoord.', mayContact: true })).statusCode).toBe(201);
    const [followUp] = await followUpsFor(contact.id);
    expect(followUp).toMatchObject({ kind: 'follow_up', status: 'open', replyBy: 'phone', createdBy: null });
    expect(followUp!.question).toContain('gaf een 4 voor het contact');
    expect(followUp!.question).toContain('Niemand wist het antwoord.');
    const listed = (await t.call(DEMO.admin, 'GET', `/api/callback-requests/${followUp!.id}`)).json();
    expect(listed).toMatchObject({ kind: 'follow_up', kindLabel: 'Nabellen na enquête', reference: `NB-${followUp!.number}` });
    expect(listed.customer.name).toBe('Fatima El Amrani');
  });

  test('without permission, or with marks above the threshold (5), makes no follow-up', async () => {
    const quiet = await invitedContact();
    await answer(quiet.token, { score: 2, timelinessScore: 2, resolved: false, mayContact: false });
    expect(await followUpsFor(quiet.contact.id)).toHaveLength(0);
    const fine = await invitedContact();
    await answer(fine.token, { score: 6, timelinessScore: 6, resolved: true, mayContact: true });
    expect(await followUpsFor(fine.contact.id)).toHaveLength(0);
    const edge = await invitedContact();
    await answer(edge.token, { score: 8, timelinessScore: 5, resolved: true, mayContact: true });
    expect(await followUpsFor(edge.contact.id)).toHaveLength(1);
  });
});

describe('GET /api/survey-responses', () => {
  test('employees read the answers with the open answers, and each read is logged', async () => {
    const { token } = await invitedContact();
    await answer(token, { score: 7, timelinessScore: 6, resolved: true, comment: 'Duidelijke uitleg aan de telefoon.' });
    const today = '2027-01-01';
    const list = await t.call(DEMO.teamLead, 'GET', `/api/survey-responses?from=${today}&to=2027-12-31&withComment=true&limit=100`);
    expect(list.statusCode, list.body).toBe(200);
    // A team lead of Burgerzaken sees only answers about Burgerzaken.
    for (const item of list.json().items) expect(item.teamName).toBe('Burgerzaken');
    const all = (await t.call(DEMO.admin, 'GET', `/api/survey-responses?from=${today}&to=2027-12-31&withComment=true&limit=100`)).json();
    const item = all.items.find((i: { comment: string }) => i.comment === 'Duidelijke uitleg aan de telefoon.');
    expect(item).toMatchObject({ score: 7, timelinessScore: 6, resolved: true, source: 'survey' });
    const admin = await t.employee(DEMO.admin);
    const reads = await t.database.db.select().from(auditEvents).where(eq(auditEvents.actorId, admin.id));
    const read = reads.filter((r) => r.entityType === 'survey_response' && r.action === 'read_customer').at(-1)!;
    expect((read.detail as { comments: string[] }).comments).toContain(item.id);
    // Logged under the resident who wrote it, so their trail shows who read their words.
    const [invitation] = await t.database.db.select().from(surveyInvitations).where(eq(surveyInvitations.tokenHash, hashToken(token)));
    expect(read.customerIds).toContain(invitation!.customerId);
    const summary = (await t.call(DEMO.admin, 'GET', `/api/survey-responses/summary?from=${today}&to=2027-12-31`)).json();
    expect(summary.length).toBeGreaterThan(0);
    expectError(await t.call(DEMO.admin, 'GET', '/api/survey-responses?from=2027-12-31&to=2027-01-01'), 400, 'validation_failed');
    expectError(await t.call(DEMO.secondLine, 'GET', `/api/survey-responses?from=${today}&to=2027-12-31&teamId=${team.id}`), 403, 'forbidden');
  });
});

test('a completed callback request without e-mail invites nobody', async () => {
  const request = await createCallback(t, team.id);
  await t.call(DEMO.admin, 'POST', `/api/callback-requests/${request.id}/complete`, { outcome: 'Gebeld' });
  expect(await t.database.db.select().from(surveyInvitations).where(eq(surveyInvitations.callbackRequestId, request.id))).toHaveLength(0);
});
