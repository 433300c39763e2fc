// One counter (R3.1, R3.2, R1.3): registering contacts from every channel, handing over with a
// callback request in one atomic write, and finding contacts back.
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FixedClock } from '../../src/clock.js';
import { callbackRequests, contacts, customers } from '../../src/db/schema.js';
import { createTestApp, DEMO, type TestApp } from '../support/app.js';
import {
  contactBody,
  createContact,
  createEmployee,
  createTeam,
  expectError,
  fieldsOf,
  UNKNOWN_ID,
  unique,
} from '../support/http.js';

// Monday 1 March 2027, 10:00 in Amsterdam.
const NOW = '2027-03-01T10:00:00+01:00';
const clock = new FixedClock(new Date(NOW));

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock, config: { sessionHours: 24 * 30 } });
});
afterAll(() => t.close());

async function rowCounts() {
  const [c] = await t.database.db.select({ value: count() }).from(contacts);
  const [r] = await t.database.db.select({ value: count() }).from(callbackRequests);
  const [k] = await t.database.db.select({ value: count() }).from(customers);
  return { contacts: Number(c!.value), callbacks: Number(r!.value), customers: Number(k!.value) };
}

/** Runs `fn` with the server clock at `at`, then puts it back. */
async function at<T>(instant: string, fn: () => Promise<T>): Promise<T> {
  clock.set(instant);
  try {
    return await fn();
  } finally {
    clock.set(NOW);
  }
}

describe('POST /api/contacts', () => {
  const CHANNELS = [
    ['phone', 'Telefoon'],
    ['email', 'E-mail'],
    ['counter', 'Balie'],
    ['contact_form', 'Contactformulier'],
    ['chat', 'Chat'],
    ['social_media', 'Social media'],
    ['letter', 'Brief'],
    ['home_visit', 'Huisbezoek'],
  ] as const;

  test.each(CHANNELS)('the KCC registers a %s contact', async (channel, label) => {
    const subject = unique(`Vraag via ${label}`);
    const response = await t.call(DEMO.kcc, 'POST', '/api/contacts', { channel, subject, resolution: 'first_line' });
    expect(response.statusCode).toBe(201);
    const contact = response.json();
    const kcc = await t.employee(DEMO.kcc);
    expect(contact).toMatchObject({
      channel,
      channelLabel: label,
      subject,
      summary: null,
      resolution: 'first_line',
      positiveSurprise: null,
      productId: null,
      teamId: null,
      customer: null,
      callbackRequest: null,
      registeredBy: { id: kcc.id, name: 'Sanne de Boer' },
      occurredAt: new Date(NOW).toISOString(),
    });
    expect(contact.reference).toMatch(/^K-\d+$/);
    const fetched = await t.call(DEMO.kcc, 'GET', `/api/contacts/${contact.id}`);
    expect(fetched.statusCode).toBe(200);
    expect(fetched.json()).toEqual(contact);
  });

  test('a product sets the team; summary and positive surprise are stored, blanks become null', async () => {
    const contact = await createContact(t, {
      productId: t.product('Paspoort').id,
      summary: '  Paspoort verloopt volgende maand.  ',
      positiveSurprise: 'Direct een afspraak ingepland voor morgen.',
      customer: { kind: 'resident', name: 'Fatima El Amrani' },
    });
    expect(contact).toMatchObject({
      productId: t.product('Paspoort').id,
      productName: 'Paspoort',
      teamId: t.team('Burgerzaken').id,
      teamName: 'Burgerzaken',
      summary: 'Paspoort verloopt volgende maand.',
      positiveSurprise: 'Direct een afspraak ingepland voor morgen.',
      customer: { kind: 'resident', name: 'Fatima El Amrani', email: null, phone: null },
    });
    const blank = await createContact(t, { summary: '   ', positiveSurprise: '' });
    expect(blank.summary).toBeNull();
    expect(blank.positiveSurprise).toBeNull();
  });

  test('an anonymous contact stores no customer at all', async () => {
    const before = await rowCounts();
    const anonymous = await createContact(t, { customer: { kind: 'resident' } });
    expect(anonymous.customer).toBeNull();
    const emptyFields = await createContact(t, { customer: { kind: 'business', name: ' ', email: '', phone: '' } });
    expect(emptyFields.customer).toBeNull();
    const after = await rowCounts();
    expect(after.customers).toBe(before.customers);
    expect(after.contacts).toBe(before.contacts + 2);
  });

  test('customer details are normalised: phone digits, e-mail in lower case, names trimmed', async () => {
    const contact = await createContact(t, {
      customer: { kind: 'business', name: '  Bakkerij Jansen  ', email: '  Info@Bakkerij-Jansen.NL ', phone: '06-123 456 78' },
    });
    expect(contact.customer).toEqual({ partyId: expect.any(String), kind: 'business', name: 'Bakkerij Jansen', email: 'info@bakkerij-jansen.nl', phone: '0612345678' });
    const other = await createContact(t, { customer: { kind: 'institution', name: 'Stichting X', phone: '(0321) 12 34 56' } });
    expect(other.customer.phone).toBe('0321123456');
    const international = await createContact(t, { customer: { name: 'Mr. Smith', phone: '+44 20 7946 0958' } });
    expect(international.customer).toMatchObject({ kind: 'resident', phone: '+442079460958' });
  });

  test('invalid customer details are a Dutch 400 on the field', async () => {
    const phone = await t.call(DEMO.kcc, 'POST', '/api/contacts', contactBody({ customer: { name: 'X', phone: '12345' } }));
    expectError(phone, 400, 'validation_failed');
    expect(fieldsOf(phone)['customer.phone']).toContain('geen geldig telefoonnummer');
    const email = await t.call(DEMO.kcc, 'POST', '/api/contacts', contactBody({ customer: { name: 'X', email: 'x@' } }));
    expect(fieldsOf(email)['customer.email']).toContain('geen geldig e-mailadres');
    const kind = await t.call(DEMO.kcc, 'POST', '/api/contacts', contactBody({ customer: { kind: 'alien' } }));
    expect(Object.keys(fieldsOf(kind))).toContain('customer.kind');
  });

  test('handed over with a callback request: both are created in one call', async () => {
    const before = await rowCounts();
    const response = await t.call(DEMO.kcc, 'POST', '/api/contacts', {
      channel: 'phone',
      subject: 'Rijbewijs kwijt',
      summary: 'Wil weten wat de kosten zijn.',
      productId: t.product('Rijbewijs').id,
      resolution: 'handed_over',
      customer: { kind: 'resident', name: 'Kees Bos', phone: '0612345678' },
      callbackRequest: { teamId: t.team('Burgerzaken').id, question: 'Wat kost een nieuw rijbewijs na verlies?', replyBy: 'phone' },
    });
    expect(response.statusCode).toBe(201);
    const contact = response.json();
    expect(contact.resolution).toBe('handed_over');
    expect(contact.teamId).toBe(t.team('Burgerzaken').id);
    const request = contact.callbackRequest;
    expect(request).toMatchObject({
      contactId: contact.id,
      teamId: t.team('Burgerzaken').id,
      teamName: 'Burgerzaken',
      assigneeId: null,
      question: 'Wat kost een nieuw rijbewijs na verlies?',
      replyBy: 'phone',
      customer: { kind: 'resident', name: 'Kees Bos', email: null, phone: '0612345678' },
      status: 'open',
      late: false,
      // Monday 1 March + 2 working days.
      dueAt: '2027-03-03T23:59:59+01:00',
      workingDays: 2,
    });
    expect(request.reference).toMatch(/^TB-\d+$/);
    expect(request.history.map((h: { type: string }) => h.type)).toEqual(['created']);
    const after = await rowCounts();
    expect(after).toEqual({ contacts: before.contacts + 1, callbacks: before.callbacks + 1, customers: before.customers + 1 });
    // The contact and the request share one customer record.
    const [row] = await t.database.db.select().from(callbackRequests).where(eq(callbackRequests.id, request.id));
    const [contactRow] = await t.database.db.select().from(contacts).where(eq(contacts.id, contact.id));
    expect(row!.customerId).toBe(contactRow!.customerId);
    // The request is found by itself, and through the contact.
    const fetched = await t.call(DEMO.secondLine, 'GET', `/api/callback-requests/${request.id}`);
    expect(fetched.json().contactId).toBe(contact.id);
    expect((await t.call(DEMO.kcc, 'GET', `/api/contacts/${contact.id}`)).json().callbackRequest.id).toBe(request.id);
  });

  test('the callback request may add contact details the contact did not have, and assign a colleague', async () => {
    const colleague = await t.employee(DEMO.secondLine);
    const contact = await createContact(t, {
      channel: 'counter',
      resolution: 'handed_over',
      customer: { name: 'Anna Smit' },
      callbackRequest: {
        teamId: t.team('Burgerzaken').id,
        assigneeId: colleague.id,
        question: 'Kan de akte worden opgestuurd?',
        replyBy: 'email',
        customer: { email: 'Anna.Smit@Example.nl' },
      },
    });
    expect(contact.customer).toEqual({ partyId: expect.any(String), kind: 'resident', name: 'Anna Smit', email: 'anna.smit@example.nl', phone: null });
    expect(contact.callbackRequest).toMatchObject({ assigneeId: colleague.id, assigneeName: 'Mehmet Yilmaz', replyBy: 'email', status: 'open' });
  });

  test('the callback request follows the term of its team', async () => {
    const contact = await createContact(t, {
      resolution: 'handed_over',
      customer: { name: 'Bouwbedrijf', phone: '0321123456' },
      callbackRequest: { teamId: t.team('Vergunningen').id, question: 'Hoe lang duurt de aanvraag?', replyBy: 'phone' },
    });
    expect(contact.callbackRequest.workingDays).toBe(3);
    expect(contact.callbackRequest.dueAt).toBe('2027-03-04T23:59:59+01:00');
  });

  test('first_line with a callback request is a 400', async () => {
    const before = await rowCounts();
    const response = await t.call(DEMO.kcc, 'POST', '/api/contacts', contactBody({
      resolution: 'first_line',
      customer: { name: 'X', phone: '0612345678' },
      callbackRequest: { teamId: t.team('Burgerzaken').id, question: 'Vraag', replyBy: 'phone' },
    }));
    expectError(response, 400, 'validation_failed');
    expect(fieldsOf(response).callbackRequest).toContain('direct is opgelost');
    expect(await rowCounts()).toEqual(before);
  });

  test('a callback request needs the way to reach the customer', async () => {
    const base = { resolution: 'handed_over', callbackRequest: { teamId: t.team('Burgerzaken').id, question: 'Vraag', replyBy: 'phone' } };
    const noPhone = await t.call(DEMO.kcc, 'POST', '/api/contacts', contactBody({ ...base, customer: { name: 'X', email: 'x@x.nl' } }));
    expect(fieldsOf(expectError(noPhone, 400) && noPhone)['customer.phone']).toContain('gebeld');
    const noName = await t.call(DEMO.kcc, 'POST', '/api/contacts', contactBody({ ...base, customer: { phone: '0612345678' } }));
    expect(fieldsOf(noName)['customer.name']).toBe('Vul de naam van de klant in.');
    const noEmail = await t.call(DEMO.kcc, 'POST', '/api/contacts', contactBody({
      ...base,
      callbackRequest: { ...base.callbackRequest, replyBy: 'email' },
      customer: { name: 'X', phone: '0612345678' },
    }));
    expect(fieldsOf(noEmail)['customer.email']).toContain('e-mail');
    const noQuestion = await t.call(DEMO.kcc, 'POST', '/api/contacts', contactBody({
      ...base,
      callbackRequest: { teamId: t.team('Burgerzaken').id, replyBy: 'phone' },
      customer: { name: 'X', phone: '0612345678' },
    }));
    expect(fieldsOf(noQuestion)['callbackRequest.question']).toBe('Schrijf op wat de vraag is.');
  });

  describe('atomic: a failing callback part leaves no contact behind', () => {
    const handedOver = (callbackRequest: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
      channel: 'phone',
      subject: unique('Atomair'),
      resolution: 'handed_over',
      customer: { name: 'Piet Prins', phone: '0612345678' },
      callbackRequest: { teamId: t.team('Burgerzaken').id, question: 'Vraag', replyBy: 'phone', ...callbackRequest },
      ...extra,
    });

    test('an unknown team', async () => {
      const before = await rowCounts();
      const response = await t.call(DEMO.kcc, 'POST', '/api/contacts', handedOver({ teamId: UNKNOWN_ID }));
      expectError(response, 400, 'validation_failed');
      expect(fieldsOf(response)['callbackRequest.teamId']).toBe('Dit team bestaat niet.');
      expect(await rowCounts()).toEqual(before);
    });

    test('an inactive team', async () => {
      const team = await createTeam(t, { active: false });
      const before = await rowCounts();
      const response = await t.call(DEMO.kcc, 'POST', '/api/contacts', handedOver({ teamId: team.id }));
      expectError(response, 400, 'validation_failed');
      expect(fieldsOf(response)['callbackRequest.teamId']).toContain('neemt geen verzoeken meer aan');
      expect(await rowCounts()).toEqual(before);
    });

    test('an unknown colleague', async () => {
      const before = await rowCounts();
      const response = await t.call(DEMO.kcc, 'POST', '/api/contacts', handedOver({ assigneeId: UNKNOWN_ID }));
      expectError(response, 400, 'validation_failed');
      expect(fieldsOf(response)['callbackRequest.assigneeId']).toContain('bestaat niet of werkt hier niet meer');
      expect(await rowCounts()).toEqual(before);
    });

    test('a colleague who no longer works here', async () => {
      const gone = await createEmployee(t, ['second_line'], t.team('Burgerzaken').id, { active: false });
      const before = await rowCounts();
      const response = await t.call(DEMO.kcc, 'POST', '/api/contacts', handedOver({ assigneeId: gone.id }));
      expectError(response, 400, 'validation_failed');
      expect(await rowCounts()).toEqual(before);
    });

    test('an unknown product', async () => {
      const before = await rowCounts();
      const response = await t.call(DEMO.kcc, 'POST', '/api/contacts', handedOver({}, { productId: UNKNOWN_ID }));
      expectError(response, 400, 'validation_failed');
      expect(fieldsOf(response).productId).toBe('Dit product of deze dienst bestaat niet.');
      expect(await rowCounts()).toEqual(before);
    });
  });

  test('an Idempotency-Key repeat returns the same contact and creates one', async () => {
    const key = `contact-${unique('k').replace(/\W/g, '')}`;
    const body = contactBody({
      subject: unique('Dubbelklik'),
      resolution: 'handed_over',
      customer: { name: 'Henk Huisman', phone: '0612345678' },
      callbackRequest: { teamId: t.team('Burgerzaken').id, question: 'Vraag', replyBy: 'phone' },
    });
    const before = await rowCounts();
    const first = await t.call(DEMO.kcc, 'POST', '/api/contacts', body, { 'idempotency-key': key });
    const second = await t.call(DEMO.kcc, 'POST', '/api/contacts', body, { 'idempotency-key': key });
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.json().id).toBe(first.json().id);
    expect(second.json().callbackRequest.id).toBe(first.json().callbackRequest.id);
    const after = await rowCounts();
    expect(after.contacts).toBe(before.contacts + 1);
    expect(after.callbacks).toBe(before.callbacks + 1);
    // Without the key, or with another one, it is a new contact.
    const third = await t.call(DEMO.kcc, 'POST', '/api/contacts', body, { 'idempotency-key': `${key}-2` });
    expect(third.json().id).not.toBe(first.json().id);
    // A key is per employee: another employee's key does not return someone else's contact.
    const other = await t.call(DEMO.admin, 'POST', '/api/contacts', body, { 'idempotency-key': key });
    expect(other.statusCode).toBe(201);
    expect(other.json().id).not.toBe(first.json().id);
  });

  test('the same Idempotency-Key sent twice at the same moment still creates one contact', async () => {
    const key = `race-${unique('k').replace(/\W/g, '')}`;
    const body = contactBody({ subject: unique('Tegelijk') });
    const before = await rowCounts();
    const responses = await Promise.all([1, 2, 3].map(() => t.call(DEMO.kcc, 'POST', '/api/contacts', body, { 'idempotency-key': key })));
    expect(responses.map((r) => r.statusCode)).toEqual([201, 201, 201]);
    expect(new Set(responses.map((r) => r.json().id)).size).toBe(1);
    expect((await rowCounts()).contacts).toBe(before.contacts + 1);
  });

  test('a failed request does not use up its Idempotency-Key', async () => {
    const key = `retry-${unique('k').replace(/\W/g, '')}`;
    const bad = await t.call(DEMO.kcc, 'POST', '/api/contacts', contactBody({ productId: UNKNOWN_ID }), { 'idempotency-key': key });
    expect(bad.statusCode).toBe(400);
    const good = await t.call(DEMO.kcc, 'POST', '/api/contacts', contactBody(), { 'idempotency-key': key });
    expect(good.statusCode).toBe(201);
  });

  test.each(['kort', 'met spatie erin', 'x'.repeat(201), 'ongeldig/teken'])('an invalid Idempotency-Key (%s) is a Dutch 400', async (key) => {
    const before = await rowCounts();
    expectError(await t.call(DEMO.kcc, 'POST', '/api/contacts', contactBody(), { 'idempotency-key': key }), 400, 'invalid_idempotency_key');
    expect(await rowCounts()).toEqual(before);
  });
});

describe('GET /api/contacts', () => {
  // Four contacts in the week of 15 February 2027, each on its own moment.
  let a: { id: string };
  let b: { id: string };
  let c: { id: string };
  let d: { id: string };
  const RANGE = 'from=2027-02-15&to=2027-02-17';

  beforeAll(async () => {
    a = await at('2027-02-15T10:00:00+01:00', () =>
      createContact(t, { channel: 'phone', subject: 'Paspoort verlopen', productId: t.product('Paspoort').id }));
    b = await at('2027-02-16T10:00:00+01:00', () =>
      createContact(t, {
        channel: 'email',
        subject: 'Bezwaar WOZ-waarde',
        summary: 'De inwoner vindt de waarde van zijn woning te hoog.',
        productId: t.product('WOZ-waarde').id,
        customer: { name: 'Willem de Wit', email: 'willem@example.nl' },
      }));
    c = await at('2027-02-16T23:30:00+01:00', () =>
      createContact(t, { channel: 'counter', subject: 'Rijbewijs verlengen', summary: 'Vroeg ook naar paspoorten voor de kinderen.', productId: t.product('Rijbewijs').id }));
    // 00:30 on 17 February in Amsterdam is still 16 February in UTC.
    d = await at('2027-02-17T00:30:00+01:00', () => createContact(t, { channel: 'chat', subject: 'Openingstijden stadhuis' }));
  });

  async function ids(query: string, as: string = DEMO.kcc) {
    const response = await t.call(as, 'GET', `/api/contacts?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return (response.json().items as { id: string }[]).map((x) => x.id);
  }

  test('from and to are whole days in Amsterdam; newest first', async () => {
    expect(await ids(RANGE)).toEqual([d.id, c.id, b.id, a.id]);
    expect(await ids('from=2027-02-16&to=2027-02-16')).toEqual([c.id, b.id]);
    expect(await ids('from=2027-02-17&to=2027-02-17')).toEqual([d.id]);
    expect(await ids('to=2027-02-15')).toContain(a.id);
    expect(await ids('to=2027-02-15')).not.toContain(b.id);
    expect(await ids('from=2027-02-16')).not.toContain(a.id);
  });

  test('channel, teamId and productId filters', async () => {
    expect(await ids(`${RANGE}&channel=email`)).toEqual([b.id]);
    expect(await ids(`${RANGE}&channel=chat`)).toEqual([d.id]);
    expect(await ids(`${RANGE}&teamId=${t.team('Burgerzaken').id}`)).toEqual([c.id, a.id]);
    expect(await ids(`${RANGE}&teamId=${t.team('Belastingen').id}`)).toEqual([b.id]);
    expect(await ids(`${RANGE}&productId=${t.product('Paspoort').id}`)).toEqual([a.id]);
    expect(await ids(`${RANGE}&productId=${UNKNOWN_ID}`)).toEqual([]);
    expect(await ids(`${RANGE}&channel=phone&teamId=${t.team('Belastingen').id}`)).toEqual([]);
  });

  test('q searches subject and summary in Dutch, also by the start of a word', async () => {
    expect(await ids(`${RANGE}&q=paspoort`)).toEqual([c.id, a.id]);
    expect(await ids(`${RANGE}&q=paspo`)).toEqual([c.id, a.id]);
    expect(await ids(`${RANGE}&q=PASPOORTEN`)).toEqual([c.id, a.id]);
    expect(await ids(`${RANGE}&q=woz`)).toEqual([b.id]);
    expect(await ids(`${RANGE}&q=${encodeURIComponent('bezwaar woning')}`)).toEqual([b.id]);
    expect(await ids(`${RANGE}&q=${encodeURIComponent('bezwaar paspoort')}`)).toEqual([]);
    expect(await ids(`${RANGE}&q=openingstijd`)).toEqual([d.id]);
    expect(await ids(`${RANGE}&q=rijbew`)).toEqual([c.id]);
  });

  test('q finds words that begin like a Dutch stop word while they are being typed (uit…, aan…, over…)', async () => {
    const day = 'from=2027-02-18&to=2027-02-18';
    const uitkering = await at('2027-02-18T09:00:00+01:00', () => createContact(t, { subject: 'Uitkering aangevraagd' }));
    const overlast = await at('2027-02-18T10:00:00+01:00', () => createContact(t, { subject: 'Overlast van de buren' }));
    expect(await ids(`${day}&q=uit`)).toEqual([uitkering.id]);
    expect(await ids(`${day}&q=uitk`)).toEqual([uitkering.id]);
    expect(await ids(`${day}&q=over`)).toEqual([overlast.id]);
    expect(await ids(`${day}&q=aan`)).toEqual([uitkering.id]);
    expect(await ids(`${day}&q=${encodeURIComponent('uit aangevr')}`)).toEqual([uitkering.id]);
    expect(await ids(`${day}&q=${encodeURIComponent('overlast buren')}`)).toEqual([overlast.id]);
    expect(await ids(`${day}&q=${encodeURIComponent('uit buren')}`)).toEqual([]);
  });

  test('q also finds by the customer\'s name, phone number in any notation, e-mail address, a reference, and words with hyphens and digits', async () => {
    const day = 'from=2027-02-19&to=2027-02-19';
    const surname = `Kuipers${Math.random().toString(36).slice(2, 7)}`;
    const number = `06${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const email = `${surname.toLowerCase()}@example.nl`;
    const withName = await at('2027-02-19T09:00:00+01:00', () => createContact(t, { subject: 'Vraag over afval', customer: { name: `Joke ${surname}`, phone: `${number.slice(0, 2)}-${number.slice(2)}` } }));
    const withEmail = await at('2027-02-19T10:00:00+01:00', () => createContact(t, { channel: 'email', subject: 'Aanslag WOZ-2025 en zaak K-59854', customer: { name: 'Iemand Anders', email } }));
    expect(await ids(`${day}&q=${encodeURIComponent(`joke ${surname.slice(0, 8)}`)}`)).toEqual([withName.id]);
    for (const q of [number, `+31${number.slice(1)}`, `0031 ${number.slice(1, 2)} ${number.slice(2)}`, `${number.slice(0, 2)} ${number.slice(2, 6)} ${number.slice(6)}`]) {
      expect(await ids(`${day}&q=${encodeURIComponent(q)}`), q).toEqual([withName.id]);
    }
    expect(await ids(`${day}&q=${encodeURIComponent(email.toUpperCase())}`)).toEqual([withEmail.id]);
    expect(await ids(`${day}&q=${encodeURIComponent('WOZ-2025')}`)).toEqual([withEmail.id]);
    expect(await ids(`${day}&q=${encodeURIComponent('K-59854')}`)).toEqual([]);
    expect(await ids(`${day}&q=59854`)).toEqual([withEmail.id]);
    // A contact's own reference finds that contact.
    expect(await ids(`q=${encodeURIComponent(withName.reference)}`)).toEqual([withName.id]);
    expect(await ids(`q=${encodeURIComponent(withName.reference.toLowerCase().replace('-', ''))}`)).toEqual([withName.id]);
  });

  test('q with search syntax or only punctuation is taken as plain text, never an error', async () => {
    for (const q of ["paspoort & !", "a:* | b", "'; drop table contacts; --", '((', '   ', '***', 'é']) {
      const response = await t.call(DEMO.kcc, 'GET', `/api/contacts?${RANGE}&q=${encodeURIComponent(q)}`);
      expect(response.statusCode, `${q}: ${response.body}`).toBe(200);
    }
    expect(await ids(`${RANGE}&q=${encodeURIComponent('paspoort & !')}`)).toEqual([c.id, a.id]);
  });

  test('cursor pagination walks every contact once, without gaps, also with equal times', async () => {
    const word = `stapel${Math.random().toString(36).slice(2, 8)}`;
    const created: string[] = [];
    for (let i = 0; i < 8; i += 1) {
      // Pairs share the same moment: the id breaks the tie.
      const moment = `2027-02-20T1${Math.floor(i / 2)}:00:00+01:00`;
      created.push((await at(moment, () => createContact(t, { subject: `Stapel ${i} ${word}` }))).id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query = `q=${word}&limit=3${cursor ? `&cursor=${cursor}` : ''}`;
      const response = await t.call(DEMO.kcc, 'GET', `/api/contacts?${query}`);
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body.items.length).toBeLessThanOrEqual(3);
      seen.push(...body.items.map((x: { id: string }) => x.id));
      cursor = body.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(8);
    expect([...seen].sort()).toEqual([...created].sort());
    // Newest first.
    const times = await Promise.all(seen.map(async (id) => (await t.call(DEMO.kcc, 'GET', `/api/contacts/${id}`)).json().occurredAt as string));
    expect(times).toEqual([...times].sort().reverse());
  });

  test('the last page has nextCursor null', async () => {
    const response = await t.call(DEMO.kcc, 'GET', `/api/contacts?${RANGE}&limit=100`);
    expect(response.json().nextCursor).toBeNull();
  });

  test.each([
    ['from=2027-02-30', 'from'],
    ['to=morgen', 'to'],
    ['from=2027-02-17&to=2027-02-15', 'to'],
    ['channel=fax', 'channel'],
    ['teamId=burgerzaken', 'teamId'],
    ['productId=1', 'productId'],
    ['limit=0', 'limit'],
    ['limit=101', 'limit'],
    ['limit=tien', 'limit'],
    [`q=${'x'.repeat(201)}`, 'q'],
  ])('bad filter %s is a Dutch 400 on %s', async (query, field) => {
    const response = await t.call(DEMO.kcc, 'GET', `/api/contacts?${query}`);
    expectError(response, 400, 'validation_failed');
    expect(Object.keys(fieldsOf(response))).toContain(field);
  });

  test.each([
    ['not base64 json', 'bm9wZQ'],
    ['a cursor with a non-UUID id', Buffer.from(JSON.stringify(['2027-02-16T10:00:00.000Z', 'nope'])).toString('base64url')],
    ['a cursor with a bad date', Buffer.from(JSON.stringify(['gisteren', '00000000-0000-4000-8000-000000000000'])).toString('base64url')],
    ['a cursor with a far-away date', Buffer.from(JSON.stringify(['+275760-09-13T00:00:00.000Z', '00000000-0000-4000-8000-000000000000'])).toString('base64url')],
    ['a cursor of the wrong length', Buffer.from(JSON.stringify(['2027-02-16T10:00:00.000Z'])).toString('base64url')],
  ])('%s is a 400 invalid_cursor', async (_label, cursor) => {
    expectError(await t.call(DEMO.kcc, 'GET', `/api/contacts?cursor=${cursor}`), 400, 'invalid_cursor');
  });
});

describe('who sees which contacts', () => {
  let burgerzaken: { id: string };
  let belastingen: { id: string };
  let unassigned: { id: string };

  beforeAll(async () => {
    burgerzaken = await createContact(t, { subject: unique('Zichtbaar BZ'), productId: t.product('Identiteitskaart').id, customer: { name: 'Iemand' } });
    belastingen = await createContact(t, { subject: unique('Zichtbaar BEL'), productId: t.product('Hondenbelasting').id, customer: { name: 'Ander' } });
    unassigned = await createContact(t, { subject: unique('Zonder team') });
  });

  test.each([DEMO.secondLine, DEMO.teamLead])('%s sees only the contacts of their own team', async (as) => {
    const response = await t.call(as, 'GET', '/api/contacts?limit=100');
    expect(response.statusCode).toBe(200);
    const items = response.json().items as { id: string; teamId: string }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((x) => x.teamId === t.team('Burgerzaken').id)).toBe(true);
    const own = await t.call(as, 'GET', `/api/contacts?teamId=${t.team('Burgerzaken').id}&limit=100`);
    expect((own.json().items as { id: string }[]).map((x) => x.id)).toContain(burgerzaken.id);
    const other = await t.call(as, 'GET', `/api/contacts?teamId=${t.team('Belastingen').id}`);
    expect(expectError(other, 403, 'forbidden').message).toContain('eigen team');
    expect((await t.call(as, 'GET', `/api/contacts/${burgerzaken.id}`)).statusCode).toBe(200);
    expect(expectError(await t.call(as, 'GET', `/api/contacts/${belastingen.id}`), 404, 'not_found').message).toBe('Dit contact bestaat niet.');
    expectError(await t.call(as, 'GET', `/api/contacts/${unassigned.id}`), 404, 'not_found');
  });

  test.each([DEMO.kcc, DEMO.admin])('%s sees the contacts of every team', async (as) => {
    for (const contact of [burgerzaken, belastingen, unassigned]) {
      expect((await t.call(as, 'GET', `/api/contacts/${contact.id}`)).statusCode).toBe(200);
    }
    expect((await t.call(as, 'GET', `/api/contacts?teamId=${t.team('Belastingen').id}`)).statusCode).toBe(200);
  });

  test('a second-line employee without a team sees no contacts (403)', async () => {
    const loose = await createEmployee(t, ['second_line'], null);
    expectError(await t.call(loose.email, 'GET', '/api/contacts'), 403, 'forbidden');
  });

  test('an unknown contact is 404, a malformed id 400', async () => {
    expectError(await t.call(DEMO.kcc, 'GET', `/api/contacts/${UNKNOWN_ID}`), 404, 'not_found');
    expectError(await t.call(DEMO.kcc, 'GET', '/api/contacts/K-12'), 400, 'validation_failed');
  });

  test('whoever registers a handover to another team gets the callback request back', async () => {
    const response = await t.call(DEMO.secondLine, 'POST', '/api/contacts', contactBody({
      resolution: 'handed_over',
      customer: { name: 'Doorverwezen', phone: '0612345678' },
      callbackRequest: { teamId: t.team('Belastingen').id, question: 'Vraag voor Belastingen', replyBy: 'phone' },
    }));
    expect(response.statusCode).toBe(201);
    expect(response.json().callbackRequest).toMatchObject({ teamId: t.team('Belastingen').id, status: 'open' });
  });

  test('every role may register a contact', async () => {
    for (const as of [DEMO.kcc, DEMO.secondLine, DEMO.teamLead, DEMO.admin]) {
      const response = await t.call(as, 'POST', '/api/contacts', contactBody({ subject: unique('Door iedereen') }));
      expect(response.statusCode).toBe(201);
      expect(response.json().registeredBy.id).toBe((await t.employee(as)).id);
    }
  });
});
