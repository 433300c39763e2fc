// The register of outgoing communication through the API: texts with the B1 result of every
// version, the contact centre's review of bulk letters (the author who tries to approve, a
// version that changes after approval, a second reviewer), marking sent, the e-mail to the contact
// centre, bad input, and the two KPIs fed by the register.
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FixedClock } from '../../src/clock.js';
import { rowsOf } from '../../src/db/client.js';
import { auditEvents, outboxMessages } from '../../src/db/schema.js';
import { createTestApp, DEMO, type TestApp } from '../support/app.js';

// Tuesday 2 March 2027, 10:00 in Amsterdam: three working days later is Friday 5 March.
const clock = new FixedClock(new Date('2027-03-02T10:00:00+01:00'));
const SECOND_KCC = 'kcc-twee@dronten.demo';
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ clock });
  // A second contact-centre employee with the demo password, as the second reviewer.
  await t.database.db.execute(sql`
    insert into employees (name, email, roles, team_id, password_hash)
    select 'Kim de Vries', ${SECOND_KCC}, roles, team_id, password_hash from employees where email = ${DEMO.kcc}`);
});
afterAll(async () => t?.close());

const EASY = 'Beste inwoner,\n\nOp maandag 15 maart halen wij het grofvuil op in uw straat. Zet het grofvuil voor 7.30 uur aan de straat. Heeft u vragen? Bel ons op 14 0321.\n\nMet vriendelijke groet,\nGemeente Dronten';
const HARD =
  'Geachte heer, mevrouw,\n\nIndien u voornemens bent een aanvraag in te dienen teneinde een vergunning te verkrijgen, dient u zich middels het digitale loket tijdig aan te melden, waarna de aanvraag door de medewerkers van de afdeling in behandeling genomen zal worden conform de geldende regelgeving.';

interface Item {
  id: string;
  status: string;
  version: number;
  reviewRequired: boolean;
  reviewDueAt: string | null;
  approvedVersion: number | null;
  b1: { isB1: boolean; level: string; findings: { category: string; suggestion: string | null }[] };
  versions: { version: number; text: string; b1: { isB1: boolean } }[];
  reviews: { version: number; decision: string | null; decidedByName: string | null; requestedByName: string | null; comment: string | null; comments: { passage: string | null; comment: string }[]; dueAt: string }[];
}

async function create(as: string, body: Record<string, unknown>): Promise<Item> {
  const response = await t.call(as, 'POST', '/api/communications', { kind: 'letter', title: 'Brief over grofvuil', text: EASY, ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as Item;
}

async function get(id: string): Promise<Item> {
  const response = await t.call(DEMO.kcc, 'GET', `/api/communications/${id}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Item;
}

const post = (as: string, id: string, action: string, body: unknown = {}) => t.call(as, 'POST', `/api/communications/${id}/${action}`, body);

function expectError(response: { statusCode: number; json: () => unknown }, status: number, code: string) {
  expect(response.statusCode).toBe(status);
  const body = response.json() as { error: { code: string; message: string } };
  expect(body.error.code).toBe(code);
  expect(body.error.message).toMatch(/[a-z]/);
  return body.error.message;
}

describe('texts in the register', () => {
  test('a new text is a draft, version 1, with its B1 result; review is required for a bulk letter and from 20 recipients', async () => {
    const easy = await create(DEMO.secondLine, { recipients: 5 });
    expect(easy).toMatchObject({ status: 'draft', version: 1, reviewRequired: false });
    expect(easy.b1.isB1).toBe(true);
    expect(easy.versions).toHaveLength(1);

    const hard = await create(DEMO.secondLine, { kind: 'bulk_letter', title: 'Vergunningen', text: HARD });
    expect(hard.reviewRequired).toBe(true);
    expect(hard.b1.isB1).toBe(false);
    expect(hard.b1.findings.some((f) => f.suggestion !== null)).toBe(true);

    expect((await create(DEMO.secondLine, { recipients: 20 })).reviewRequired).toBe(true);
    expect((await create(DEMO.secondLine, { recipients: 19 })).reviewRequired).toBe(false);
  });

  test('bad input gets a Dutch message and nothing is stored', async () => {
    const before = rowsOf<{ n: number }>(await t.database.db.execute(sql`select count(*)::int as n from communications`))[0]!.n;
    for (const body of [{ kind: 'poster', title: 'x', text: 'y' }, { kind: 'letter', title: '', text: 'y' }, { kind: 'letter', title: 'x', text: '  ' }, { kind: 'letter', title: 'x', text: 'y', recipients: -1 }, { kind: 'letter', title: 'x', text: 'y', recipients: 2.5 }]) {
      const response = await t.call(DEMO.secondLine, 'POST', '/api/communications', body);
      expectError(response, 400, 'validation_failed');
    }
    expect(rowsOf<{ n: number }>(await t.database.db.execute(sql`select count(*)::int as n from communications`))[0]!.n).toBe(before);
    expect((await t.call(DEMO.kcc, 'GET', '/api/communications/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await t.call(null, 'GET', '/api/communications')).statusCode).toBe(401);
  });

  test('a letter for few recipients is marked sent without review; only its author does that, once', async () => {
    const item = await create(DEMO.secondLine, { recipients: 3 });
    expectError(await post(DEMO.kcc, item.id, 'mark-sent'), 403, 'forbidden');
    const sent = await post(DEMO.secondLine, item.id, 'mark-sent');
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toMatchObject({ status: 'sent', sentVersion: 1 });
    expectError(await post(DEMO.secondLine, item.id, 'mark-sent'), 409, 'already_sent');
    expectError(await post(DEMO.secondLine, item.id, 'versions', { text: EASY }), 409, 'already_sent');
  });
});

describe('the review of a bulk letter', () => {
  test('ask, changes requested with comments at passages, a new version, a second reviewer approves, a change after approval, sent', async () => {
    const letter = await create(DEMO.secondLine, { kind: 'bulk_letter', title: 'Nieuwe afvalkalender', recipients: 12_000, text: HARD });

    // Not without an approval.
    const early = expectError(await post(DEMO.secondLine, letter.id, 'mark-sent'), 409, 'review_required');
    expect(early).toContain('KCC');
    // Nobody reviews what was not offered.
    expectError(await post(DEMO.kcc, letter.id, 'review', { decision: 'approved' }), 409, 'no_review_requested');

    const mailsBefore = await t.database.db.select().from(outboxMessages).where(eq(outboxMessages.purpose, 'review_requested'));
    const asked = await post(DEMO.secondLine, letter.id, 'request-review');
    expect(asked.statusCode, asked.body).toBe(200);
    const requested = asked.json() as Item;
    expect(requested.status).toBe('review_requested');
    // Three working days: Friday 5 March 2027, end of the day in Amsterdam.
    expect(requested.reviewDueAt).toBe(new Date('2027-03-05T23:59:59.999+01:00').toISOString());
    expectError(await post(DEMO.secondLine, letter.id, 'request-review'), 409, 'review_open');
    // The contact centre gets an e-mail, one per contact-centre employee.
    const mails = await t.database.db.select().from(outboxMessages).where(eq(outboxMessages.purpose, 'review_requested'));
    const recipients = mails.slice(mailsBefore.length).map((m) => m.recipient).sort();
    expect(recipients).toContain(DEMO.kcc);
    expect(recipients).toContain(SECOND_KCC);
    expect(mails.at(-1)!.subject).toContain('Nieuwe afvalkalender');

    // The queue shows it, earliest deadline first.
    const queue = await t.call(DEMO.kcc, 'GET', '/api/communications?queue=true');
    expect(queue.statusCode, queue.body).toBe(200);
    expect((queue.json().items as { id: string }[]).map((i) => i.id)).toContain(letter.id);

    // Roles that may not review, and no comment with a request for changes.
    expectError(await post(DEMO.teamLead, letter.id, 'review', { decision: 'approved' }), 403, 'forbidden');
    expectError(await post(DEMO.secondLine, letter.id, 'review', { decision: 'approved' }), 403, 'forbidden');
    expectError(await post(DEMO.kcc, letter.id, 'review', { decision: 'changes_requested' }), 400, 'validation_failed');

    const changes = await post(DEMO.kcc, letter.id, 'review', {
      decision: 'changes_requested',
      comment: 'Maak de zinnen korter.',
      comments: [{ passage: 'teneinde', comment: 'Schrijf: om.' }, { passage: 'conform de geldende regelgeving', comment: 'Laat dit weg.' }],
    });
    expect(changes.statusCode, changes.body).toBe(200);
    expect(changes.json()).toMatchObject({ status: 'changes_requested', approvedVersion: null });
    expectError(await post(DEMO.secondLine, letter.id, 'mark-sent'), 409, 'review_required');

    const v2 = await post(DEMO.secondLine, letter.id, 'versions', { text: EASY });
    expect(v2.statusCode, v2.body).toBe(201);
    expect(v2.json()).toMatchObject({ version: 2, b1: { isB1: true } });
    expect((await get(letter.id)).status).toBe('draft');
    expect((await post(DEMO.secondLine, letter.id, 'request-review')).statusCode).toBe(200);
    const approved = await post(SECOND_KCC, letter.id, 'review', { decision: 'approved', comment: 'Duidelijk. Goedgekeurd.' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', approvedVersion: 2, reviewDueAt: null });

    // A change after the approval: the approval was about version 2.
    expect((await post(DEMO.secondLine, letter.id, 'versions', { text: `${EASY}\n\nPS: de kalender staat ook op de website.` })).statusCode).toBe(201);
    const stale = expectError(await post(DEMO.secondLine, letter.id, 'mark-sent'), 409, 'review_required');
    expect(stale).toContain('versie 2');
    expect((await post(DEMO.secondLine, letter.id, 'request-review')).statusCode).toBe(200);
    expect((await post(DEMO.kcc, letter.id, 'review', { decision: 'approved' })).statusCode).toBe(200);
    const sent = await post(DEMO.secondLine, letter.id, 'mark-sent');
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toMatchObject({ status: 'sent', sentVersion: 3, approvedVersion: 3 });

    // The whole history: who asked, who decided what on which version, the comments.
    const item = await get(letter.id);
    expect(item.versions.map((v) => v.version)).toEqual([3, 2, 1]);
    expect(item.reviews.map((r) => [r.version, r.decision])).toEqual([[1, 'changes_requested'], [2, 'approved'], [3, 'approved']]);
    expect(item.reviews[0]!.comments).toEqual([{ passage: 'teneinde', comment: 'Schrijf: om.' }, { passage: 'conform de geldende regelgeving', comment: 'Laat dit weg.' }]);
    expect(item.reviews[1]!.decidedByName).toBe('Kim de Vries');
    expect(item.reviews.every((r) => r.requestedByName !== null)).toBe(true);
    const audit = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.entityType, 'communication'), eq(auditEvents.entityId, letter.id)));
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'mark_sent', 'request_review', 'request_review', 'request_review', 'review', 'review', 'review', 'update', 'update'].sort());
  });

  test('a new version while the contact centre is reviewing: the request moves to it, and the approval covers what is sent', async () => {
    const letter = await create(DEMO.secondLine, { kind: 'bulk_letter', title: 'Brief tijdens controle', recipients: 90, text: HARD });
    expect((await post(DEMO.secondLine, letter.id, 'request-review')).statusCode).toBe(200);
    expect((await post(DEMO.secondLine, letter.id, 'versions', { text: EASY })).statusCode).toBe(201);
    const waiting = await get(letter.id);
    expect(waiting.status).toBe('review_requested');
    expect(waiting.reviews.map((r) => [r.version, r.decision])).toEqual([[2, null]]);
    expect((await post(DEMO.kcc, letter.id, 'review', { decision: 'approved' })).json()).toMatchObject({ status: 'approved', approvedVersion: 2 });
    expect((await post(DEMO.secondLine, letter.id, 'mark-sent')).json()).toMatchObject({ status: 'sent', sentVersion: 2 });
  });

  test('the author can never approve their own letter, not even as a contact-centre employee', async () => {
    const own = await create(DEMO.kcc, { kind: 'bulk_letter', title: 'Brief van het KCC', recipients: 500 });
    expect((await post(DEMO.kcc, own.id, 'request-review')).statusCode).toBe(200);
    const refused = expectError(await post(DEMO.kcc, own.id, 'review', { decision: 'approved' }), 403, 'forbidden');
    expect(refused).toContain('eigen tekst');
    expect((await post(SECOND_KCC, own.id, 'review', { decision: 'approved' })).statusCode).toBe(200);
  });
});

describe('the KPIs fed by the register', () => {
  test('B1 share and bulk letters checked count what was sent in the period, per team, as it was then', async () => {
    const kpis = async (query = '') => {
      const response = await t.call(DEMO.teamLead, 'GET', `/api/kpis?from=2027-03-01&to=2027-03-31${query}`);
      expect(response.statusCode, response.body).toBe(200);
      const all = response.json() as { id: string; numerator: number | null; denominator: number | null; scope: string }[];
      return { b1: all.find((k) => k.id === 'communication.b1_share')!, bulk: all.find((k) => k.id === 'communication.bulk_letters_checked')! };
    };
    const team = t.team('Burgerzaken').id;
    const before = await kpis();
    const beforeTeam = await kpis(`&teamId=${team}`);

    // Sent: one easy letter, one hard letter (both few recipients), and a bulk letter approved.
    const easy = await create(DEMO.secondLine, { recipients: 2, teamId: team });
    const hard = await create(DEMO.secondLine, { recipients: 2, text: HARD, teamId: team });
    const bulk = await create(DEMO.secondLine, { kind: 'bulk_letter', recipients: 800, teamId: team });
    // Not sent: does not count.
    await create(DEMO.secondLine, { recipients: 2, teamId: team });
    for (const item of [easy, hard]) expect((await post(DEMO.secondLine, item.id, 'mark-sent')).statusCode).toBe(200);
    expect((await post(DEMO.secondLine, bulk.id, 'request-review')).statusCode).toBe(200);
    expect((await post(DEMO.kcc, bulk.id, 'review', { decision: 'approved' })).statusCode).toBe(200);
    expect((await post(DEMO.secondLine, bulk.id, 'mark-sent')).statusCode).toBe(200);

    const after = await kpis();
    const afterTeam = await kpis(`&teamId=${team}`);
    const delta = (a: { numerator: number | null; denominator: number | null }, b: { numerator: number | null; denominator: number | null }) => [
      (a.numerator ?? 0) - (b.numerator ?? 0),
      (a.denominator ?? 0) - (b.denominator ?? 0),
    ];
    expect(delta(after.b1, before.b1)).toEqual([2, 3]);
    expect(delta(after.bulk, before.bulk)).toEqual([1, 1]);
    expect(delta(afterTeam.b1, beforeTeam.b1)).toEqual([2, 3]);
    expect(afterTeam.b1.scope).toBe('team');
    // The same as counting the rows.
    const [direct] = rowsOf<{ n: number; b1: number }>(
      await t.database.db.execute(sql`select count(*)::int as n, count(*) filter (where sent_is_b1)::int as b1 from communications
        where sent_at >= '2027-03-01T00:00:00+01:00' and sent_at < '2027-04-01T00:00:00+02:00'`),
    );
    expect([after.b1.numerator, after.b1.denominator]).toEqual([direct!.b1, direct!.n]);
    // A later version never changes what was counted: the easy letter stays at B1 as sent.
    expect((await post(DEMO.secondLine, easy.id, 'versions', { text: HARD })).statusCode).toBe(409);
    expect(delta(await kpis().then((k) => k.b1), after.b1)).toEqual([0, 0]);

    // The share per team for the register page agrees with the KPI.
    const share = await t.call(DEMO.secondLine, 'GET', '/api/communications/b1-share?from=2027-03-01&to=2027-03-31');
    expect(share.statusCode, share.body).toBe(200);
    const burgerzaken = (share.json().teams as { teamName: string; sent: number; atB1: number; share: number }[]).find((r) => r.teamName === 'Burgerzaken')!;
    expect([burgerzaken.atB1, burgerzaken.sent]).toEqual([afterTeam.b1.numerator, afterTeam.b1.denominator]);
    expect(burgerzaken.share).toBeCloseTo(burgerzaken.atB1 / burgerzaken.sent);
  });

  test('the register as CSV: a header, one line per text with the filters, text that looks like a formula made safe', async () => {
    const item = await create(DEMO.secondLine, { title: '=HYPERLINK("http://x")', recipients: 4 });
    const response = await t.call(DEMO.secondLine, 'GET', '/api/communications/export.csv?kind=letter');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const lines = response.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Titel;Soort;Team;Ontvangers;Standaardbrief;Schrijver;Status;Versie;Niveau;B1;Controle nodig;Verstuurd op;Laatst gewijzigd');
    const listed = await t.call(DEMO.secondLine, 'GET', '/api/communications?kind=letter&limit=100');
    expect(lines.length - 1).toBeGreaterThanOrEqual((listed.json().items as unknown[]).length);
    expect(lines.every((l, i) => i === 0 || l.includes(';Brief;'))).toBe(true);
    expect(lines.some((l) => l.startsWith(`"'=HYPERLINK(""http://x"")"`))).toBe(true);
    expect(item.id).toBeTruthy();
  });
});
