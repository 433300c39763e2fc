// The press inbox (issue 14, R5.3) with real mail parts: Dovecot as the press mailbox (IMAP),
// Helder's own SMTP receiver for forwarded mail, and an SMTP server that receives the answers.
// A mail becomes a question once, replies join it, attachments are kept, a crash between storing
// and marking loses nothing; only team Communicatie and administrators read it; the answer's
// administrator check blocks sending until approved; answers go out threaded from the press address.
import { sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FixedClock } from '../../src/clock.js';
import { rowsOf } from '../../src/db/client.js';
import { PressImapPoller } from '../../src/press/imap.js';
import { createTestApp, DEMO, testConfig, type TestApp } from '../support/app.js';
import { type ImapServer, startImapServer } from '../support/imap.js';
import { type Mailbox, startMailbox } from '../support/smtp.js';

const PRESS = 'communicatie@dronten.demo';
const PRESS_ADDRESS = 'pers@dronten.demo';
// Wednesday 4 March 2026, 10:00 in Amsterdam: in the past, because an IMAP server keeps no arrival
// time in the future (APPEND with a later date gets now).
const clock = new FixedClock(new Date('2026-03-04T10:00:00+01:00'));
let t: TestApp;
let imap: ImapServer;
let outgoing: Mailbox;
let smtpPort: number;

beforeAll(async () => {
  [imap, outgoing] = await Promise.all([startImapServer(PRESS_ADDRESS), startMailbox()]);
  const base = testConfig();
  t = await createTestApp({
    clock,
    config: {
      // The clock moves a week on in the KPI test; the sessions stay.
      sessionHours: 24 * 30,
      mail: { ...base.mail, smtpUrl: outgoing.url },
      press: { ...base.press, address: PRESS_ADDRESS, imapUrl: imap.url, inboundSmtpPort: 0, inboundSmtpHost: '127.0.0.1' },
    },
  });
  smtpPort = (await t.services.pressSmtp.start())!;
});
afterAll(async () => {
  await t?.services.pressSmtp.stop();
  await t?.close();
  await Promise.all([imap?.stop(), outgoing?.stop()]);
});

function mail(options: { id: string; subject: string; body: string; from?: string; inReplyTo?: string; attachment?: { name: string; content: string } }) {
  const from = options.from ?? '"Joost Hendriks" <joost@flevopost.nl>';
  const headers = [
    `From: ${from}`,
    `To: ${PRESS_ADDRESS}`,
    `Subject: ${options.subject}`,
    `Message-ID: ${options.id}`,
    'Date: Mon, 02 Mar 2026 09:00:00 +0100',
    'MIME-Version: 1.0',
    ...(options.inReplyTo ? [`In-Reply-To: ${options.inReplyTo}`, `References: ${options.inReplyTo}`] : []),
  ];
  if (!options.attachment) return [...headers, 'Content-Type: text/plain; charset=utf-8', '', options.body, ''].join('\r\n');
  return [
    ...headers,
    'Content-Type: multipart/mixed; boundary="grens"',
    '',
    '--grens',
    'Content-Type: text/plain; charset=utf-8',
    '',
    options.body,
    '--grens',
    `Content-Type: application/pdf; name="${options.attachment.name}"`,
    `Content-Disposition: attachment; filename="${options.attachment.name}"`,
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from(options.attachment.content).toString('base64'),
    '--grens--',
    '',
  ].join('\r\n');
}

interface Question {
  id: string;
  reference: string;
  subject: string;
  status: string;
  answerStatus: string;
  needsAdministratorCheck: boolean;
  receivedAt: string;
  dueAt: string;
  deadlineState: string;
  assignee: { id: string; name: string } | null;
  assigneeColour: number | null;
  messageCount: number;
  journalist: { name: string | null; email: string | null };
  thread: { direction: string; messageId: string; inReplyTo: string | null; subject: string; text: string; attachments: { id: string; filename: string; size: number }[] }[];
  notes: { text: string; actorName: string | null }[];
  inputRequests: { id: string; reference: string; teamName: string; status: string }[];
  history: { type: string; label: string }[];
  can: { approve: boolean; send: boolean };
}

async function list(query = '') {
  const response = await t.call(PRESS, 'GET', `/api/press-questions${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: Question[]; nextCursor: string | null; counts: { open: number; dueToday: number; overdue: number; awaitingCheck: number } };
}

async function get(id: string, as = PRESS): Promise<Question> {
  const response = await t.call(as, 'GET', `/api/press-questions/${id}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Question;
}

const post = (as: string, id: string, action: string, body?: unknown) => t.call(as, 'POST', `/api/press-questions/${id}/${action}`, body);

async function bySubject(subject: string) {
  return (await list()).items.find((q) => q.subject === subject);
}

describe('mail in: the press mailbox over IMAP', () => {
  test('a mail becomes a question once, with its attachment and a deadline of two working days from arrival', async () => {
    // Arrived Monday 2 March 09:00: due two working days later, Wednesday 4 March.
    await imap.deliver(mail({ id: '<vraag-1@flevopost.nl>', subject: 'Vraag over de nieuwe wijk', body: 'Hoeveel woningen komen er?', attachment: { name: 'kaart.pdf', content: '%PDF-1.4 kaart' } }), new Date('2026-03-02T09:00:00+01:00'));
    const first = await t.services.pressImap.poll();
    expect(first).toMatchObject({ seen: 1, created: 1 });
    // Marked in the mailbox only after it was stored; a second poll finds nothing new.
    expect([...(await imap.flags()).values()].every((f) => f.includes('$HelderStored'))).toBe(true);
    expect(await t.services.pressImap.poll()).toMatchObject({ seen: 0 });
    // With several instances one polls at a time: the lease press_imap.
    const other = new PressImapPoller(t.services.press, { ...testConfig().press, imapUrl: imap.url }, () => {}, { db: t.database.db, holder: 'another-instance' });
    expect(await t.services.pressImap.pollIfLeader()).toMatchObject({ seen: 0 });
    expect(await other.pollIfLeader()).toBeNull();

    const question = (await bySubject('Vraag over de nieuwe wijk'))!;
    expect(question.reference).toMatch(/^PV-\d+$/);
    expect(question.receivedAt).toBe(new Date('2026-03-02T08:00:00Z').toISOString());
    expect(question.dueAt.slice(0, 10)).toBe('2026-03-04');
    expect(question.deadlineState).toBe('due_today');
    expect(question.journalist).toEqual({ name: 'Joost Hendriks', email: 'joost@flevopost.nl' });
    const detail = await get(question.id);
    expect(detail.thread).toHaveLength(1);
    expect(detail.thread[0]!.text).toBe('Hoeveel woningen komen er?');
    expect(detail.thread[0]!.attachments).toMatchObject([{ filename: 'kaart.pdf', size: 14 }]);
    const download = await t.call(PRESS, 'GET', `/api/press-questions/${question.id}/attachments/${detail.thread[0]!.attachments[0]!.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.body).toBe('%PDF-1.4 kaart');
    expect(download.headers['content-disposition']).toMatch(/^attachment;/);
  });

  test('a reply of the journalist joins the question; the same mail delivered again is stored once', async () => {
    await imap.deliver(mail({ id: '<vraag-1-b@flevopost.nl>', subject: 'Re: Vraag over de nieuwe wijk', body: 'En hoeveel sociale huur?', inReplyTo: '<vraag-1@flevopost.nl>' }), new Date('2026-03-03T12:00:00+01:00'));
    await imap.deliver(mail({ id: '<vraag-1@flevopost.nl>', subject: 'Vraag over de nieuwe wijk', body: 'Hoeveel woningen komen er?' }), new Date('2026-03-03T12:05:00+01:00'));
    expect(await t.services.pressImap.poll()).toMatchObject({ seen: 2, joined: 1, duplicates: 1, created: 0 });
    const question = (await bySubject('Vraag over de nieuwe wijk'))!;
    expect(question.messageCount).toBe(2);
    expect((await get(question.id)).history.map((h) => h.type)).toContain('mail_received');
  });

  test('a crash between storing and marking: the mail is read again and found stored, nothing twice', async () => {
    const raw = mail({ id: '<vraag-2@omroepflevoland.nl>', subject: 'Interview wethouder', body: 'Kan de wethouder morgen reageren?', from: 'redactie@omroepflevoland.nl' });
    await imap.deliver(raw, new Date('2026-03-04T09:30:00+01:00'));
    // Stored (committed), then the process died before the flag was set.
    expect((await t.services.press.ingest(Buffer.from(raw.replace(/\r?\n/g, '\r\n')), 'imap')).outcome).toBe('created');
    expect(await t.services.pressImap.poll()).toMatchObject({ seen: 1, duplicates: 1, created: 0 });
    const count = rowsOf<{ n: number }>(await t.database.db.execute(sql`select count(*)::int as n from press_messages where message_id = '<vraag-2@omroepflevoland.nl>'`));
    expect(count[0]!.n).toBe(1);
  });
});

describe('mail in: forwarded over SMTP', () => {
  test('a forwarded mail is acknowledged after it is stored; mail for another address is refused', async () => {
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true });
    const info = await transport.sendMail({ from: 'Fleur Bos <fleur@destentor.nl>', to: PRESS_ADDRESS, subject: 'Vraag over de begroting', text: 'Klopt het tekort van 2 miljoen?', messageId: '<vraag-3@destentor.nl>' });
    expect(info.accepted).toEqual([PRESS_ADDRESS]);
    expect((await bySubject('Vraag over de begroting'))?.journalist.email).toBe('fleur@destentor.nl');
    await expect(transport.sendMail({ from: 'x@y.nl', to: 'burgemeester@dronten.demo', subject: 'x', text: 'x' })).rejects.toThrow(/550/);
    transport.close();
  });
});

describe('who reads the press inbox', () => {
  test('team Communicatie and administrators; the contact centre and other teams get 403', async () => {
    for (const as of [DEMO.kcc, DEMO.secondLine, DEMO.teamLead, DEMO.editor]) {
      expect((await t.call(as, 'GET', '/api/press-questions')).statusCode, as).toBe(403);
    }
    expect((await t.call(DEMO.admin, 'GET', '/api/press-questions')).statusCode).toBe(200);
    const question = (await bySubject('Vraag over de begroting'))!;
    expect((await t.call(DEMO.secondLine, 'GET', `/api/press-questions/${question.id}`)).statusCode).toBe(403);
    // Nor through the general request inbox.
    const inbox = await t.call(DEMO.admin, 'GET', '/api/callback-requests?limit=100');
    expect((inbox.json() as { items: { id: string }[] }).items.some((r) => r.id === question.id)).toBe(false);
    expect((await t.call(DEMO.secondLine, 'GET', `/api/callback-requests/${question.id}`)).statusCode).toBe(404);
  });
});

describe('answering', () => {
  test('assign, note, ask a department, draft for the administrator\'s check, approve, send threaded', async () => {
    const question = (await bySubject('Vraag over de nieuwe wijk'))!;
    const me = rowsOf<{ id: string }>(await t.database.db.execute(sql`select id from employees where email = ${PRESS}`))[0]!.id;

    let detail = (await post(PRESS, question.id, 'assign', { assigneeId: me })).json() as Question;
    expect(detail.assignee?.id).toBe(me);
    expect(detail.assigneeColour).toBeGreaterThanOrEqual(0);
    expect(detail.status).toBe('in_progress');
    // A colleague of another team cannot handle press questions.
    const other = rowsOf<{ id: string }>(await t.database.db.execute(sql`select id from employees where email = ${DEMO.secondLine}`))[0]!.id;
    expect((await post(PRESS, question.id, 'assign', { assigneeId: other })).statusCode).toBe(400);

    expect((await post(PRESS, question.id, 'notes', { text: 'Wethouder Wonen wil dit zelf zien.' })).statusCode).toBe(200);
    const input = await post(PRESS, question.id, 'input-requests', { teamId: t.team('Burgerzaken').id, question: 'Hoeveel aanvragen kwamen er binnen?', workingDays: 1 });
    expect(input.statusCode, input.body).toBe(200);
    detail = input.json() as Question;
    expect(detail.notes.map((n) => n.text)).toEqual(['Wethouder Wonen wil dit zelf zien.']);
    expect(detail.inputRequests).toMatchObject([{ teamName: 'Burgerzaken', status: 'open' }]);
    // The department sees the task in its own inbox, without the journalist's details.
    const task = await t.call(DEMO.secondLine, 'GET', `/api/callback-requests/${detail.inputRequests[0]!.id}`);
    expect(task.statusCode).toBe(200);
    expect(task.body).not.toContain('flevopost');

    const empty = await post(PRESS, question.id, 'answer', { text: '  ', needsAdministratorCheck: true });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields[0].message).toBe('Schrijf het antwoord.');
    detail = (await post(PRESS, question.id, 'answer', { text: 'Er komen 450 woningen.\n\nDaarvan is 30% sociale huur.', needsAdministratorCheck: true })).json() as Question;
    expect(detail.answerStatus).toBe('check_requested');
    expect(detail.can).toEqual({ approve: false, send: false });

    const blocked = await post(PRESS, question.id, 'send');
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().error.code).toBe('check_required');
    // A member of the team cannot record the check; an administrator can.
    expect((await post(PRESS, question.id, 'approve')).statusCode).toBe(403);
    expect((await post(DEMO.admin, question.id, 'request-changes', { comment: 'Noem ook het aantal koopwoningen.' })).statusCode).toBe(200);
    expect((await post(PRESS, question.id, 'send')).statusCode).toBe(409);
    await post(PRESS, question.id, 'answer', { text: 'Er komen 450 woningen.\n\nDaarvan is 30% sociale huur en 70% koop.', needsAdministratorCheck: true });
    detail = (await post(DEMO.admin, question.id, 'approve')).json() as Question;
    expect(detail.answerStatus).toBe('approved');

    const sent = await post(PRESS, question.id, 'send');
    expect(sent.statusCode, sent.body).toBe(200);
    detail = sent.json() as Question;
    expect(detail).toMatchObject({ status: 'done', answerStatus: 'sent' });
    const out = detail.thread.at(-1)!;
    expect(out.direction).toBe('out');
    // In reply to the journalist's last mail.
    expect(out.inReplyTo).toBe('<vraag-1-b@flevopost.nl>');
    expect(detail.history.map((h) => h.type)).toEqual(expect.arrayContaining(['assigned', 'note', 'input_requested', 'check_requested', 'changes_requested', 'approved', 'answer_sent']));

    await t.services.mailWorker.drain();
    const received = outgoing.to('joost@flevopost.nl').at(-1)!;
    expect(received.inReplyTo).toBe('<vraag-1-b@flevopost.nl>');
    expect(received.messageId).toBe(out.messageId);
    expect(received.from?.value[0]?.address).toBe(PRESS_ADDRESS);
    expect(received.subject).toBe('Re: Vraag over de nieuwe wijk');
    expect(received.text).toContain('70% koop');
    expect((await post(PRESS, question.id, 'notes', { text: 'nog iets' })).statusCode).toBe(409);
  });

  test('an answer without the check is sent at once; the interim reply says when the answer comes', async () => {
    const question = (await bySubject('Vraag over de begroting'))!;
    const past = await post(PRESS, question.id, 'interim-reply', { text: 'Wij zoeken het uit.', expectedBy: '2026-03-02' });
    expect(past.statusCode).toBe(400);
    const interim = await post(PRESS, question.id, 'interim-reply', { text: 'Wij zoeken het uit. U krijgt vrijdag antwoord.', expectedBy: '2026-03-06' });
    expect(interim.statusCode, interim.body).toBe(200);
    expect((interim.json() as Question).deadlineState).toBe('on_time');
    await t.services.mailWorker.drain();
    const reply = outgoing.to('fleur@destentor.nl').at(-1)!;
    expect(reply.inReplyTo).toBe('<vraag-3@destentor.nl>');
    expect(reply.text).toContain('vrijdag 6 maart 2026');

    await post(PRESS, question.id, 'answer', { text: 'Het tekort is 1,8 miljoen euro.', needsAdministratorCheck: false });
    expect((await post(PRESS, question.id, 'send')).statusCode).toBe(200);
  });

  test('a mail that is no question is set aside and counts nowhere', async () => {
    const question = (await bySubject('Interview wethouder'))!;
    const dismissed = await post(PRESS, question.id, 'dismiss', { reason: 'Uitnodiging, geen vraag.' });
    expect(dismissed.statusCode).toBe(200);
    expect((await list('?status=open,in_progress')).items.some((q) => q.id === question.id)).toBe(false);
  });
});

describe('the KPI press.answered_in_time_share', () => {
  test('counts the questions that arrived in the period, answered or given an interim reply in time', async () => {
    const response = await t.call(DEMO.admin, 'GET', '/api/kpis?from=2026-03-01&to=2026-03-31');
    expect(response.statusCode).toBe(200);
    const kpi = (response.json() as { id: string; numerator: number; denominator: number; value: number }[]).find((k) => k.id === 'press.answered_in_time_share')!;
    // Two questions (one answered on its due day, one with an interim reply in time); the dismissed one is left out.
    expect(kpi).toMatchObject({ numerator: 2, denominator: 2, value: 1 });

    // A question answered after its deadline counts as not in time.
    clock.set('2026-03-11T10:00:00+01:00');
    await imap.deliver(mail({ id: '<vraag-4@nos.nl>', subject: 'Vraag over de brug', body: 'Wanneer gaat de brug open?', from: 'nieuws@nos.nl' }), new Date('2026-03-05T09:00:00+01:00'));
    await t.services.pressImap.poll();
    const late = (await bySubject('Vraag over de brug'))!;
    expect(late.deadlineState).toBe('overdue');
    await post(PRESS, late.id, 'answer', { text: 'In mei.', needsAdministratorCheck: false });
    await post(PRESS, late.id, 'send');
    const after = (await t.call(DEMO.admin, 'GET', '/api/kpis?from=2026-03-01&to=2026-03-31')).json() as { id: string; numerator: number; denominator: number }[];
    expect(after.find((k) => k.id === 'press.answered_in_time_share')).toMatchObject({ numerator: 2, denominator: 3 });
  });
});

describe('the journalist\'s rights (AVG art. 15)', () => {
  test('the export holds every mail of the thread, in and out, with the names of the attachments', async () => {
    const response = await t.call('privacy@dronten.demo', 'GET', '/api/privacy/export?email=joost%40flevopost.nl');
    expect(response.statusCode, response.body).toBe(200);
    const x = response.json() as { requests: { kind: string; thread: { direction: string; text: string; attachments: string | null; from: string | null }[]; history: { type: string; typeLabel: string }[] }[] };
    const press = x.requests.find((r) => r.kind === 'press_question')!;
    // Every step in the history in Dutch, none as an internal code.
    expect(press.history.map((h) => h.type)).toContain('answer_sent');
    expect(press.history.find((h) => h.type === 'answer_sent')!.typeLabel).toBe('Antwoord verstuurd');
    expect(press.history.every((h) => h.typeLabel !== h.type)).toBe(true);
    expect(press.thread.map((m) => m.direction)).toEqual(['in', 'in', 'out']);
    expect(press.thread[0]).toMatchObject({ text: 'Hoeveel woningen komen er?', attachments: 'kaart.pdf', from: 'Joost Hendriks joost@flevopost.nl' });
    expect(press.thread[1]!.text).toBe('En hoeveel sociale huur?');
    expect(press.thread[2]!.text).toContain('Daarvan is 30% sociale huur en 70% koop.');
    const html = await t.call('privacy@dronten.demo', 'GET', '/api/privacy/export?email=joost%40flevopost.nl&format=html');
    expect(html.body).toContain('E-mails over uw persvragen');
    expect(html.body).toContain('En hoeveel sociale huur?');
  });
});

describe('the journalist\'s rights (AVG art. 17)', () => {
  test('erasing the journalist removes their mails, words and attachments from the thread; the counts stay', async () => {
    const question = (await bySubject('Vraag over de nieuwe wijk'))!;
    const before = (await t.call(DEMO.admin, 'GET', '/api/kpis?from=2026-03-01&to=2026-03-31')).json() as { id: string; numerator: number; denominator: number }[];
    const erased = await t.call('privacy@dronten.demo', 'POST', '/api/privacy/erasures', { email: 'joost@flevopost.nl', reason: 'Verzoek van de journalist' });
    expect(erased.statusCode, erased.body).toBe(201);
    const detail = await get(question.id, DEMO.admin);
    expect(detail.journalist).toEqual({ name: null, email: null });
    expect(detail.subject).toBe('[verwijderd]');
    expect(detail.thread.every((m) => m.text === '[verwijderd]' && m.attachments.length === 0)).toBe(true);
    // Message-IDs stay (they thread later mail), everything the journalist wrote or is called goes.
    const withoutIds = { ...detail, thread: detail.thread.map(({ messageId: _m, inReplyTo: _r, ...m }) => m) };
    expect(JSON.stringify(withoutIds)).not.toMatch(/Hoeveel woningen|sociale huur|flevopost|Joost|Wethouder Wonen/);
    const count = rowsOf<{ n: number }>(await t.database.db.execute(sql`select count(*)::int as n from press_attachments`));
    expect(count[0]!.n).toBe(0);
    const after = (await t.call(DEMO.admin, 'GET', '/api/kpis?from=2026-03-01&to=2026-03-31')).json() as typeof before;
    expect(after.find((k) => k.id === 'press.answered_in_time_share')).toEqual(before.find((k) => k.id === 'press.answered_in_time_share'));
  });
});
