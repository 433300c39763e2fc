// Residents' reports of miscommunication (R1.1) and the status page (R3.5): the public API in JSON
// and as a plain form, every bad input named in the issue, idempotency, routing to the inbox, the
// confirmation mail over real SMTP, and what the status page shows (and does not).
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FixedClock } from '../../src/clock.js';
import { callbackRequests, outboxMessages } from '../../src/db/schema.js';
import { loadConfig } from '../../src/config.js';
import { createTestApp, DEMO, type TestApp, testConfig } from '../support/app.js';
import { createCallback, expectError, fieldsOf, UNKNOWN_ID } from '../support/http.js';
import { reportBody, submitReport, tokenOf } from '../support/residents.js';
import { type Mailbox, startMailbox } from '../support/smtp.js';

// Monday 1 March 2027, 10:00 in Amsterdam.
const clock = new FixedClock(new Date('2027-03-01T10:00:00+01:00'));
let t: TestApp;
let box: Mailbox;

const form = (fields: Record<string, string>) => ({
  body: new URLSearchParams(fields).toString(),
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
});

async function postForm(fields: Record<string, string>) {
  const { body, headers } = form(fields);
  return t.app.inject({ method: 'POST', url: '/api/public/reports', payload: body, headers });
}

async function reportsWithText(text: string) {
  return t.database.db.select().from(callbackRequests).where(eq(callbackRequests.question, text));
}

beforeAll(async () => {
  box = await startMailbox();
  t = await createTestApp({ clock, config: { publicFormLimitPerHour: 500, mail: { ...testConfig().mail, smtpUrl: box.url, publicBaseUrl: 'https://helder.dronten.example' } } });
});

afterAll(async () => {
  await t?.close();
  await box?.stop();
});

describe('POST /api/public/reports', () => {
  test('an anonymous report lands in the inbox of the communication team as a report, with a deadline in working days', async () => {
    const receipt = await submitReport(t, { category: 'not_called_back', description: 'Ik zou teruggebeld worden over mijn vergunning, maar niemand belde.' });
    expect(receipt.reference).toMatch(/^MC-\d+$/);
    expect(receipt.statusUrl).toMatch(/^https:\/\/helder\.dronten\.example\/status\/[A-Za-z0-9_-]{43}$/);
    const inbox = (await t.call(DEMO.admin, 'GET', `/api/callback-requests?kind=report&teamId=${t.team('Communicatie').id}&limit=100`)).json();
    const item = inbox.items.find((r: { reference: string }) => r.reference === receipt.reference);
    expect(item).toMatchObject({
      kind: 'report',
      kindLabel: 'Melding miscommunicatie',
      category: 'not_called_back',
      teamName: 'Communicatie',
      replyBy: 'none',
      createdBy: null,
      status: 'open',
      customer: { name: null, email: null, phone: null },
    });
    // Communicatie answers in 2 working days: Monday 1 March → end of Wednesday 3 March.
    expect(item.dueDate).toBe('2027-03-03');
    const detail = (await t.call(DEMO.admin, 'GET', `/api/callback-requests/${item.id}`)).json();
    expect(detail.history.map((h: { type: string; actor: unknown }) => [h.type, h.actor])).toEqual([['created', null]]);
    // Callback requests stay apart: the kind filter leaves the report out.
    const callbacks = (await t.call(DEMO.admin, 'GET', `/api/callback-requests?kind=callback&teamId=${t.team('Communicatie').id}&limit=100`)).json();
    expect(callbacks.items.map((r: { reference: string }) => r.reference)).not.toContain(receipt.reference);
  });

  test('with an e-mail address the resident gets a confirmation mail (text and HTML) with the status link', async () => {
    const before = box.mails.length;
    const receipt = await submitReport(t, { name: 'Anna de Wit', email: 'Anna.de.Wit@Example.nl', consent: true, teamId: t.team('Belastingen').id, occurredOn: '2027-02-26' });
    expect((await t.services.mailWorker.drain()).sent).toBeGreaterThanOrEqual(1);
    const mails = box.to('anna.de.wit@example.nl');
    expect(box.mails.length).toBe(before + 1);
    const mail = mails.at(-1)!;
    expect(mail.subject).toBe(`Wij hebben uw melding ontvangen (${receipt.reference})`);
    // The name typed on a public form is not repeated to the address typed there (it could be anyone's).
    expect(mail.text).toContain('Beste inwoner,');
    expect(mail.text).not.toContain('Anna de Wit');
    expect(mail.text).toContain(receipt.statusUrl);
    expect(mail.text).toContain('woensdag 3 maart 2027');
    expect(mail.html).toContain(`href="${receipt.statusUrl}"`);
    expect(mail.html).toContain('lang="nl"');
    expect(mail.from?.text).toContain('Gemeente Dronten');
    expect(mail.messageId).toMatch(/@helder\.helder\.dronten\.example>?$/);
    const [row] = await reportsWithText(reportBody().description as string).then((rows) => rows.filter((r) => r.aboutTeamId === t.team('Belastingen').id));
    expect(row).toMatchObject({ kind: 'report', replyBy: 'email', occurredOn: '2027-02-26', category: 'unclear_letter' });
  });

  test('personal data without consent, bad e-mail and phone numbers, and a wrong category get Dutch messages per field', async () => {
    const noConsent = await t.call(null, 'POST', '/api/public/reports', reportBody({ name: 'Piet', phone: '0612345678' }));
    expectError(noConsent, 400, 'validation_failed');
    expect(fieldsOf(noConsent).consent).toContain('toestemming');
    const bad = await t.call(null, 'POST', '/api/public/reports', reportBody({ category: 'slecht', email: 'piet@', phone: '12345', consent: true }));
    expectError(bad, 400, 'validation_failed');
    expect(Object.keys(fieldsOf(bad)).sort()).toEqual(['category', 'email', 'phone']);
    expect(fieldsOf(bad).email).toContain('naam@voorbeeld.nl');
    const short = await t.call(null, 'POST', '/api/public/reports', reportBody({ description: 'kort' }));
    expect(fieldsOf(short).description).toContain('minstens 10 tekens');
    const long = await t.call(null, 'POST', '/api/public/reports', reportBody({ description: 'a'.repeat(4001) }));
    expect(fieldsOf(long).description).toContain('4000');
    expectError(await t.call(null, 'POST', '/api/public/reports', reportBody({ occurredOn: '2027-03-02' })), 400, 'validation_failed');
    expectError(await t.call(null, 'POST', '/api/public/reports', reportBody({ occurredOn: '2027-02-30' })), 400, 'validation_failed');
    expectError(await t.call(null, 'POST', '/api/public/reports', reportBody({ teamId: UNKNOWN_ID })), 400, 'validation_failed');
    expectError(await t.call(null, 'POST', '/api/public/reports', reportBody({ teamId: 'team' })), 400, 'validation_failed');
  });

  test('a request over the size limit is refused whole, in Dutch', async () => {
    const response = await t.call(null, 'POST', '/api/public/reports', reportBody({ description: 'x'.repeat(40 * 1024) }));
    expectError(response, 413, 'too_large');
  });

  test('a filled-in honeypot field creates nothing', async () => {
    const text = 'Robottekst die nergens terecht mag komen, echt niet.';
    const response = await t.call(null, 'POST', '/api/public/reports', reportBody({ description: text, website: 'http://spam.example' }));
    expectError(response, 400, 'validation_failed');
    expect(Object.keys(fieldsOf(response))).toEqual(['website']);
    expect(await reportsWithText(text)).toHaveLength(0);
  });

  test('the same Idempotency-Key twice creates one report and answers the same twice', async () => {
    const text = 'Ik kreeg van twee medewerkers een ander antwoord over de parkeervergunning.';
    const headers = { 'idempotency-key': `melding-${Date.now()}` };
    const first = await submitReport(t, { category: 'conflicting_answers', description: text, email: 'dubbel@example.nl', consent: true }, headers);
    const second = await submitReport(t, { category: 'conflicting_answers', description: text, email: 'dubbel@example.nl', consent: true }, headers);
    expect(second).toEqual(first);
    expect(await reportsWithText(text)).toHaveLength(1);
    const mails = await t.database.db.select().from(outboxMessages).where(eq(outboxMessages.recipient, 'dubbel@example.nl'));
    expect(mails).toHaveLength(1);
    expectError(await t.call(null, 'POST', '/api/public/reports', reportBody(), { 'idempotency-key': 'kort' }), 400, 'invalid_idempotency_key');
  });

  test('the plain form: a resubmitted form creates one report and both answers lead to the same status page', async () => {
    const text = 'Aan de balie werd ik niet vriendelijk geholpen, en dat vond ik vervelend.';
    const fields = { category: 'treatment', description: text, teamId: '', occurredOn: '', name: '', email: '', phone: '', formToken: `form-${Date.now()}-abc` };
    const first = await postForm(fields);
    const second = await postForm(fields);
    expect(first.statusCode).toBe(303);
    expect(second.statusCode).toBe(303);
    expect(first.headers.location).toMatch(/^\/status\/[A-Za-z0-9_-]{43}\?nieuw=1$/);
    expect(second.headers.location).toBe(first.headers.location);
    expect(await reportsWithText(text)).toHaveLength(1);
    const page = await t.app.inject({ method: 'GET', url: String(first.headers.location) });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Bedankt, wij hebben uw melding ontvangen');
    expect(page.body).toMatch(/MC-\d+/);
  });

  test('the plain form with mistakes comes back with the messages and everything the resident typed', async () => {
    const response = await postForm({ category: 'other', description: 'Te kort', email: 'anna@voorbeeld', phone: '06 1234', name: 'Anna <b>', formToken: 'form-keep-12345' });
    expect(response.statusCode).toBe(400);
    expect(String(response.headers['content-type'])).toContain('text/html');
    expect(response.body).toContain('Controleer wat u heeft ingevuld');
    expect(response.body).toContain('value="anna@voorbeeld"');
    expect(response.body).toContain('value="06 1234"');
    expect(response.body).toContain('value="Anna &lt;b&gt;"');
    expect(response.body).toContain('>Te kort</textarea>');
    expect(response.body).toMatch(/value="other" checked/);
    expect(response.body).toContain('value="form-keep-12345"');
    expect(response.body).toContain('Dit is geen geldig e-mailadres');
  });
});

describe('rate limits on the public forms', () => {
  test('after the hourly limit an address gets 429 with a Dutch message, as JSON or as a page', async () => {
    const limited = await createTestApp({ clock, config: { publicFormLimitPerHour: 2 } });
    try {
      for (let i = 0; i < 2; i++) expect((await limited.call(null, 'POST', '/api/public/reports', reportBody())).statusCode).toBe(201);
      expectError(await limited.call(null, 'POST', '/api/public/reports', reportBody()), 429, 'rate_limited');
      const page = await limited.app.inject({ method: 'POST', url: '/api/public/reports', ...form({ category: 'other', description: 'Nog een melding van mij.' }) });
      expect(page.statusCode).toBe(429);
      expect(String(page.headers['content-type'])).toContain('text/html');
      expect(page.body).toContain('U heeft het te vaak geprobeerd');
      // Another address is not affected.
      const other = await limited.app.inject({ method: 'POST', url: '/api/public/reports', payload: reportBody(), remoteAddress: '10.1.2.3' });
      expect(other.statusCode).toBe(201);
    } finally {
      await limited.close();
    }
  });
});

describe('GET /api/public/status/:token', () => {
  test('shows state, deadline and interim reply, and no personal data beyond what the resident gave', async () => {
    const receipt = await submitReport(t, { description: 'Mijn brief over de bijstand was te ingewikkeld.', name: 'Karin Bos', email: 'karin@example.nl', consent: true });
    const token = tokenOf(receipt.statusUrl);
    const open = await t.call(null, 'GET', `/api/public/status/${token}`);
    expect(open.statusCode).toBe(200);
    expect(open.json()).toMatchObject({ reference: receipt.reference, status: 'open', statusLabel: 'Ontvangen', dueDate: '2027-03-03', late: false, answerChannel: 'email', interimReply: null, teamName: 'Communicatie' });
    expect(open.body).not.toContain('karin@example.nl');
    expect(open.body).not.toContain('Karin');

    const [row] = await reportsWithText('Mijn brief over de bijstand was te ingewikkeld.');
    const interim = await t.call(DEMO.admin, 'POST', `/api/callback-requests/${row!.id}/interim-reply`, { message: 'Wij zoeken het uit met team Werk en Inkomen.', expectedBy: '2027-03-10' });
    expect(interim.statusCode, interim.body).toBe(200);
    const later = (await t.call(null, 'GET', `/api/public/status/${token}`)).json();
    expect(later).toMatchObject({ status: 'in_progress', statusLabel: 'In behandeling', interimReply: { message: 'Wij zoeken het uit met team Werk en Inkomen.', expectedBy: '2027-03-10' } });
    const page = await t.app.inject({ method: 'GET', url: `/status/${token}` });
    expect(page.body).toContain('Wij zoeken het uit met team Werk en Inkomen.');
    expect(page.body).toContain('woensdag 10 maart 2027');
    // The interim reply also went out by mail, since the answer comes by e-mail.
    await t.services.mailWorker.drain();
    expect(box.to('karin@example.nl').map((m) => m.subject).sort()).toEqual([
      `Uw vraag aan de gemeente (${receipt.reference}): wij hebben meer tijd nodig`,
      `Wij hebben uw melding ontvangen (${receipt.reference})`,
    ]);
    await t.call(DEMO.admin, 'POST', `/api/callback-requests/${row!.id}/complete`, { outcome: 'Uitgelegd en excuses gemaakt.' });
    const done = (await t.call(null, 'GET', `/api/public/status/${token}`)).json();
    expect(done).toMatchObject({ status: 'done', statusLabel: 'Afgehandeld', completedOn: '1 maart 2027' });
    expect(JSON.stringify(done)).not.toContain('excuses');
  });

  test('a callback request registered by the contact centre mails the resident a status link too', async () => {
    const request = await createCallback(t, t.team('Belastingen').id, { replyBy: 'email', customer: { name: 'Omar Said', email: 'omar@example.nl' } });
    await t.services.mailWorker.drain();
    const mail = box.to('omar@example.nl').at(-1)!;
    expect(mail.subject).toBe(`Wij hebben uw vraag ontvangen (${request.reference})`);
    const link = /https:\/\/helder\.dronten\.example\/status\/[A-Za-z0-9_-]{43}/.exec(mail.text ?? '')![0];
    const status = (await t.call(null, 'GET', `/api/public/status/${tokenOf(link)}`)).json();
    expect(status).toMatchObject({ reference: request.reference, kind: 'callback', teamName: 'Belastingen', description: null });
    // Without an e-mail address there is nobody to mail and no link.
    const byPhone = await createCallback(t, t.team('Belastingen').id);
    const [row] = await t.database.db.select().from(callbackRequests).where(eq(callbackRequests.id, byPhone.id));
    expect(row!.statusTokenHash).toBeNull();
  });

  test('a tampered or unknown link gets 404, an expired one 410, both in Dutch, as JSON and as a page', async () => {
    const receipt = await submitReport(t);
    const token = tokenOf(receipt.statusUrl);
    const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    expectError(await t.call(null, 'GET', `/api/public/status/${tampered}`), 404, 'link_not_found');
    expectError(await t.call(null, 'GET', '/api/public/status/kort'), 404, 'link_not_found');
    expectError(await t.call(null, 'GET', `/api/public/status/${'x'.repeat(101)}`), 400, 'validation_failed');
    const page = await t.app.inject({ method: 'GET', url: `/status/${tampered}` });
    expect(page.statusCode).toBe(404);
    expect(page.body).toContain('Deze link werkt niet');

    const expiring = new FixedClock(new Date('2027-03-01T10:00:00+01:00'));
    const other = await createTestApp({ clock: expiring });
    try {
      const old = (await other.call(null, 'POST', '/api/public/reports', reportBody())).json();
      expiring.advance(91 * 86400_000);
      expectError(await other.call(null, 'GET', `/api/public/status/${tokenOf(old.statusUrl)}`), 410, 'link_expired');
      const expiredPage = await other.app.inject({ method: 'GET', url: `/status/${tokenOf(old.statusUrl)}` });
      expect(expiredPage.statusCode).toBe(410);
      expect(expiredPage.body).toContain('Deze link werkt niet meer');
    } finally {
      await other.close();
    }
  });
});

describe('GET /melding', () => {
  test('the form lists the active teams, a fresh form token and a honeypot hidden from people', async () => {
    const first = await t.app.inject({ method: 'GET', url: '/melding' });
    const second = await t.app.inject({ method: 'GET', url: '/melding' });
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain('<option value="" selected>Weet ik niet</option>');
    expect(first.body).toContain(`<option value="${t.team('Belastingen').id}">Belastingen</option>`);
    const token = (html: string) => /name="formToken" value="([^"]+)"/.exec(html)![1];
    expect(token(first.body)).not.toBe(token(second.body));
    expect(first.body).toMatch(/class="helder-honeypot" aria-hidden="true"/);
    const teams = (await t.call(null, 'GET', '/api/public/teams')).json() as { id: string; name: string }[];
    expect(teams.map((x) => x.name)).toContain('Communicatie');
    expect(Object.keys(teams[0]!)).toEqual(['id', 'name']);
  });
});

describe('the retention term on the public forms', () => {
  test('is the configured RETENTION_CASE_DAYS, on the form and on the form shown again', async () => {
    const { retention } = loadConfig({ NODE_ENV: 'test', RETENTION_CASE_DAYS: '548' });
    expect(retention.caseDays).toBe(548);
    const other = await createTestApp({ clock, config: { retention } });
    try {
      const page = await other.app.inject({ method: 'GET', url: '/melding' });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('18 maanden nadat uw melding is afgehandeld');
      expect(page.body).not.toContain('2 jaar nadat');
      const again = await other.app.inject({ method: 'POST', url: '/api/public/reports', ...form({ category: 'other', description: '' }) });
      expect(again.statusCode).toBe(400);
      expect(again.body).toContain('18 maanden nadat uw melding is afgehandeld');
    } finally {
      await other.close();
    }
    // The default term (2 years) where nothing is configured.
    expect((await t.app.inject({ method: 'GET', url: '/melding' })).body).toContain('2 jaar nadat uw melding is afgehandeld');
  });
});

describe('KPIs', () => {
  test('a report counts for "reports answered on time" and not for "callback requests late"', async () => {
    const kpis = async () => {
      const figures = (await t.call(DEMO.admin, 'GET', '/api/kpis?from=2027-01-01&to=2027-12-31')).json() as { id: string; numerator: number | null; denominator: number | null }[];
      return Object.fromEntries(figures.map((f) => [f.id, f]));
    };
    const before = await kpis();
    await submitReport(t, { category: 'other', description: 'Een melding die voor de cijfers telt.' });
    const after = await kpis();
    expect(after['reports.on_time_share']!.denominator).toBe((before['reports.on_time_share']!.denominator ?? 0) + 1);
    expect(after['reports.on_time_share']!.numerator).toBe((before['reports.on_time_share']!.numerator ?? 0) + 1);
    expect(after['callbacks.late_share']!.denominator).toBe(before['callbacks.late_share']!.denominator);
    const categories = (await t.call(DEMO.admin, 'GET', '/api/kpis/report-categories?from=2027-01-01&to=2027-12-31')).json() as { quarter: string; category: string; count: number }[];
    const other = categories.find((c) => c.quarter === '2027-Q1' && c.category === 'other');
    expect(other?.count).toBeGreaterThanOrEqual(1);
    expect(categories.every((c) => /^\d{4}-Q[1-4]$/.test(c.quarter))).toBe(true);
  });
});

describe('the plain forms from a browser', () => {
  test('pages send a referrer policy that keeps the Origin of a form post, and only our own origin is accepted', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/melding' });
    expect(page.headers['referrer-policy']).toBe('same-origin');
    const fields = { category: 'other', description: 'Een melding vanaf onze eigen pagina.' };
    const own = await t.app.inject({ method: 'POST', url: '/api/public/reports', ...form(fields), headers: { ...form(fields).headers, origin: 'http://localhost:3100', host: 'localhost:3100' } });
    expect(own.statusCode).toBe(303);
    const foreign = await t.app.inject({ method: 'POST', url: '/api/public/reports', ...form(fields), headers: { ...form(fields).headers, origin: 'https://kwaadwillend.example', host: 'localhost:3100' } });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.body).toContain('andere website');
  });
});
